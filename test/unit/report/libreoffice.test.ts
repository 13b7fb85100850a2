/**
 * Opens the sample report in LibreOffice (it converts to PDF) and reads the PDF back: the report
 * must open outside Word too, with its pages, headings, captions and page numbers, and without
 * the names and the group that must not appear. `UPDATE_DOC_IMAGES=1` also renders the two page
 * images shown in the README (docs/report-page-*.png).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLogo } from '@main/core/report/logo';
import { ReportStore } from '@main/core/report/store';
import { DEFAULT_HOUSE_STYLE } from '@shared/report/settings';
import { convertToPdf, skipReasonWithout } from '@test/support/libreoffice';
import { tempDir } from '@test/support/temp-workspace';
import {
  REPORT_DATE,
  SAMPLE_HIDDEN_GROUP,
  SAMPLE_PRIVATE_NAMES,
  sampleReport,
} from './sample-report';

/** A made-up firm's logo: a mark and a word mark. */
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" width="260" height="64" viewBox="0 0 260 64">' +
  '<rect x="2" y="2" width="60" height="60" rx="12" fill="#1F4E79"/>' +
  '<path d="M18 44 L32 18 L46 44 Z" fill="#F2A541"/>' +
  '<text x="76" y="42" font-family="Carlito, Calibri, Liberation Sans, sans-serif" font-size="26" fill="#1F4E79">Bureau Spiegel</text>' +
  '</svg>';

const skipReason = skipReasonWithout(['libreoffice', 'pdftotext', 'pdfinfo', 'pdftoppm']);

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

      const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split(
        '\f',
      );
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

      if (process.env.UPDATE_DOC_IMAGES === '1') {
        // The cover, and the page where the perception gaps start (a chart and a table).
        const chartPage = pages.findIndex((page) => page.includes('Figuur 3.')) + 1;
        for (const old of readdirSync('docs').filter((name) =>
          /^report-page-\d+\.png$/.test(name),
        )) {
          rmSync(join('docs', old));
        }
        for (const number of [1, chartPage]) {
          execFileSync('pdftoppm', [
            '-png',
            '-r',
            '80',
            '-f',
            String(number),
            '-l',
            String(number),
            '-singlefile',
            pdf,
            join(dir, `page-${number}`),
          ]);
          copyFileSync(join(dir, `page-${number}.png`), join('docs', `report-page-${number}.png`));
        }
        console.log(`report pages rendered for ${REPORT_DATE}: 1 and ${chartPage}`);
      }
    }, 180_000);
  },
);
