import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '@shared/report/chart-spec';
import { DEFAULT_HOUSE_STYLE } from '@shared/report/settings';
import { nativeChart } from '@main/core/report/docx-charts/native-chart';
import { nativeChartStyleFor } from '@main/core/report/docx-writer';
import { OKABE_ITO } from '@main/core/report/charts/svg';
import { buildEngagementReport } from '@main/core/report/build';
import { generateReport } from '@main/core/report/generate';
import { eightGroupDots, ipaGrid, markerOf } from './group-markers';
import { cellsOf, readCharts } from './read-charts';
import { wordWithChart } from './chart-files';
import { REPORT_DATE, sampleWorkspace } from './sample-report';

const style = nativeChartStyleFor({ ...DEFAULT_HOUSE_STYLE, accentColour: '#7A1F5C' });

async function written(spec: ChartSpec) {
  const bytes = await wordWithChart(spec, style);
  const [chart] = await readCharts(bytes);
  return { chart: chart!, bytes };
}

const dimensions = ['Klantkennis', 'Klantkennis delen', 'Handelen op klantfeedback'];

describe('native Word charts', () => {
  it('a bar chart against the norm: one part, its workbook holds exactly the plotted values', async () => {
    const spec: ChartSpec = {
      type: 'bars',
      categories: dimensions,
      series: [{ name: 'Score', values: [3.41, 2.87, null] }],
      reference: { name: 'Norm', values: [3.5, 3.2, 3.3] },
      min: 1,
      max: 5,
      axisLabel: 'Gemiddelde score (1–5)',
      digits: 1,
    };
    const { chart } = await written(spec);
    expect(chart.kind).toBe('barChart');
    expect(chart.barDirection).toBe('bar');
    expect(chart.series.map((series) => series.name)).toEqual(['Score', 'Norm']);
    expect(chart.series[0]!.values).toEqual([3.41, 2.87, null]);
    expect(chart.series[1]!.values).toEqual([3.5, 3.2, 3.3]);
    // "Edit data" in Word: every reference in the chart points at the cells holding its values.
    for (const series of chart.series) {
      expect(chart.cells.get(cellsOf(series.nameRef)[0]!)).toBe(series.name);
      expect(cellsOf(series.categoryRef).map((cell) => chart.cells.get(cell))).toEqual(dimensions);
      expect(cellsOf(series.valueRef).map((cell) => chart.cells.get(cell) ?? null)).toEqual(
        series.values,
      );
    }
    // The client's score in the house accent colour, the norm in a quiet grey.
    expect(chart.colours[0]).toBe('7A1F5C');
    expect(chart.colours[1]).toBe('9AA5AE');
  });

  it('groups side by side: one series per group, in the groups’ colours of the SVG charts', async () => {
    const spec: ChartSpec = {
      type: 'dots',
      categories: dimensions,
      series: [
        { name: 'Productie', values: [4.2, 3.9, 3.1] },
        { name: 'Verkoop', values: [2.9, 2.8, 3.0] },
        { name: 'Klanten', values: [2.5, 2.4, 2.7] },
      ],
      min: 1,
      max: 5,
      axisLabel: 'Score',
    };
    const { chart } = await written(spec);
    expect(chart.series.map((series) => series.values)).toEqual(spec.series.map((s) => s.values));
    expect(chart.colours).toEqual(OKABE_ITO.slice(0, 3).map((colour) => colour.slice(1)));
    for (const series of chart.series) {
      expect(cellsOf(series.valueRef).map((cell) => chart.cells.get(cell))).toEqual(series.values);
    }
  });

  it('the importance–performance grid: performance across, importance up, a point per need in its group’s colour and shape, the cut-offs drawn through the plot', async () => {
    const spec = ipaGrid({ colour: '#D55E00', shape: 'diamond' });
    const { chart, bytes } = await written(spec);
    expect(chart.kind).toBe('scatterChart');
    const needs = chart.series.filter((series) => ['Levertijd', 'Prijs'].includes(series.name));
    expect(needs.map((series) => [series.categories[0], series.values[0]])).toEqual([
      [2.8, 4.4],
      [3.9, 3.1],
    ]);
    const cutOffs = chart.series.find((series) => series.name.includes('Grens prestatie'))!;
    expect([cutOffs.categories[0], cutOffs.values[0]]).toEqual([3.4, 3.8]);
    const xml = new TextDecoder().decode((await import('fflate')).unzipSync(bytes)[chart.part]);
    expect(xml.match(/<c:errBars>/g)).toHaveLength(2);
    for (const quadrant of spec.quadrantLabels) expect(xml).toContain(quadrant);
    // The customers' vermillion diamond, as on the Kloof tab.
    expect(chart.colours.slice(0, 2)).toEqual(['D55E00', 'D55E00']);
    expect(xml.match(/<c:symbol val="diamond"\/>/g)).toHaveLength(2);
  });

  it('sizes a bar chart by its categories and series, so labels keep their room', () => {
    const small = nativeChart(
      {
        type: 'diverging',
        categories: ['a'],
        series: [{ name: 'x', values: [1] }],
        limit: 1,
        axisLabel: '',
        negativeLabel: '',
        positiveLabel: '',
      },
      style,
    );
    const large = nativeChart(
      {
        type: 'diverging',
        categories: Array.from({ length: 12 }, (_, index) => `need ${index}`),
        series: Array.from({ length: 4 }, (_, index) => ({
          name: `g${index}`,
          values: Array(12).fill(0.5),
        })),
        limit: 1,
        axisLabel: '',
        negativeLabel: '',
        positiveLabel: '',
      },
      style,
    );
    expect(large.height).toBeGreaterThan(small.height * 3);
    expect(large.width).toBe(small.width);
  });

  it('every group keeps its own marker and colour: eight groups, eight distinct pairs, as the shared spec says', async () => {
    const { spec, expected } = eightGroupDots();
    const { chart } = await written(spec);
    expect(chart.kind).toBe('lineChart');
    expect(chart.series.map((series) => series.name)).toEqual(spec.series.map((s) => s.name));
    expect(chart.series.map((series) => series.marker)).toEqual(expected);
    expect(new Set(expected.map((marker) => `${marker.symbol} ${marker.fill}`)).size).toBe(8);
    for (const series of chart.series) {
      expect(cellsOf(series.valueRef).map((cell) => chart.cells.get(cell))).toEqual(series.values);
    }
  });

  it('the sample report’s mirror draws each group with its marker and colour of the Kloof tab', async () => {
    const { workspace, engagement } = sampleWorkspace('nl');
    const file = await generateReport(workspace, engagement.id, () => {}, REPORT_DATE);
    const { data } = buildEngagementReport(workspace, engagement.id, REPORT_DATE);
    const [mirror] = await readCharts(file.bytes);
    const profiles = data.gaps!.profiles;
    expect(mirror!.kind).toBe('lineChart');
    expect(mirror!.series.map((series) => series.name)).toEqual(profiles.map((p) => p.name));
    expect(mirror!.series.map((series) => series.marker)).toEqual(
      profiles.map((profile) => markerOf(profile.style)),
    );
    // The customers: the vermillion diamond.
    const customers = profiles.findIndex((profile) => profile.kind === 'customer');
    expect(mirror!.series[customers]!.marker).toMatchObject({ symbol: 'diamond', fill: 'D55E00' });
  });

  it('the blind spots’ chart puts its category labels at the left edge, the others beside their axis', async () => {
    const { workspace, engagement } = sampleWorkspace('nl');
    const file = await generateReport(workspace, engagement.id, () => {}, REPORT_DATE);
    const { document } = buildEngagementReport(workspace, engagement.id, REPORT_DATE);
    const specs = document.sections.flatMap((section) =>
      section.blocks.flatMap((block) => (block.kind === 'chart' ? [block.spec] : [])),
    );
    expect(specs.some((spec) => spec.type === 'diverging')).toBe(true);
    const files = (await import('fflate')).unzipSync(file.bytes);
    specs.forEach((spec, index) => {
      // The Importance–Performance grid is a scatter chart: two value axes, no categories.
      if (spec.type === 'scatter') return;
      const xml = new TextDecoder().decode(files[`word/charts/chart${index + 1}.xml`]);
      const categoryAxis = /<c:catAx>[\s\S]*?<\/c:catAx>/.exec(xml)?.[0] ?? '';
      expect(categoryAxis, `chart ${index + 1} (${spec.type})`).toContain(
        spec.type === 'diverging' ? '<c:tickLblPos val="low"/>' : '<c:tickLblPos val="nextTo"/>',
      );
    });
  });
});
