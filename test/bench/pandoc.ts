/**
 * The same content as the Word report, written by pandoc: the report's document model as
 * Markdown (headings, paragraphs, lists, quotes, pipe tables, the charts as SVG pictures) turned
 * into a .docx by pandoc, timed as a whole process. The bench prints Klantspiegel's time beside it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plainText } from '@shared/report/rich-text';
import { referenceLabel, type ReportDocument } from '@shared/report/document';
import { renderChart } from '@main/core/report/charts/render';
import { chartFormat, chartStyleFor } from '@main/core/report/charts/style';
import { DEFAULT_HOUSE_STYLE } from '@shared/report/settings';

export function pandocInstalled(): boolean {
  try {
    execFileSync('pandoc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The document as Markdown, with each chart written to an SVG file in `dir`. */
export function documentMarkdown(document: ReportDocument, dir: string): string {
  const lines: string[] = [];
  const rich = (text: Parameters<typeof plainText>[0]) =>
    plainText(text, (key) => referenceLabel(document, key));
  if (document.cover)
    lines.push(`% ${document.cover.title}`, `% ${document.cover.consultants}`, '');
  if (document.contentsTitle) lines.push(`# ${document.contentsTitle}`, '');
  const style = chartStyleFor(DEFAULT_HOUSE_STYLE);
  const format = chartFormat(document.language);
  let figure = 0;
  for (const section of document.sections) {
    lines.push(`# ${section.title}`, '');
    for (const block of section.blocks) {
      switch (block.kind) {
        case 'heading':
          lines.push(`${'#'.repeat(block.level)} ${block.text}`, '');
          break;
        case 'paragraph':
          lines.push(`${block.lead ? `**${block.lead}** ` : ''}${rich(block.text)}`, '');
          break;
        case 'list':
          lines.push(
            ...block.items.map(
              (item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${rich(item)}`,
            ),
            '',
          );
          break;
        case 'quote':
          lines.push(`> “${block.text}”`, `> — ${block.attribution}`, '');
          break;
        case 'table':
          lines.push(
            `${document.labels.table} ${block.number}. ${block.caption}`,
            '',
            `| ${block.columns.map((column) => cell(column.header)).join(' | ')} |`,
            `|${block.columns.map((column) => (column.numeric ? '---:' : ':---')).join('|')}|`,
            ...block.rows.map((row) => `| ${row.map((value) => cell(rich(value))).join(' | ')} |`),
            '',
          );
          break;
        case 'chart': {
          const file = join(dir, `figure-${++figure}.svg`);
          writeFileSync(file, renderChart(block.spec, style, format).svg);
          lines.push(`![${document.labels.figure} ${block.number}. ${block.caption}](${file})`, '');
          break;
        }
      }
    }
  }
  return lines.join('\n');
}

/** Pandoc's wall time (ms) for the document as a whole process, or null without pandoc. */
export function pandocMs(document: ReportDocument): number | null {
  if (!pandocInstalled()) return null;
  const dir = mkdtempSync(join(tmpdir(), 'klantspiegel-bench-pandoc-'));
  try {
    const markdown = join(dir, 'report.md');
    writeFileSync(markdown, documentMarkdown(document, dir));
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      execFileSync('pandoc', [markdown, '--toc', '-o', join(dir, 'report.docx')], {
        stdio: 'ignore',
      });
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[1]!;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
