import { beforeAll, describe, expect, it } from 'vitest';
import type { FileDownload } from '@shared/ipc/files';
import { SECTION_IDS } from '@shared/report/sections';
import { ReportStore } from '@main/core/report/store';
import { wordsFor } from '@shared/report/words';
import { defaultGroups } from '@shared/engagements/model';
import { generateReport } from '@main/core/report/generate';
import { tempWorkspace } from '@test/support/temp-workspace';
import { drawings, paragraphs, readDocx, tables } from './read-docx';
import {
  REPORT_DATE,
  SAMPLE_HIDDEN_GROUP,
  SAMPLE_PRIVATE_NAMES,
  sampleReport,
} from './sample-report';

describe('the Word report of the sample engagement', () => {
  // Generated once: the tests read the same document from different angles.
  let dutch: FileDownload;
  beforeAll(async () => {
    dutch = (await sampleReport('nl')).file;
  });

  it('is a Word document with the report’s sections as Heading 1, in order', async () => {
    const file = dutch;
    expect(file.fileName).toBe(`Rapport Voorbeeld Metaalwerk De Kroon B.V. ${REPORT_DATE}.docx`);
    expect(file.mimeType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const docx = readDocx(file.bytes);
    const words = wordsFor('nl');
    const headings = paragraphs(docx.document)
      .filter((paragraph) => paragraph.style === 'Heading1')
      .map((paragraph) => paragraph.text);
    expect(headings).toEqual(
      SECTION_IDS.filter((id) => id !== 'cover').map(
        (id) => words.sections[id as Exclude<typeof id, 'cover'>],
      ),
    );
    const level2 = paragraphs(docx.document).filter((paragraph) => paragraph.style === 'Heading2');
    expect(level2.map((paragraph) => paragraph.text)).toContain(
      'Samenwerking productie en verkoop',
    );
    expect(level2.map((paragraph) => paragraph.text)).toContain('Actieplan');
  });

  it('has a cover with the client, consultant and date, then a table of contents that Word updates', async () => {
    const file = dutch;
    const docx = readDocx(file.bytes);
    const all = paragraphs(docx.document);
    expect(all.find((paragraph) => paragraph.style === 'Title')?.text).toBe(
      wordsFor('nl').defaultTitle,
    );
    const cover = all
      .filter((paragraph) => paragraph.style === 'CoverMeta')
      .map((paragraph) => paragraph.text);
    expect(cover).toEqual([
      'Opdrachtgever: Voorbeeld: Metaalwerk De Kroon B.V.',
      'Consultant: Sanne Consultant',
      'Datum: 15 december 2026',
    ]);
    expect(docx.document).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;/);
    // Listing the headings already, so readers that do not update fields see them too; Word adds
    // the page numbers when it updates the field on opening.
    const contents = all
      .filter((paragraph) => paragraph.style === 'TOC1')
      .map((paragraph) => paragraph.text);
    expect(contents.slice(0, 3)).toEqual([
      'Samenvatting',
      'Aanpak en methode',
      'Resultaten van de vragenlijst',
    ]);
    expect(docx.document).toMatch(
      /<w:fldChar w:fldCharType="begin" w:dirty="true"\/><w:instrText[^>]*>TOC /,
    );
    expect(docx.parts['word/settings.xml']).toMatch(/<w:updateFields(?: w:val="(?:true|1)")?\/>/);
  });

  it('numbers figures and tables with SEQ fields in captions, in document order', async () => {
    const file = dutch;
    const docx = readDocx(file.bytes);
    const captions = paragraphs(docx.document).filter((paragraph) => paragraph.style === 'Caption');
    const figures = captions.filter((caption) => caption.xml.includes('SEQ Figuur'));
    const tableCaptions = captions.filter((caption) => caption.xml.includes('SEQ Tabel'));
    expect(figures.length).toBeGreaterThanOrEqual(6);
    expect(figures.map((caption) => caption.text)).toEqual(
      figures.map(
        (caption, index) =>
          expect.stringMatching(new RegExp(`^Figuur ${index + 1}\\. `)) as unknown as string,
      ),
    );
    expect(tableCaptions[0]?.text).toBe('Tabel 1. Deelname per groep');
    expect(figures[0]?.text).toBe('Figuur 1. Score per dimensie tegenover de norm');
  });

  it('has real Word tables in the table style, with a repeating header row, one per table caption', async () => {
    const file = dutch;
    const docx = readDocx(file.bytes);
    const all = tables(docx.document);
    const captions = paragraphs(docx.document).filter((paragraph) =>
      paragraph.xml.includes('SEQ Tabel'),
    );
    expect(all.length).toBe(captions.length);
    for (const table of all) {
      expect(table).toContain('<w:tblStyle w:val="KlantspiegelTable"/>');
      expect(table).toContain('<w:tblHeader/>');
    }
    const participation = paragraphs(all[0]!).map((paragraph) => paragraph.text);
    // Respondents with the invited count, the response rate and the 95 % margin of error.
    expect(participation).toEqual([
      'Groep',
      'Soort',
      'Respondenten',
      'Uitgenodigd',
      'Respons',
      'Foutmarge',
      'Productie',
      'Afdeling',
      '14',
      '20',
      '70%',
      '± 15%',
      'Verkoop / Commercie',
      'Afdeling',
      '12',
      '16',
      '75%',
      '± 15%',
      'Klanten',
      'Klanten',
      '15',
      '40',
      '38%',
      '± 20%',
    ]);
  });

  it('shows charts as SVG with a PNG fallback, each with alt text that gives the numbers', async () => {
    const file = dutch;
    const docx = readDocx(file.bytes);
    const images = drawings(docx.document);
    expect(images.length).toBeGreaterThanOrEqual(6);
    for (const image of images) expect(image.descr.length).toBeGreaterThan(40);
    expect(images[0]?.descr).toMatch(
      /^Staafdiagram: Score per dimensie tegenover de norm\. Klantkennis \d,\d\d \(norm \d,\d\d\); Klantkennis delen /,
    );
    expect(docx.document.match(/<asvg:svgBlip /g)?.length).toBe(images.length);
    const media = Object.keys(docx.parts).filter((name) => name.startsWith('word/media/'));
    expect(media.filter((name) => name.endsWith('.svg')).length).toBe(images.length);
    expect(media.filter((name) => name.endsWith('.png')).length).toBe(images.length);
    for (const name of media.filter((candidate) => candidate.endsWith('.png'))) {
      expect(docx.parts[name]!.slice(1, 4)).toBe('PNG');
    }
  });

  it('sets quotes in the Quote style with their anonymous attribution', async () => {
    const file = dutch;
    const all = paragraphs(readDocx(file.bytes).document);
    const quotes = all.filter((paragraph) => paragraph.style === 'Quote');
    expect(quotes.length).toBeGreaterThanOrEqual(8);
    expect(quotes[0]?.text).toMatch(/^“.+”$/);
    const sources = all.filter((paragraph) => paragraph.style === 'QuoteSource').map((p) => p.text);
    // Anonymous speakers are attributed to their group, never to a role that may be one person.
    expect(sources).toContain('— Klanten');
    expect(sources).toContain('— Productie');
    expect(sources.some((source) => /productiebedrijf|Inkoper/.test(source))).toBe(false);
  });

  it('never prints the name of an interviewee who did not allow it, nor the group below the threshold', async () => {
    const file = dutch;
    const docx = readDocx(file.bytes);
    const everything = Object.entries(docx.parts)
      .filter(([name]) => name.endsWith('.xml'))
      .map(([, text]) => text)
      .join('\n');
    for (const name of SAMPLE_PRIVATE_NAMES) expect(everything).not.toContain(name);
    expect(everything).not.toContain(SAMPLE_HIDDEN_GROUP.nl);
    // The only director's quote is not chosen automatically: its content could give him away.
    expect(docx.text).not.toContain('We sturen op omzet en bezetting.');
    expect(docx.text).not.toContain('Directeur');
  });

  it('says which comparisons rest on the linked statements only, and whose score a total is', async () => {
    const docx = readDocx(dutch.bytes);
    const texts = paragraphs(docx.document).map((paragraph) => paragraph.text);
    const largest = tables(docx.document).find((table) => table.includes('p (Holm)'))!;
    const cells = paragraphs(largest).map((paragraph) => paragraph.text);
    // Staff against customers is compared on the linked statements: starred, and said under it.
    const starred = cells.filter((cell) => cell.endsWith(' *'));
    expect(starred.length).toBeGreaterThan(0);
    expect(cells.some((cell) => cell === 'Samenwerking productie en verkoop')).toBe(true);
    expect(texts).toContain(
      '* Medewerkers tegenover klanten: vergeleken op de 31 stellingen die in beide versies aan elkaar gekoppeld zijn; de andere rijen op alle stellingen van hun versie.',
    );
    // The whole-sample figures are the staff version's: the report says so.
    expect(texts.some((text) => text.startsWith('Gemiddeld scoren de medewerkers 3,45'))).toBe(
      true,
    );
    expect(texts.some((text) => text.startsWith('Score van de medewerkers op klantkennis:'))).toBe(
      true,
    );
    // Management (4) alone is too small to pool: out of the totals, and the report says so.
    expect(texts).toContain(
      'Eén groep had minder dan 5 respondenten en wordt daarom niet apart getoond; haar antwoorden tellen ook niet mee in de totaalscores, zodat ze niet uit de andere getallen zijn terug te rekenen.',
    );
  });

  it('puts the client in the header and page numbers in the footer', async () => {
    const file = dutch;
    const docx = readDocx(file.bytes);
    const header = Object.keys(docx.parts).find((name) => /^word\/header\d*\.xml$/.test(name))!;
    const footer = Object.keys(docx.parts).find((name) => /^word\/footer\d*\.xml$/.test(name))!;
    expect(paragraphs(docx.parts[header]!)[0]?.text).toContain(
      'Voorbeeld: Metaalwerk De Kroon B.V.',
    );
    expect(docx.parts[footer]).toMatch(/PAGE/);
    expect(docx.parts[footer]).toMatch(/NUMPAGES/);
    expect(paragraphs(docx.parts[footer]!)[0]?.text).toContain('Pagina');
  });

  it('uses real styles: Title, Heading 1–3, Normal, Caption, Quote, list styles and a table style', async () => {
    const file = dutch;
    const docx = readDocx(file.bytes);
    const styles = docx.parts['word/styles.xml']!;
    for (const id of [
      'Title',
      'Heading1',
      'Heading2',
      'Heading3',
      'Normal',
      'Caption',
      'Quote',
      'ListBullet',
      'ListNumber',
    ]) {
      expect(styles).toContain(`w:styleId="${id}"`);
    }
    expect(styles).toMatch(/<w:style w:type="table"[^>]*w:styleId="KlantspiegelTable"/);
    const bullets = paragraphs(docx.document).filter(
      (paragraph) => paragraph.style === 'ListBullet',
    );
    expect(bullets.length).toBeGreaterThan(3);
    expect(bullets[0]?.xml).toContain('<w:numPr>');
    // Every body paragraph has a named style (none is formatted by hand).
    const unstyled = paragraphs(docx.document).filter(
      (paragraph) =>
        paragraph.style === null && paragraph.text.trim() !== '' && !paragraph.xml.includes('TOC'),
    );
    expect(unstyled).toEqual([]);
  });

  it('is written in English, with English numbers and dates, for an English engagement', async () => {
    const { file } = await sampleReport('en');
    const docx = readDocx(file.bytes);
    expect(file.fileName).toMatch(/^Report Sample De Kroon Metalworks Ltd 2026-12-15\.docx$/);
    expect(docx.text).toContain('Date: 15 December 2026');
    expect(docx.text).toContain('Figure 1. Score per dimension against the norm');
    expect(docx.text).toMatch(
      /The largest gap lies between \w+ and \w+ on ‘[^’]+’: \w+ scores \d\.\d\d points? higher \(\d\.\d\d against \d\.\d\d\)\./,
    );
    expect(docx.text).not.toMatch(/\d,\d (punt|points)/);
    expect(docx.parts['word/styles.xml']).toContain('w:val="en-GB"');
    for (const name of SAMPLE_PRIVATE_NAMES) expect(docx.document).not.toContain(name);
  });

  it('leaves out a section that is switched off and follows the chosen order', async () => {
    const { file } = await sampleReport('nl', (workspace, engagementId) => {
      const store = new ReportStore(workspace.db);
      const settings = store.settings(engagementId);
      const [cover, summary, method, ...rest] = settings.sections as [
        (typeof settings.sections)[number],
        (typeof settings.sections)[number],
        (typeof settings.sections)[number],
        ...typeof settings.sections,
      ];
      store.saveSettings(engagementId, {
        ...settings,
        sections: [cover, method, summary, ...rest].map((section) =>
          section.id === 'appendix' ? { ...section, enabled: false } : section,
        ),
      });
    });
    const headings = paragraphs(readDocx(file.bytes).document)
      .filter((paragraph) => paragraph.style === 'Heading1')
      .map((paragraph) => paragraph.text);
    expect(headings.slice(0, 2)).toEqual(['Aanpak en methode', 'Samenvatting']);
    expect(headings).not.toContain('Bijlage');
  });

  it('is made for a new engagement without any data too, saying what is missing', async () => {
    const workspace = tempWorkspace();
    const engagement = workspace.engagements.create({
      clientName: 'Bakkerij Van Dam',
      sector: '',
      consultants: [],
      startDate: null,
      endDate: null,
      language: 'nl',
      status: 'active',
      notes: '',
      groups: defaultGroups('nl').map((group) => ({ ...group, description: '' })),
    });
    const file = await generateReport(workspace, engagement.id, () => {}, REPORT_DATE);
    const docx = readDocx(file.bytes);
    expect(docx.text).toContain('Er zijn nog geen antwoorden op de vragenlijst.');
    expect(docx.text).toContain('Er zijn nog geen gesprekken vastgelegd.');
    expect(drawings(docx.document)).toEqual([]);
  });
});
