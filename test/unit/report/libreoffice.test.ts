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
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readLogo } from '@main/core/report/logo';
import { ReportStore } from '@main/core/report/store';
import { DEFAULT_HOUSE_STYLE } from '@shared/report/settings';
import { tempDir } from '@test/support/temp-workspace';
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

function installed(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const missing = ['libreoffice', 'pdftotext', 'pdfinfo', 'pdftoppm'].filter(
  (command) => !installed(command),
);
const skipReason =
  missing.length > 0 ? `${missing.join(', ')} not installed (CI installs them)` : null;

function convertToPdf(docx: string, dir: string): string {
  // A profile of its own, so a LibreOffice the consultant has open does not take the job.
  const profile = pathToFileURL(join(dir, 'lo-profile')).href;
  execFileSync(
    'libreoffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      docx,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  return docx.replace(/\.(docx|pptx)$/, '.pdf');
}

function pdfPages(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
}

/**
 * Every entry of the contents (page 2) names the page its heading is on in the PDF: the headings
 * are looked up in order, each on or after the page of the one before.
 */
function expectContentsPagesToMatch(pages: string[]): void {
  const entries = [...pages[1]!.matchAll(/^\s*(.+?)\.{3,}\s*(\d+)\s*$/gm)].map((match) => ({
    title: match[1]!.trim(),
    page: Number(match[2]),
  }));
  expect(entries.length).toBeGreaterThan(15);
  let from = 2;
  for (const entry of entries) {
    const found = pages.findIndex(
      (text, index) =>
        index >= from && text.split('\n').some((line) => line.trim() === entry.title),
    );
    expect({ title: entry.title, page: found + 1 }).toEqual(entry);
    from = found;
  }
}

describe.skipIf(skipReason !== null)(
  `the sample report in LibreOffice${skipReason ? ` — skipped: ${skipReason}` : ''}`,
  () => {
    it('converts to a PDF with the cover, the contents, every section on its own page and numbered pages', async () => {
      // With a house style, so the cover shows the firm's logo (LibreOffice shows its PNG fallback).
      const { file } = await sampleReport('nl', (workspace) => {
        const store = new ReportStore(workspace.db);
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
      const sections = [
        'Samenvatting',
        'Aanpak en methode',
        'Resultaten van de vragenlijst',
        'Resultaten per dimensie',
        'Verschillen in beeld',
        'Een gedeeld beeld van de klantbehoeften',
        'Thema’s uit de gesprekken',
        'Aanbevelingen en actieplan',
        'Bijlage',
      ];
      let previous = 1;
      for (const title of sections) {
        // Each section starts a page: its title is the first line under the running header.
        const page = pages.findIndex(
          (text, index) =>
            index > 1 &&
            text
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean)[1] === title,
        );
        expect(page, title).toBeGreaterThan(previous);
        previous = page;
      }
      const text = pages.join('\n');
      expect(text).toContain('Figuur 1. Score per dimensie tegenover de norm');
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
      expect(slides[1]).toMatch(/De spiegel: Klanten geven gemiddeld/);
      // The chart's own text: category labels and the legend, drawn from the chart part.
      expect(slides[1]).toContain('Klantkennis');
      expect(slides[1]).toContain('Om te bespreken:');
      expect(slides.at(-2)).toContain('Vragen voor de sessie');
      for (const name of SAMPLE_PRIVATE_NAMES) expect(slides.join('\n')).not.toContain(name);
    }, 180_000);
  },
);
