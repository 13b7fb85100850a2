import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { svgToPng } from '@main/core/report/png';
import type { Workspace } from '@main/core/workspace';
import { normaliseReportSettings } from '@shared/report/settings';
import { IpcCallError, testDispatcher, type TestDispatcher } from '@test/support/dispatcher';
import { plainText, richDocText } from '@shared/report/rich-text';
import { drawings, paragraphs, readDocx } from './read-docx';
import { sampleWorkspace } from './sample-report';

function dispatcherFor(workspace: Workspace) {
  return testDispatcher(workspace).call;
}

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof IpcCallError) return error.ipc;
    throw error;
  }
  throw new Error('expected the call to fail');
}

async function generate(call: TestDispatcher['call'], engagementId: number) {
  const { jobId } = await call('report.start', { engagementId });
  const stages = new Set<string>();
  for (;;) {
    const progress = await call('report.progress', { jobId });
    stages.add(progress.stage);
    if (progress.stage === 'done' || progress.stage === 'failed') return { progress, stages };
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * A Word template as a firm's Dutch Word saves it: built-in styles under Dutch ids ("Kop1" for
 * heading 1, "Citaat" for Quote), plus a style of the firm's own.
 */
function dutchTemplate(kind: 'docx' | 'dotx'): Uint8Array {
  const main =
    kind === 'docx'
      ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'
      : 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml';
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const styles =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${w}>` +
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="21"/><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/><w:next w:val="Standaard"/><w:link w:val="Kop1Char"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:color w:val="C00000"/><w:sz w:val="40"/></w:rPr></w:style>' +
    '<w:style w:type="character" w:customStyle="1" w:styleId="Kop1Char"><w:name w:val="Kop 1 Char"/><w:link w:val="Kop1"/><w:rPr><w:color w:val="C00000"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Citaat"><w:name w:val="Quote"/><w:basedOn w:val="Standaard"/><w:next w:val="Standaard"/><w:qFormat/><w:rPr><w:i/><w:color w:val="7F7F7F"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="BureauTekst"><w:name w:val="Bureau tekst"/><w:basedOn w:val="Standaard"/></w:style>' +
    '</w:styles>';
  const theme =
    '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Bureau"><a:themeElements><a:fontScheme name="Bureau">' +
    '<a:majorFont><a:latin typeface="Georgia"/></a:majorFont><a:minorFont><a:latin typeface="Verdana"/></a:minorFont>' +
    '</a:fontScheme></a:themeElements></a:theme>';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        `<Override PartName="/word/document.xml" ContentType="${main}"/></Types>`,
    ),
    'word/document.xml': strToU8(`<w:document ${w}><w:body><w:p/></w:body></w:document>`),
    'word/styles.xml': strToU8(styles),
    'word/theme/theme1.xml': strToU8(theme),
  });
}

describe('report calls', () => {
  it('report.get gives the settings, the drafts and a preview with the document’s structure and charts', async () => {
    const { workspace, engagement } = sampleWorkspace('nl');
    const call = dispatcherFor(workspace);
    const view = await call('report.get', { engagementId: engagement.id });
    expect(view.settings.sections.map((section) => section.enabled)).toEqual(Array(10).fill(true));
    // Answer first: the mirror, then the largest supported gap inside the organisation.
    expect(richDocText(view.drafts.summary!)).toMatch(
      /^Klanten geven Voorbeeld: Metaalwerk De Kroon B\.V\. gemiddeld \d,\d\d; de eigen groepen geven zichzelf \d,\d\d \(Productie\) en \d,\d\d \(Verkoop \/ Commercie\)/,
    );
    expect(richDocText(view.drafts.summary!)).toContain(
      'Binnen de organisatie is de grootste onderbouwde kloof die tussen Productie en Verkoop / Commercie',
    );
    expect(view.document.cover?.clientName).toBe('Voorbeeld: Metaalwerk De Kroon B.V.');
    expect(view.document.sections.map((section) => section.id)).toEqual([
      'summary',
      'method',
      'results',
      'dimensions',
      'gaps',
      'needs',
      'interviews',
      'recommendations',
      'appendix',
    ]);
    const charts = view.document.sections
      .flatMap((section) => section.blocks)
      .filter((block) => block.kind === 'chart');
    expect(charts.length).toBeGreaterThanOrEqual(6);
    for (const chart of charts)
      expect(chart.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    // The interviews' quotes, and the two open answers the sample chose as quotes.
    expect(view.quotes.filter((quote) => quote.source === 'interview')).toHaveLength(16);
    expect(
      view.quotes.filter((quote) => quote.source === 'openAnswer').map((q) => q.attribution),
    ).toEqual(['Productie (vragenlijst)', 'Klanten (vragenlijst)']);
    expect(view.automaticQuoteIds.length).toBeGreaterThan(0);
    // Drafted recommendations cite their evidence; owner and deadline are left to the client.
    expect(view.draftRecommendations.length).toBeGreaterThanOrEqual(3);
    for (const recommendation of view.draftRecommendations) {
      expect(recommendation.evidence.length).toBeGreaterThan(20);
      expect(recommendation.owner).toBe('');
    }
    expect(view.document.missing.length).toBe(view.draftRecommendations.length);
  });

  it('report.save keeps the consultant’s text and choices with the engagement', async () => {
    const { workspace, engagement } = sampleWorkspace('nl');
    const call = dispatcherFor(workspace);
    const view = await call('report.get', { engagementId: engagement.id });
    const sections = view.settings.sections.map((section) =>
      section.id === 'summary'
        ? { ...section, narrative: 'Onze eigen samenvatting.\n\n- Eerste punt' }
        : section.id === 'appendix'
          ? { ...section, enabled: false }
          : section,
    );
    const stored = await call('report.save', {
      engagementId: engagement.id,
      settings: {
        sections,
        charts: { ...view.settings.charts, ipa: false },
        quoteIds: [view.quotes[0]!.id!],
      },
    });
    // The autosave answers with what the editor needs: the settings as stored, not the preview.
    expect(stored).toEqual({
      engagementId: engagement.id,
      settings: {
        ...view.settings,
        sections: stored.settings.sections,
        charts: { ...view.settings.charts, ipa: false },
        quoteIds: [view.quotes[0]!.id!],
      },
    });
    expect(stored.settings.sections.find((section) => section.id === 'appendix')?.enabled).toBe(
      false,
    );
    expect(stored).not.toHaveProperty('document');
    // The preview asked for afterwards is built with the saved settings.
    const saved = await call('report.get', { engagementId: engagement.id });
    const summary = saved.document.sections.find((section) => section.id === 'summary')!;
    expect(summary.draft).toBe(false);
    // The consultant's first paragraph, then the mirror chart, then the rest of their text.
    const [first, second] = summary.blocks;
    expect(first?.kind === 'paragraph' && plainText(first.text)).toBe('Onze eigen samenvatting.');
    expect(second?.kind === 'chart' && second.chart).toBe('mirror');
    const list = summary.blocks.find((block) => block.kind === 'list');
    expect(list?.kind === 'list' && list.items.map((item) => plainText(item))).toEqual([
      'Eerste punt',
    ]);
    expect(saved.document.sections.map((section) => section.id)).not.toContain('appendix');
    const blocks = saved.document.sections.flatMap((section) => section.blocks);
    expect(blocks.some((block) => block.kind === 'chart' && block.chart === 'ipa')).toBe(false);
    // The one interview quote chosen, and the open answers chosen as quotes in the Open answers view.
    const interviews = saved.document.sections.find((section) => section.id === 'interviews')!;
    expect(interviews.blocks.filter((block) => block.kind === 'quote')).toHaveLength(3);
    // A fresh look (as after restarting the app) finds the same settings.
    const again = await call('report.get', { engagementId: engagement.id });
    expect(again.settings).toEqual(saved.settings);
  });

  it('report.save keeps the consultant’s own section and chart titles over the drafted ones', async () => {
    const { workspace, engagement } = sampleWorkspace('nl');
    const call = dispatcherFor(workspace);
    const stored = await call('report.save', {
      engagementId: engagement.id,
      settings: {
        titles: {
          'section:gaps': 'Productie en verkoop zien de klant anders',
          'chart:largestGaps': 'Klantkennis delen verdeelt de keuken en de vloer',
        },
      },
    });
    expect(stored.settings.titles['section:gaps']).toBe(
      'Productie en verkoop zien de klant anders',
    );
    const saved = await call('report.get', { engagementId: engagement.id });
    const gaps = saved.document.sections.find((section) => section.id === 'gaps')!;
    expect(gaps.title).toBe('Productie en verkoop zien de klant anders');
    expect(gaps.draftTitle).toBe(
      'Productie en Verkoop / Commercie kijken het verst uiteen op ‘Klantkennis delen’',
    );
    const chart = gaps.blocks.find((block) => block.kind === 'chart')!;
    expect(chart.kind === 'chart' && [chart.caption, chart.draftCaption]).toEqual([
      'Klantkennis delen verdeelt de keuken en de vloer',
      'Productie en Verkoop / Commercie verschillen het meest op ‘Klantkennis delen’: 4,17 tegen 2,74',
    ]);
    const { progress } = await generate(call, engagement.id);
    const docx = readDocx(progress.file!.bytes);
    expect(docx.text).toContain('Productie en verkoop zien de klant anders');
    expect(
      paragraphs(docx.document).some(
        (paragraph) =>
          paragraph.style === 'TOC1' &&
          paragraph.text.startsWith('Productie en verkoop zien de klant anders'),
      ),
    ).toBe(true);
    const refused = await failure(
      call('report.save', {
        engagementId: engagement.id,
        settings: { titles: { 'section:gaps': 'x'.repeat(201) } },
      }),
    );
    expect(refused.key).toBe('errors.validation');
  });

  it('refuses settings that would break the document, and says why', async () => {
    const { workspace, engagement } = sampleWorkspace('nl');
    const call = dispatcherFor(workspace);
    const view = await call('report.get', { engagementId: engagement.id });
    const [cover, ...rest] = view.settings.sections;
    const error = await failure(
      call('report.save', {
        engagementId: engagement.id,
        settings: { sections: [...rest, cover!] },
      }),
    );
    expect(error.key).toBe('errors.validation');
    expect(JSON.stringify(error)).toContain('report.coverFirst');
  });

  it('report.start runs as a job whose progress is polled until the .docx is handed out once', async () => {
    const { workspace, engagement } = sampleWorkspace('en');
    const call = dispatcherFor(workspace);
    const { progress, stages } = await generate(call, engagement.id);
    expect(progress.stage).toBe('done');
    expect(progress.percent).toBe(100);
    expect(progress.file?.fileName).toMatch(
      /^Report Sample De Kroon Metalworks Ltd \d{4}-\d{2}-\d{2}\.docx$/,
    );
    expect(readDocx(progress.file!.bytes).text).toContain('Executive summary');
    expect(stages.size).toBeGreaterThan(1);
    const gone = await failure(call('report.progress', { jobId: progress.jobId }));
    expect(gone.key).toBe('errors.notFound');
  });

  it('report.start on an unknown engagement fails at once', async () => {
    const { workspace } = sampleWorkspace('nl');
    const error = await failure(dispatcherFor(workspace)('report.start', { engagementId: 999 }));
    expect(error.key).toBe('errors.notFound');
  });
});

describe('house style', () => {
  it('firm name, accent colour and fonts are saved once and used in every report', async () => {
    const { workspace, engagement } = sampleWorkspace('nl');
    const call = dispatcherFor(workspace);
    const info = await call('report.houseStyle.save', {
      firmName: 'Bureau Spiegel',
      accentColour: '#7A1F5C',
      headingFont: 'Georgia',
      bodyFont: 'Arial',
      useTemplate: true,
      chartFormat: 'native',
      numberedHeadings: false,
    });
    expect(info.style.firmName).toBe('Bureau Spiegel');
    const { progress } = await generate(call, engagement.id);
    const docx = readDocx(progress.file!.bytes);
    expect(docx.text).toContain('Opgesteld door: Bureau Spiegel');
    const styles = docx.parts['word/styles.xml']!;
    expect(styles).toMatch(
      /w:styleId="Heading1"[\s\S]*?w:ascii="Georgia"[\s\S]*?<w:color w:val="7A1F5C"/,
    );
    expect(styles).toContain('w:ascii="Arial"');
    expect(docx.parts['word/theme/theme1.xml']).toContain('typeface="Georgia"');
    const header = Object.entries(docx.parts).find(([name]) =>
      /^word\/header\d*\.xml$/.test(name),
    )![1];
    expect(paragraphs(header)[0]?.text).toContain('Bureau Spiegel');
  });

  it('refuses a colour or font name that is not one', async () => {
    const { workspace } = sampleWorkspace('nl');
    const error = await failure(
      dispatcherFor(workspace)('report.houseStyle.save', {
        firmName: '',
        accentColour: 'red',
        headingFont: 'Calibri"/><w:b/>',
        bodyFont: 'Calibri',
        useTemplate: true,
        chartFormat: 'native',
        numberedHeadings: false,
      }),
    );
    expect(error.key).toBe('errors.validation');
    expect(JSON.stringify(error)).toContain('report.colour');
    expect(JSON.stringify(error)).toContain('report.font');
  });

  it('puts a PNG or SVG logo on the cover (SVG with a PNG fallback) and refuses other files', async () => {
    const { workspace, engagement } = sampleWorkspace('nl');
    const call = dispatcherFor(workspace);
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="300" height="100" fill="#7A1F5C"/></svg>';
    const png = await svgToPng(svg, 1);
    const withPng = await call('report.houseStyle.setLogo', {
      file: { fileName: 'logo.png', bytes: new Uint8Array(png) },
    });
    expect(withPng.logo).toMatchObject({ mimeType: 'image/png', width: 300, height: 100 });
    const withSvg = await call('report.houseStyle.setLogo', {
      file: { fileName: 'logo.svg', bytes: new TextEncoder().encode(svg) },
    });
    expect(withSvg.logo).toMatchObject({ mimeType: 'image/svg+xml', width: 300, height: 100 });
    const { progress } = await generate(call, engagement.id);
    const docx = readDocx(progress.file!.bytes);
    const logo = drawings(docx.document).find((drawing) => drawing.name === 'logo');
    expect(logo).toBeDefined();
    const firstDrawing = /<w:drawing>[\s\S]*?<\/w:drawing>/.exec(docx.document)![0];
    expect(firstDrawing).toContain('name="logo"');
    expect(firstDrawing).toContain('asvg:svgBlip');

    const notImage = await failure(
      call('report.houseStyle.setLogo', {
        file: { fileName: 'logo.txt', bytes: new TextEncoder().encode('hello') },
      }),
    );
    expect(notImage).toMatchObject({ key: 'report.logoNotImage', params: { file: 'logo.txt' } });
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">&a;</svg>';
    expect(
      (
        await failure(
          call('report.houseStyle.setLogo', {
            file: { fileName: 'x.svg', bytes: new TextEncoder().encode(bomb) },
          }),
        )
      ).key,
    ).toBe('report.logoExternal');
    const removed = await call('report.houseStyle.setLogo', { file: null });
    expect(removed.logo).toBeNull();
  });

  it('takes over the styles of a Word template (.docx or .dotx), also with a Dutch Word’s style ids', async () => {
    const { workspace, engagement } = sampleWorkspace('nl');
    const call = dispatcherFor(workspace);
    for (const kind of ['docx', 'dotx'] as const) {
      const info = await call('report.houseStyle.setTemplate', {
        file: { fileName: `bureau.${kind}`, bytes: new Uint8Array(dutchTemplate(kind)) },
      });
      expect(info.template?.fileName).toBe(`bureau.${kind}`);
      expect(info.template?.styleNames).toEqual(
        expect.arrayContaining(['heading 1', 'Quote', 'Bureau tekst']),
      );
    }
    const { progress } = await generate(call, engagement.id);
    const docx = readDocx(progress.file!.bytes);
    const styles = docx.parts['word/styles.xml']!;
    // The template's "Kop1" is the report's Heading 1, with the template's look.
    expect(styles).not.toContain('w:styleId="Kop1"');
    expect(styles).not.toContain('w:styleId="Citaat"');
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:color w:val="C00000"/);
    expect(styles).toMatch(/w:styleId="Quote"[\s\S]*?<w:color w:val="7F7F7F"/);
    expect(styles).toContain('<w:link w:val="Kop1Char"/>');
    expect(styles).toMatch(/w:styleId="Kop1Char"[\s\S]*?<w:link w:val="Heading1"\/>/);
    expect(styles).toContain('w:styleId="BureauTekst"');
    // The template's theme fonts, which its styles refer to, come along.
    expect(docx.parts['word/theme/theme1.xml']).toContain('typeface="Georgia"');
    expect(docx.parts['word/theme/theme1.xml']).toContain('typeface="Verdana"');
    // Styles the template lacks are still there.
    expect(styles).toContain('w:styleId="Caption"');
    expect(styles).toContain('w:styleId="KlantspiegelTable"');
    expect(
      paragraphs(docx.document).filter((paragraph) => paragraph.style === 'Heading1').length,
    ).toBe(9);
    // The template's own sizes and spacing decide the pages: Word numbers the contents itself.
    expect(docx.document).toMatch(/<w:fldChar w:fldCharType="begin" w:dirty="true"\/>/);
    const entries = paragraphs(docx.document).filter((paragraph) => paragraph.style === 'TOC1');
    expect(entries[0]?.text).toBe('Samenvatting');

    // Switched off, the house style's own styles are used again.
    await call('report.houseStyle.save', { ...info0(), useTemplate: false });
    const plain = readDocx((await generate(call, engagement.id)).progress.file!.bytes);
    expect(plain.parts['word/styles.xml']).not.toContain('C00000');
  });

  it('refuses a file that is not a Word document or template with report.templateNotWord', async () => {
    const { workspace } = sampleWorkspace('nl');
    const call = dispatcherFor(workspace);
    const spreadsheet = zipSync({
      '[Content_Types].xml': strToU8(
        '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      ),
      'xl/workbook.xml': strToU8('<workbook/>'),
    });
    for (const [fileName, bytes] of [
      ['notities.txt', new TextEncoder().encode('Geen Word-bestand')],
      ['begroting.xlsx', spreadsheet],
      ['kapot.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
    ] as const) {
      const error = await failure(
        call('report.houseStyle.setTemplate', { file: { fileName, bytes } }),
      );
      expect(error).toEqual({ key: 'report.templateNotWord', params: { file: fileName } });
    }
    expect((await call('report.houseStyle.get', {})).template).toBeNull();
  });
});

function info0() {
  return {
    firmName: '',
    accentColour: '#1F4E79',
    headingFont: 'Calibri',
    bodyFont: 'Calibri',
    chartFormat: 'native' as const,
    numberedHeadings: false,
  };
}

describe('stored report settings', () => {
  it('an older value gains new sections at their place, keeps the consultant’s texts and the cover first', () => {
    const settings = normaliseReportSettings({
      sections: [
        { id: 'summary', enabled: true, narrative: 'Eigen tekst' },
        { id: 'cover', enabled: false, narrative: null },
        { id: 'appendix', enabled: false, narrative: null },
        { id: 'unknown', enabled: true, narrative: null },
      ],
      charts: { ipa: false, removedChart: true },
      title: 42,
    });
    expect(settings.sections[0]).toEqual({ id: 'cover', enabled: false, narrative: null });
    // Plain text saved by an older version is read as a rich-text document.
    const summary = settings.sections.find((section) => section.id === 'summary')?.narrative;
    expect(summary && richDocText(summary)).toBe('Eigen tekst');
    expect(settings.sections.find((section) => section.id === 'appendix')?.enabled).toBe(false);
    expect(settings.sections).toHaveLength(10);
    expect(new Set(settings.sections.map((section) => section.id)).size).toBe(10);
    expect(settings.charts.ipa).toBe(false);
    expect(settings.charts.dimensionScores).toBe(true);
    expect(settings.title).toBeNull();
    expect(normaliseReportSettings('garbage').sections).toHaveLength(10);
  });

  it('an older action plan becomes recommendations, with the fields it lacked left empty', () => {
    const settings = normaliseReportSettings({
      actions: [{ action: 'Klantpanel starten', owner: 'Directie', due: 'Q1' }],
    });
    expect(settings.recommendations).toEqual([
      expect.objectContaining({
        action: 'Klantpanel starten',
        owner: 'Directie',
        due: 'Q1',
        priority: null,
        successMeasure: '',
      }),
    ]);
  });

  it('go with their engagement when it is deleted', () => {
    const { workspace, engagement, store } = sampleWorkspace('nl');
    store.saveSettings(engagement.id, { ...store.settings(engagement.id), title: 'Eigen titel' });
    expect(workspace.reports.settings(engagement.id).title).toBe('Eigen titel');
    workspace.engagements.delete(engagement.id);
    expect(workspace.db.prepare('SELECT count(*) AS n FROM report_settings').get()).toEqual({
      n: 0,
    });
  });
});
