import { beforeAll, describe, expect, it } from 'vitest';
import type { FileDownload } from '@shared/ipc/files';
import { SECTION_IDS } from '@shared/report/sections';
import { wordsFor } from '@shared/report/words';
import { defaultGroups } from '@shared/engagements/model';
import { buildEngagementReport } from '@main/core/report/build';
import { generateReport, type BuiltReport } from '@main/core/report/generate';
import { tempWorkspace } from '@test/support/temp-workspace';
import { richDocFromPlainText } from '@shared/report/rich-text';
import { heatColour } from '@shared/report/colours';
import { drawings, paragraphs, readDocx, tables } from './read-docx';
import { cellsOf, readCharts } from './read-charts';
import {
  REPORT_DATE,
  SAMPLE_HIDDEN_GROUP,
  SAMPLE_PRIVATE_NAMES,
  sampleReport,
} from './sample-report';
import { newEngagement } from '@test/support/new-engagement';

/** A style's XML from styles.xml. */
function styleXml(styles: string, id: string): string {
  return new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
}

describe('the Word report of the sample engagement', () => {
  // Generated once: the tests read the same document from different angles.
  let dutch: FileDownload;
  let dutchBuilt: BuiltReport;
  beforeAll(async () => {
    const sample = await sampleReport('nl');
    dutch = sample.file;
    dutchBuilt = buildEngagementReport(sample.workspace, sample.engagement.id, REPORT_DATE);
    // A whole report: seconds on a busy machine, more than a hook's default ten.
  }, 60_000);

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
    // Sections with a finding state it as their title (drafted from the data, editable); the
    // summary, method, recommendations and appendix keep their names.
    expect(headings).toEqual(dutchBuilt.document.sections.map((section) => section.title));
    expect(dutchBuilt.document.sections.map((section) => section.id)).toEqual(
      SECTION_IDS.filter((id) => id !== 'cover'),
    );
    for (const id of ['summary', 'method', 'recommendations', 'appendix'] as const) {
      expect(headings).toContain(words.sections[id]);
    }
    expect(headings).toContain(
      'Productie en Verkoop / Commercie kijken het verst uiteen op ‘Klantkennis delen’',
    );
    const level2 = paragraphs(docx.document).filter((paragraph) => paragraph.style === 'Heading2');
    expect(level2.map((paragraph) => paragraph.text)).toContain(
      'Samenwerking productie en verkoop',
    );
    expect(level2.map((paragraph) => paragraph.text)).toContain('Actieplan');
  });

  it('has a cover with the client, consultant and date, then a contents with page numbers Word shows as written', async () => {
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
    // Every entry has its page number already, and links to its heading's bookmark.
    const contents = all.filter((paragraph) => paragraph.style === 'TOC1');
    expect(contents.slice(0, 3).map((paragraph) => paragraph.text)).toEqual([
      'Samenvatting3',
      'Aanpak en methode4',
      `${dutchBuilt.document.sections[2]!.title}5`,
    ]);
    for (const entry of all.filter((paragraph) => /^TOC[12]$/.test(paragraph.style ?? ''))) {
      expect(entry.text).toMatch(/\D\d{1,2}$/);
      const anchor = /w:anchor="([^"]+)"/.exec(entry.xml)?.[1];
      expect(docx.document).toContain(`<w:bookmarkStart w:name="${anchor}"`);
    }
    // Written clean, and Word is not told to update fields: it opens without asking.
    expect(docx.document).not.toMatch(/w:dirty="true"/);
    expect(docx.parts['word/settings.xml']).not.toContain('updateFields');
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
    // Titles state the conclusion: the mirror opens the report.
    expect(figures[0]?.text).toBe(
      'Figuur 1. Klanten zien de organisatie op 4 van de 6 dimensies lager dan elke eigen groep',
    );
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

  it('shows charts as native Word charts whose embedded workbook holds the analysis’ figures', async () => {
    const docx = readDocx(dutch.bytes);
    const images = drawings(docx.document);
    const charts = await readCharts(dutch.bytes);
    expect(charts.length).toBeGreaterThanOrEqual(6);
    // One chart part per figure caption, each with alt text that gives the numbers.
    const figureCaptions = paragraphs(docx.document).filter((p) => p.xml.includes('SEQ Figuur'));
    expect(charts.length).toBe(figureCaptions.length);
    expect(images.filter((image) => image.name.startsWith('Figuur')).length).toBe(charts.length);
    for (const image of images.filter((candidate) => candidate.name.startsWith('Figuur')))
      expect(image.descr.length).toBeGreaterThan(40);
    expect(docx.document.match(/<c:chart [^>]*r:id="/g)?.length).toBe(charts.length);
    expect(Object.keys(docx.parts).filter((name) => name.startsWith('word/media/'))).toEqual([]);

    // The first figure is the mirror: each staff group and the customers per dimension, in the
    // groups' own colours (as on the Kloof tab), with the figures of the comparison.
    const { data } = dutchBuilt;
    const [mirror, scores] = charts;
    const profiles = data.gaps!.profiles;
    const ordered = [
      ...profiles.filter((profile) => profile.kind !== 'customer'),
      ...profiles.filter((profile) => profile.kind === 'customer'),
    ];
    expect(mirror!.series.map((series) => series.name)).toEqual(ordered.map((p) => p.name));
    for (const [index, profile] of ordered.entries()) {
      expect(mirror!.series[index]!.values).toEqual(profile.dimensions);
      expect(mirror!.colours[index]).toBe(profile.style.colour.slice(1).toUpperCase());
    }
    // The second is the staff's score per dimension against the norm: the same numbers as the
    // analysis, in the chart's cache and in the workbook behind "Edit data".
    const dimensions = data.questionnaire!.dimensions;
    expect(scores!.series[0]!.categories).toEqual(dimensions.map((dimension) => dimension.name));
    expect(scores!.series[0]!.values).toEqual(dimensions.map((dimension) => dimension.mean));
    expect(scores!.series[1]!.values).toEqual(dimensions.map((dimension) => dimension.norm?.mean));
    for (const chart of charts) {
      expect(chart.workbookPart).toMatch(/^word\/embeddings\/.+\.xlsx$/);
      for (const series of chart.series) {
        expect(cellsOf(series.valueRef).map((cell) => chart.cells.get(cell) ?? null)).toEqual(
          series.values,
        );
      }
    }
    // The groups per dimension are the mirror's chart: not drawn a second time.
    expect(
      dutchBuilt.document.sections
        .flatMap((section) => section.blocks)
        .filter((block) => block.kind === 'chart' && block.chart === 'groupProfiles'),
    ).toEqual([]);
  });

  it('shows the groups × dimensions heatmap as a shaded Word table, in the Kloof tab’s colours', async () => {
    const docx = readDocx(dutch.bytes);
    const captions = paragraphs(docx.document).filter((p) => p.style === 'Caption');
    const number = captions
      .find((caption) => caption.text.endsWith('Score per dimensie en groep'))!
      .text.match(/^Tabel (\d+)/)![1];
    const heatmap = tables(docx.document)[Number(number) - 1]!;
    const { data } = dutchBuilt;
    const cells = [...heatmap.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((match) => match[0]);
    const shaded = cells.filter((cell) => /<w:shd [^>]*w:fill="[0-9A-Fa-f]{6}"/.test(cell));
    expect(shaded.length).toBe(data.gaps!.dimensions.length * data.gaps!.profiles.length);
    // The highest and lowest group on the first dimension get the two ends of the scale.
    const first = data.gaps!.profiles.map((profile) => profile.dimensions[0]!);
    const fills = shaded
      .slice(0, first.length)
      .map((cell) => /w:fill="([0-9A-Fa-f]{6})"/.exec(cell)![1]);
    expect(new Set(fills).size).toBeGreaterThan(1);
    expect(
      heatColour(
        Math.max(...first) - first.reduce((a, b) => a + b) / first.length,
        data.gaps!.notableDiff,
      )
        .slice(1)
        .toLowerCase(),
    ).toBe(fills[first.indexOf(Math.max(...first))]!.toLowerCase());
  });

  it('can still show charts as pictures (SVG with a sharp PNG fallback) in the house style', async () => {
    const { file } = await sampleReport('nl', (workspace) => {
      const store = workspace.reports;
      store.saveHouseStyle({ ...store.houseStyle().style, chartFormat: 'picture' });
    });
    const docx = readDocx(file.bytes);
    const images = drawings(docx.document);
    expect(images.length).toBeGreaterThanOrEqual(6);
    expect(images[1]?.descr).toMatch(
      /^Staafdiagram: Medewerkers scoren het hoogst op ‘Klantkennis’ \(3,56\) en het laagst op ‘Handelen op klantfeedback’ \(3,19\)\. Klantkennis \d,\d\d \(norm \d,\d\d\); Klantkennis delen /,
    );
    expect(docx.document.match(/<asvg:svgBlip /g)?.length).toBe(images.length);
    const media = Object.keys(docx.parts).filter((name) => name.startsWith('word/media/'));
    expect(media.filter((name) => name.endsWith('.png')).length).toBe(images.length);
    expect(await readCharts(file.bytes)).toEqual([]);
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
    const docx = readDocx(dutch.bytes);
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
      'Strong',
      'SourceNote',
    ]) {
      expect(styles).toContain(`w:styleId="${id}"`);
    }
    expect(styles).toMatch(/<w:style w:type="table"[^>]*w:styleId="KlantspiegelTable"/);
    // List styles bring their numbering: the paragraphs only name the style.
    expect(styleXml(styles, 'ListBullet')).toContain('<w:numPr>');
    expect(styleXml(styles, 'ListNumber')).toContain('<w:numPr>');
    const bullets = paragraphs(docx.document).filter((p) => p.style === 'ListBullet');
    expect(bullets.length).toBeGreaterThan(3);
    for (const bullet of bullets) expect(bullet.xml).not.toContain('<w:numPr>');
    // Chapters start a page by their style, not by a break in the text.
    expect(styleXml(styles, 'Heading1')).toContain('<w:pageBreakBefore/>');
    expect(docx.document).not.toContain('<w:pageBreakBefore');
    expect(docx.document).not.toMatch(/<w:br w:type="page"\/>/);
    // Every body paragraph has a named style (none is formatted by hand).
    const unstyled = paragraphs(docx.document).filter(
      (paragraph) =>
        paragraph.style === null && paragraph.text.trim() !== '' && !paragraph.xml.includes('TOC'),
    );
    expect(unstyled).toEqual([]);
  });

  it('has no run that says bold or italic where a style decides (tables, headings, captions)', async () => {
    const docx = readDocx(dutch.bytes);
    const runProperties = [...docx.document.matchAll(/<w:rPr>([\s\S]*?)<\/w:rPr>/g)].map(
      (match) => match[1]!,
    );
    expect(runProperties.filter((rPr) => /<w:(b|i|bCs|iCs)( [^>]*)?\/>/.test(rPr))).toEqual([]);
    for (const table of tables(docx.document)) expect(table).not.toMatch(/<w:[bi]( |\/)/);
    // Emphasis comes from character styles, which the client can restyle.
    expect(docx.document).toContain('<w:rStyle w:val="Strong"/>');
    // The table style makes the header row bold and white on the accent colour.
    expect(docx.parts['word/styles.xml']).toMatch(
      /w:styleId="KlantspiegelTable"[\s\S]*?<w:tblStylePr w:type="firstRow"><w:rPr><w:b\/>/,
    );
  });

  it('keeps headings, captions, figures, short tables and their notes with what follows', async () => {
    const docx = readDocx(dutch.bytes);
    const styles = docx.parts['word/styles.xml']!;
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'Caption', 'Quote'])
      expect(styleXml(styles, id), id).toContain('<w:keepNext/>');
    const all = paragraphs(docx.document);
    // A caption stands above its table or chart; a chart paragraph keeps with its source line.
    const captions = all.filter((paragraph) => paragraph.style === 'Caption');
    expect(captions.length).toBeGreaterThan(10);
    // Short tables: every row but the last keeps with the next, so the table is not split.
    const participation = tables(docx.document)[0]!;
    const rows = [...participation.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((match) => match[0]);
    expect(rows.length).toBe(4);
    for (const row of rows.slice(0, -1)) expect(row).toContain('<w:keepNext/>');
    // A table followed by its source line keeps its last row with it.
    const scores = tables(docx.document)[1]!;
    const lastRow = [...scores.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].at(-1)![0];
    expect(lastRow).toContain('<w:keepNext/>');
    // A dimension's heading stays with its table: every paragraph between them keeps with next.
    const { data } = dutchBuilt;
    for (const dimension of data.questionnaire!.dimensions) {
      const heading = all.findIndex(
        (paragraph) => paragraph.style === 'Heading2' && paragraph.text === dimension.name,
      );
      const caption = all.findIndex(
        (paragraph, index) => index > heading && paragraph.style === 'Caption',
      );
      expect(all[caption]!.text).toBe(
        `Tabel ${caption > 0 ? all[caption]!.text.match(/\d+/)![0] : ''}. Scores per groep: ${dimension.name}`,
      );
      for (const paragraph of all.slice(heading + 1, caption)) {
        expect(paragraph.xml, paragraph.text).toContain('<w:keepNext/>');
      }
    }
  });

  it('keeps one message per chart in the text and the detailed statistics in the appendix', async () => {
    const { document } = dutchBuilt;
    const words = wordsFor('nl');
    const statisticsColumns = [
      words.columns.ci,
      words.columns.p,
      words.columns.g,
      words.columns.sd,
    ];
    for (const section of document.sections.filter((candidate) => candidate.id !== 'appendix')) {
      for (const block of section.blocks) {
        if (block.kind !== 'table') continue;
        const headers = block.columns.map((column) => column.header);
        expect(
          headers.filter((header) => statisticsColumns.includes(header)),
          block.caption,
        ).toEqual([]);
      }
    }
    const appendix = document.sections.find((section) => section.id === 'appendix')!;
    const captions = appendix.blocks.flatMap((block) =>
      block.kind === 'table' ? [block.caption] : [],
    );
    expect(captions).toEqual(
      expect.arrayContaining([
        words.captions.dimensionTable(true),
        words.captions.groupStatistics,
        words.captions.largestGapTable,
        words.captions.anova,
      ]),
    );
    // The text points to them: "Betrouwbaarheidsintervallen en toetsen: zie Tabel n."
    const text = paragraphs(readDocx(dutch.bytes).document).map((paragraph) => paragraph.text);
    const gapTable = document.references['table:largestGaps']!;
    expect(text).toContain(`Betrouwbaarheidsintervallen en toetsen: zie Tabel ${gapTable.number}.`);
  });

  it('puts a source line under every chart: instrument, groups with n, fieldwork period, and the notable rule for gaps', async () => {
    const all = paragraphs(readDocx(dutch.bytes).document);
    const figures = all
      .map((paragraph, index) => ({ paragraph, index }))
      .filter(({ paragraph }) => paragraph.xml.includes('SEQ Figuur'));
    for (const { index } of figures) {
      const source = all[index + 2]!;
      expect(source.style).toBe('SourceNote');
      expect(source.text).toMatch(/^Bron: /);
    }
    const sources = figures.map(({ index }) => all[index + 2]!.text);
    // The mirror compares staff with customers: on the linked statements, both named.
    expect(sources[0]).toMatch(
      /^Bron: Klantgerichtheidsscan; medewerkers en klanten op de 31 gekoppelde stellingen; Productie \(n = 14\), Verkoop \/ Commercie \(n = 12\) en Klanten \(n = 15\); veldwerk \d{1,2} \w+ \d{4}\.$/,
    );
    // The staff's own scores name only the groups that answered the staff version.
    expect(sources[1]).toMatch(
      /^Bron: Klantgerichtheidsscan; Productie \(n = 14\) en Verkoop \/ Commercie \(n = 12\); veldwerk /,
    );
    expect(
      sources.some((text) =>
        /Opvallend: groot \(vanaf 1,33 punt of \|g\| ≥ 0,5\) én p < 0,05 na Holm-correctie over alle 21 vergelijkingen\./.test(
          text,
        ),
      ),
    ).toBe(true);
    expect(sources.some((text) => /^Bron: 9 gesprekken, /.test(text))).toBe(true);
  });

  it('has the consultant as author and last editor, the firm, the client and the language in its properties', async () => {
    const { file } = await sampleReport('nl', (workspace) => {
      const store = workspace.reports;
      store.saveHouseStyle({ ...store.houseStyle().style, firmName: 'Bureau Spiegel' });
    });
    const docx = readDocx(file.bytes);
    const core = docx.parts['docProps/core.xml']!;
    expect(core).toContain('<dc:creator>Sanne Consultant</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Sanne Consultant</cp:lastModifiedBy>');
    expect(core).toContain('<dc:language>nl-NL</dc:language>');
    expect(core).toContain(
      '<dc:subject>Rapportage voor Voorbeeld: Metaalwerk De Kroon B.V.</dc:subject>',
    );
    expect(docx.parts['docProps/app.xml']).toContain('<Company>Bureau Spiegel</Company>');
    expect(docx.parts['docProps/custom.xml']).toMatch(
      /name="Opdrachtgever"[\s\S]*?Voorbeeld: Metaalwerk De Kroon B\.V\./,
    );
  });

  it('lists the summary’s three decisions as one numbered list that counts 1, 2, 3', async () => {
    const docx = readDocx(dutch.bytes);
    const all = paragraphs(docx.document);
    const lead = all.findIndex((paragraph) =>
      paragraph.text.startsWith('Drie besluiten om te nemen'),
    );
    const items = all.slice(lead + 1, lead + 4);
    expect(items.map((item) => item.style)).toEqual(['ListNumber', 'ListNumber', 'ListNumber']);
    // One list: every item names the same numbering instance, so Word counts on from 1.
    const numIds = items.map((item) => /<w:numId w:val="(\d+)"\/>/.exec(item.xml)?.[1]);
    expect(numIds[0]).toBeDefined();
    expect(new Set(numIds).size).toBe(1);
    // Each decision names its priority and where its evidence is (a cross-reference field).
    expect(items[0]!.text).toMatch(/\(hoog\); zie Figuur \d+\.$/);
  });

  it('numbers chapters and sections by their styles when the house style asks, also in the contents', async () => {
    const { file } = await sampleReport('nl', (workspace) => {
      const store = workspace.reports;
      store.saveHouseStyle({ ...store.houseStyle().style, numberedHeadings: true });
    });
    const docx = readDocx(file.bytes);
    const styles = docx.parts['word/styles.xml']!;
    expect(styleXml(styles, 'Heading1')).toMatch(/<w:numPr><w:ilvl w:val="0"\/>/);
    expect(styleXml(styles, 'Heading2')).toMatch(/<w:numPr><w:ilvl w:val="1"\/>/);
    expect(docx.parts['word/numbering.xml']).toContain('<w:lvlText w:val="%1.%2"/>');
    const contents = paragraphs(docx.document).filter((p) => /^TOC[12]$/.test(p.style ?? ''));
    expect(contents[0]?.text).toBe('1 Samenvatting3');
    expect(contents.find((p) => p.style === 'TOC2')?.text).toMatch(/^4\.1 /);
  });

  it('prints typographic quotes only, also in the consultant’s own text', async () => {
    const { file } = await sampleReport('nl', (workspace, engagementId) => {
      const store = workspace.reports;
      const settings = store.settings(engagementId);
      store.saveSettings(engagementId, {
        ...settings,
        sections: settings.sections.map((section) =>
          section.id === 'summary'
            ? {
                ...section,
                narrative: richDocFromPlainText(
                  "De klant zei \"snel\" en 'goed'; dat is klant's wens.",
                ),
              }
            : section,
        ),
      });
    });
    const text = readDocx(file.bytes).text;
    expect(text).toContain('De klant zei “snel” en ‘goed’; dat is klant’s wens.');
    expect(text).not.toMatch(/["']/);
  });

  it('gives every recommendation its evidence and marks what the consultant has not filled in', async () => {
    const docx = readDocx(dutch.bytes);
    const all = paragraphs(docx.document);
    const evidence = all.filter((paragraph) => paragraph.text.startsWith('Onderbouwing:'));
    expect(evidence.length).toBeGreaterThanOrEqual(3);
    // The evidence refers to its figure by a REF field to the figure's bookmarked caption.
    const reference = evidence.find((paragraph) => paragraph.xml.includes('REF _RefFig'))!;
    expect(reference.text).toMatch(/\(zie Figuur \d+\)$/);
    const target = /REF (_RefFig\d+)/.exec(reference.xml)![1];
    expect(docx.document).toContain(`<w:bookmarkStart w:name="${target}"`);
    // Owner and deadline are the client's to decide: marked in the Missing style, not left blank.
    const plan = tables(docx.document).find((table) => table.includes('Succesmaat'))!;
    expect(plan).toContain('<w:rStyle w:val="Missing"/>');
    expect(paragraphs(plan).map((paragraph) => paragraph.text)).toContain('[eigenaar ontbreekt]');
  });

  it('is written in English, with English numbers and dates, for an English engagement', async () => {
    const { file } = await sampleReport('en');
    const docx = readDocx(file.bytes);
    expect(file.fileName).toMatch(/^Report Sample De Kroon Metalworks Ltd 2026-12-15\.docx$/);
    expect(docx.text).toContain('Date: 15 December 2026');
    expect(docx.text).toContain(
      'Figure 1. Customers see the organisation lower than every one of its groups on 4 of the 6 dimensions',
    );
    expect(docx.text).toContain(
      'Figure 2. Staff score highest on ‘Knowing the customer’ (3.56) and lowest on ‘Acting on customer feedback’ (3.19)',
    );
    expect(docx.text).toMatch(
      /The largest gap lies between \w+ and \w+ on ‘[^’]+’: \w+ scores \d\.\d\d points? higher \(\d\.\d\d against \d\.\d\d\)\./,
    );
    expect(docx.text).not.toMatch(/\d,\d (punt|points)/);
    expect(docx.parts['word/styles.xml']).toContain('w:val="en-GB"');
    for (const name of SAMPLE_PRIVATE_NAMES) expect(docx.document).not.toContain(name);
  });

  it('leaves out a section that is switched off and follows the chosen order', async () => {
    const { file } = await sampleReport('nl', (workspace, engagementId) => {
      const store = workspace.reports;
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
    const engagement = workspace.engagements.create(
      newEngagement(
        'Bakkerij Van Dam',
        defaultGroups('nl').map((group) => ({ ...group, description: '' })),
      ),
    );
    const file = await generateReport(workspace, engagement.id, () => {}, REPORT_DATE);
    const docx = readDocx(file.bytes);
    expect(docx.text).toContain('Er zijn nog geen antwoorden op de vragenlijst.');
    expect(docx.text).toContain('Er zijn nog geen gesprekken vastgelegd.');
    expect(drawings(docx.document)).toEqual([]);
  });
});
