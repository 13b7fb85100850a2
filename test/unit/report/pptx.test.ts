import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildEngagementReport } from '@main/core/report/build';
import { generateDeck } from '@main/core/report/generate';
import { eightGroupDots, ipaGrid, markerOf } from './group-markers';
import { cellsOf, readCharts } from './read-charts';
import { deckWithCharts } from './chart-files';
import {
  REPORT_DATE,
  SAMPLE_HIDDEN_GROUP,
  SAMPLE_PRIVATE_NAMES,
  sampleWorkspace,
} from './sample-report';

/** Slide texts (a:t) and speaker notes, in slide order. */
function readDeck(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const text = (name: string) => new TextDecoder().decode(files[name]);
  const order = (name: string) => Number(/(\d+)\.xml$/.exec(name)![1]);
  const texts = (xml: string) =>
    [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) =>
      match[1]!
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"'),
    );
  const slides = Object.keys(files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => order(a) - order(b));
  const notes = Object.keys(files)
    .filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))
    .sort((a, b) => order(a) - order(b));
  return {
    files,
    slides: slides.map((name) => texts(text(name)).join(' ')),
    notes: notes.map((name) => texts(text(name)).join(' ')),
    all: Object.keys(files)
      .filter((name) => name.endsWith('.xml'))
      .map(text)
      .join('\n'),
  };
}

describe('the workshop deck of the sample engagement', () => {
  it('has a title, the mirror, kitchen versus floor, customer needs, themes with quotes, recommendations and questions', async () => {
    const { workspace, engagement } = sampleWorkspace('nl');
    const file = await generateDeck(workspace, engagement.id, () => {}, REPORT_DATE);
    expect(file.fileName).toBe(`Workshop Voorbeeld Metaalwerk De Kroon B.V. ${REPORT_DATE}.pptx`);
    expect(file.mimeType).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
    const deck = readDeck(file.bytes);
    expect(deck.slides[0]).toContain('Terugkoppelingssessie');
    // The report's own mirror chart and title, its sentence with the numbers in the notes.
    expect(deck.slides[1]).toMatch(
      /^Klanten zien de organisatie op 4 van de 6 dimensies lager dan elke eigen groep/,
    );
    expect(deck.notes[1]).toMatch(/^Klanten geven .+ gemiddeld \d,\d\d; de eigen groepen/);
    // Kitchen versus floor: the largest supported gap between the client's own groups.
    expect(deck.slides[2]).toMatch(
      /^Productie en Verkoop \/ Commercie zien de klant anders: 1,43 punt verschil op ‘Klantkennis delen’/,
    );
    expect(
      deck.slides.some((slide) => slide.startsWith('‘Hier concentreren’ volgens Klanten')),
    ).toBe(true);
    const quoteSlides = deck.slides.filter((slide) => /citaten\)/.test(slide));
    expect(quoteSlides.length).toBeGreaterThanOrEqual(2);
    expect(quoteSlides[0]).toMatch(/“.+” — /);
    expect(deck.slides.at(-2)).toMatch(/^Aanbevelingen Aanbeveling Prioriteit Eigenaar Deadline/);
    expect(deck.slides.at(-1)).toMatch(/^Vragen voor de sessie/);
    // Every finding ends with one question for the room.
    const findings = deck.slides.slice(1, -2);
    for (const slide of findings) expect(slide.match(/Om te bespreken:/g)).toHaveLength(1);
    // Speaker notes carry the numbers and the method.
    expect(deck.notes[2]).toMatch(
      /verschil 1,43, 95%-BI \[\d,\d\d; \d,\d\d\], g \d,\d\d, p \(Holm\) /,
    );
    expect(deck.notes[2]).toContain('Bron: Klantgerichtheidsscan');
    expect(deck.notes[2]).toContain('Opvallend: groot');
    // Anonymity holds in the deck too.
    for (const name of SAMPLE_PRIVATE_NAMES) expect(deck.all).not.toContain(name);
    expect(deck.all).not.toContain(SAMPLE_HIDDEN_GROUP.nl);
  });

  it('draws native charts whose embedded workbooks hold the analysis’ figures, in the groups’ colours', async () => {
    const { workspace, engagement } = sampleWorkspace('nl');
    const file = await generateDeck(workspace, engagement.id, () => {}, REPORT_DATE);
    const charts = await readCharts(file.bytes);
    expect(charts.length).toBe(3);
    const { data } = buildEngagementReport(workspace, engagement.id, REPORT_DATE);
    const mirror = charts[0]!;
    expect(mirror.series.map((series) => series.name)).toEqual(
      data.gaps!.profiles.map((profile) => profile.name),
    );
    for (const [index, profile] of data.gaps!.profiles.entries()) {
      expect(mirror.series[index]!.values).toEqual(profile.dimensions);
      // Each group's own colour and marker, as on the Kloof tab and in the Word report.
      expect(mirror.colours[index]).toBe(profile.style.colour.slice(1).toUpperCase());
      expect(mirror.series[index]!.marker).toEqual(markerOf(profile.style));
    }
    // Labels with two decimals, as the report and the app print means.
    const mirrorXml = new TextDecoder().decode(unzipSync(file.bytes)[mirror.part]);
    expect(mirrorXml).toMatch(/<c:dLbls>[\s\S]*?formatCode="0\.00"/);
    for (const chart of charts) {
      expect(chart.workbookPart).toMatch(/^ppt\/embeddings\/.+\.xlsx$/);
      for (const series of chart.series) {
        expect(cellsOf(series.valueRef).map((cell) => chart.cells.get(cell) ?? null)).toEqual(
          series.values,
        );
      }
    }
  });

  it('is in English for an English engagement, with the firm’s name and fonts', async () => {
    const { workspace, engagement } = sampleWorkspace('en');
    const store = workspace.reports;
    store.saveHouseStyle({
      ...store.houseStyle().style,
      firmName: 'Mirror Partners',
      headingFont: 'Georgia',
    });
    const deck = readDeck(
      (await generateDeck(workspace, engagement.id, () => {}, REPORT_DATE)).bytes,
    );
    expect(deck.slides[0]).toContain('Feedback session');
    expect(deck.slides[0]).toContain('Mirror Partners');
    expect(deck.slides.at(-1)).toMatch(/^Questions for the session/);
    expect(deck.all).toContain('typeface="Georgia"');
    expect(deck.notes[2]).toContain('Source: Customer-centricity scan');
  });

  it('gives every series its group’s marker and colour: eight groups, eight distinct pairs, x and plus included', async () => {
    const { spec, expected } = eightGroupDots();
    const grid = ipaGrid({ colour: '#009E73', shape: 'x' });
    const bytes = await deckWithCharts([spec, grid]);
    const [dots, scatter] = await readCharts(bytes);
    expect(dots!.kind).toBe('lineChart');
    expect(dots!.series.map((series) => series.marker)).toEqual(expected);
    expect(new Set(expected.map((marker) => `${marker.symbol} ${marker.fill}`)).size).toBe(8);
    expect(expected.map((marker) => marker.symbol)).toEqual(
      expect.arrayContaining(['x', 'plus', 'diamond', 'circle', 'square', 'triangle']),
    );
    expect(dots!.series.map((series) => series.values)).toEqual(spec.series.map((s) => s.values));
    expect(scatter!.kind).toBe('scatterChart');
    expect(scatter!.series.map((series) => series.marker)).toEqual([
      { symbol: 'x', fill: '009E73', outline: '009E73' },
    ]);
  });
});
