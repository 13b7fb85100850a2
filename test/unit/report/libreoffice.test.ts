/**
 * Opens the sample report and workshop deck in LibreOffice (it converts to PDF) and reads the PDF
 * back: they must open outside Word and PowerPoint too, with their pages, headings, captions and
 * page numbers — the contents' page numbers as written must be the pages the headings land on —
 * and without the names and the group that must not appear. The README's page images are made
 * by `npm run screenshots` (test/screenshots/report-images.spec.ts), not here.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLogo } from '@main/core/report/logo';
import { DEFAULT_HOUSE_STYLE } from '@shared/report/settings';
import { convertToPdf, skipReasonWithout } from '@test/support/libreoffice';
import { tempDir } from '@test/support/temp-workspace';
import { buildEngagementReport } from '@main/core/report/build';
import { generateDeck } from '@main/core/report/generate';
import {
  REPORT_DATE,
  SAMPLE_HIDDEN_GROUP,
  SAMPLE_PRIVATE_NAMES,
  sampleReport,
  sampleWorkspace,
} from './sample-report';

/** A made-up firm's logo: a mark and a word mark. */
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" width="260" height="64" viewBox="0 0 260 64">' +
  '<rect x="2" y="2" width="60" height="60" rx="12" fill="#1F4E79"/>' +
  '<path d="M18 44 L32 18 L46 44 Z" fill="#F2A541"/>' +
  '<text x="76" y="42" font-family="Carlito, Calibri, Liberation Sans, sans-serif" font-size="26" fill="#1F4E79">Bureau Spiegel</text>' +
  '</svg>';

const skipReason = skipReasonWithout(['libreoffice', 'pdftotext', 'pdfinfo', 'pdftoppm']);

function pdfPages(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
}

/** A page's lines, trimmed, and each pair of lines joined: a heading may wrap onto two. */
function headingCandidates(page: string): Set<string> {
  const lines = page
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return new Set([...lines, ...lines.slice(1).map((line, index) => `${lines[index]} ${line}`)]);
}

/** The contents' entries with their page numbers; an entry may wrap onto a second line. */
function contentsEntries(page: string): { title: string; page: number }[] {
  const entries: { title: string; page: number }[] = [];
  let pending = '';
  for (const raw of page.split('\n')) {
    const line = raw.trim();
    const match = /^(.*?)\.{3,}\s*(\d+)$/.exec(line);
    if (match) {
      entries.push({ title: `${pending} ${match[1]!}`.trim(), page: Number(match[2]) });
      pending = '';
    } else if (line) {
      // A wrapped entry's first line; the page's title, running header and footer are not.
      pending = /^(Inhoud|Contents)$|Pagina \d+ van|Page \d+ of|^(Voorbeeld|Sample):/.test(line)
        ? ''
        : line;
    }
  }
  return entries;
}

/**
 * Every entry of the contents (page 2) names the page its heading is on in the PDF: the headings
 * are looked up in order, each on or after the page of the one before.
 */
function expectContentsPagesToMatch(pages: string[]): void {
  const entries = contentsEntries(pages[1]!);
  expect(entries.length).toBeGreaterThan(15);
  const candidates = pages.map(headingCandidates);
  let from = 2;
  for (const entry of entries) {
    const found = candidates.findIndex((set, index) => index >= from && set.has(entry.title));
    expect({ title: entry.title, page: found + 1 }).toEqual(entry);
    from = found;
  }
}

describe.skipIf(skipReason !== null)(
  `the sample report in LibreOffice${skipReason ? ` — skipped: ${skipReason}` : ''}`,
  () => {
    it('converts to a PDF with the cover, the contents, every section on its own page and numbered pages', async () => {
      // With a house style, so the cover shows the firm's logo (LibreOffice shows its PNG fallback).
      const { file, workspace, engagement } = await sampleReport('nl', (workspace) => {
        const store = workspace.reports;
        store.saveHouseStyle({ ...DEFAULT_HOUSE_STYLE, firmName: 'Bureau Spiegel' });
        store.saveLogo(readLogo('logo.svg', new TextEncoder().encode(LOGO)));
      });
      const dir = tempDir();
      const docx = join(dir, 'rapport.docx');
      writeFileSync(docx, file.bytes);
      const pdf = convertToPdf(docx, dir);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const pageCount = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pageCount).toBeGreaterThanOrEqual(12);
      expect(pageCount).toBeLessThanOrEqual(40);

      const pages = pdfPages(pdf);
      expect(pages[0]).toContain('Klantspiegel: hoe de organisatie');
      expect(pages[0]).toContain('Datum: 15 december 2026');
      expect(pages[0]).toContain('Opgesteld door: Bureau Spiegel');
      expect(pages[1]).toMatch(/Inhoud[\s\S]*Samenvatting\.{3,}[\s\S]*Bijlage/);
      // "Pagina n van N" in the footer agrees with the PDF's own page count.
      expect(pages[1]).toContain(`Pagina 2 van ${pageCount}`);
      // Each section starts a page: its title (drafted from the data) is the first text under
      // the running header, possibly wrapped onto a second line.
      const { document } = buildEngagementReport(workspace, engagement.id, REPORT_DATE);
      let previous = 1;
      const sectionPages: number[] = [];
      for (const { title } of document.sections) {
        const page = pages.findIndex((text, index) => {
          if (index <= 1) return false;
          const lines = text
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean);
          return lines[1] === title || `${lines[1]} ${lines[2]}` === title;
        });
        expect(page, title).toBeGreaterThan(previous);
        previous = page;
        sectionPages.push(page);
      }
      // The summary fits one page: the next section starts on the page after it.
      expect(document.sections[0]!.id).toBe('summary');
      expect(sectionPages[1]).toBe(sectionPages[0]! + 1);
      const text = pages.join('\n');
      expect(text).toContain(
        'Figuur 1. Klanten zien de organisatie op 4 van de 6 dimensies lager dan elke eigen groep',
      );
      expect(text).toContain('Tabel 1. Deelname per groep');
      expect(text).toMatch(/“Ik hoor pas dat een levering later komt/);
      for (const name of SAMPLE_PRIVATE_NAMES) expect(text).not.toContain(name);
      expect(text).not.toContain(SAMPLE_HIDDEN_GROUP.nl);

      expectContentsPagesToMatch(pages);
    }, 180_000);

    it('an English report’s contents have the pages LibreOffice lays the headings out on', async () => {
      const { file } = await sampleReport('en');
      const dir = tempDir();
      const docx = join(dir, 'report.docx');
      writeFileSync(docx, file.bytes);
      const pages = pdfPages(convertToPdf(docx, dir));
      expect(pages[1]).toMatch(/Contents[\s\S]*Executive summary\.{3,}\s*3/);
      expectContentsPagesToMatch(pages);
      // The summary fits one page: the next section's heading opens the page after it.
      const opening = (page: string) =>
        page
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)[1];
      const summary = pages.findIndex(
        (page, index) => index > 1 && opening(page) === 'Executive summary',
      );
      expect(summary).toBe(2);
      expect(opening(pages[summary + 1]!)).toBe('Approach and method');
    }, 180_000);

    it('the workshop deck converts to a PDF with a slide per part, its charts and questions', async () => {
      const { workspace, engagement } = sampleWorkspace('nl');
      const file = await generateDeck(workspace, engagement.id, () => {}, REPORT_DATE);
      const dir = tempDir();
      const pptx = join(dir, 'workshop.pptx');
      writeFileSync(pptx, file.bytes);
      const pdf = convertToPdf(pptx, dir);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(9);
      expect(info).toMatch(/Page size:\s+960(\.\d+)? x 540 pts/);
      const slides = pdfPages(pdf);
      expect(slides[0]).toContain('Terugkoppelingssessie');
      expect(slides[1]).toMatch(/Klanten zien de organisatie op 4 van de 6 dimensies lager/);
      // The chart's own text: category labels and the legend, drawn from the chart part.
      expect(slides[1]).toContain('Klantkennis');
      expect(slides[1]).toContain('Om te bespreken:');
      expect(slides.at(-2)).toContain('Vragen voor de sessie');
      for (const name of SAMPLE_PRIVATE_NAMES) expect(slides.join('\n')).not.toContain(name);
    }, 180_000);
  },
);
