import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect } from '@test/e2e/support/fixtures';
import { ReportPage } from '@test/e2e/pages/report';

// The README's pictures of the deliverables: a report page and a workshop slide of the sample
// engagement, made with the built command line and rendered by LibreOffice, and the report
// builder with its text editor. Run by `npm run screenshots`, never by `npm test`: it rewrites
// tracked pictures in docs/.

const CLI = join('out', 'main', 'cli.js');

function pdfOf(file: string, dir: string): string {
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
      file,
    ],
    { stdio: 'ignore', timeout: 180_000 },
  );
  return file.replace(/\.(docx|pptx)$/, '.pdf');
}

function pageImage(pdf: string, page: number, target: string, dpi: number) {
  const prefix = `${pdf}-${page}`;
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdf,
    prefix,
  ]);
  copyFileSync(`${prefix}.png`, target);
}

test('README pictures of the Word report and the workshop deck', async () => {
  test.setTimeout(600_000);
  const dir = mkdtempSync(join(tmpdir(), 'klantspiegel-report-images-'));
  try {
    const db = join(dir, 'workspace.sqlite');
    const id = execFileSync('node', [CLI, 'sample', '--db', db, '--language', 'nl'], {
      encoding: 'utf8',
    }).trim();
    const docx = join(dir, 'rapport.docx');
    const pptx = join(dir, 'workshop.pptx');
    execFileSync('node', [CLI, 'report', '--engagement', id, '--db', db, '--out', docx]);
    execFileSync('node', [CLI, 'report', '--engagement', id, '--db', db, '--out', pptx]);
    const reportPdf = pdfOf(docx, dir);
    const deckPdf = pdfOf(pptx, dir);
    const pages = execFileSync('pdftotext', ['-layout', reportPdf, '-'], {
      encoding: 'utf8',
    }).split('\f');
    // The summary (answer first: the mirror), and the page where the perception gaps start,
    // whose title states the largest gap.
    const summary =
      pages.findIndex((page, index) => index > 1 && page.includes('Samenvatting')) + 1;
    const gaps =
      pages.findIndex((page, index) => index > 1 && /kijken het verst uiteen op/.test(page)) + 1;
    expect(summary).toBeGreaterThan(2);
    expect(gaps).toBeGreaterThan(summary);
    for (const old of readdirSync('docs').filter((name) => /^report-page-.+\.png$/.test(name))) {
      rmSync(join('docs', old));
    }
    pageImage(reportPdf, summary, join('docs', 'report-page-summary.png'), 80);
    pageImage(reportPdf, gaps, join('docs', 'report-page-gaps.png'), 80);
    pageImage(deckPdf, 3, join('docs', 'deck-slide-gap.png'), 60);
    expect(readFileSync(join('docs', 'deck-slide-gap.png')).subarray(1, 4).toString()).toBe('PNG');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('README screenshot of the report builder with a section open', async ({ page, host }) => {
  const report = new ReportPage(page);
  await page.setViewportSize({ width: 1500, height: 950 });
  await page.goto(host.url);
  await report.openOnSampleEngagement();
  await page.getByRole('button', { name: 'Samenvatting bewerken' }).click();
  await expect(report.sectionPage()).toContainText('Samenvatting');
  await page.screenshot({ path: 'docs/screenshot-report-builder.png' });
});
