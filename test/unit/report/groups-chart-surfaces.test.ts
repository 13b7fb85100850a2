/**
 * One chart specification on every surface: the chart of groups per category (the mirror, the
 * groups per dimension, the needs' importance) has the same orientation, axes, sort order and
 * legend place in the picture (SVG, also the report preview), the native Word chart and the
 * deck's chart, as shared/charts/groups-chart.ts describes it.
 */
import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderChart } from '@main/core/report/charts/render';
import { chartFormat, chartStyleFor } from '@main/core/report/charts/style';
import { nativeChartStyleFor } from '@main/core/report/docx-writer';
import { GROUPS_CHART, groupsChartLabelAngle, groupsChartStep } from '@shared/charts/groups-chart';
import type { DotChartSpec } from '@shared/report/chart-spec';
import { DEFAULT_HOUSE_STYLE } from '@shared/report/settings';
import { eightGroupDots } from './group-markers';
import { deckWithCharts, wordWithChart } from './chart-files';

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['c:ser', 'c:pt', 'c:lvl', 'text', 'polyline', 'line'].includes(name),
});

/** The spec under test: eight groups, categories not in alphabetical order, distinct scores. */
function spec(): DotChartSpec {
  const { spec: dots } = eightGroupDots();
  if (dots.type !== 'dots') throw new Error('eightGroupDots is a dot chart');
  return {
    ...dots,
    categories: ['Leiderschap', 'Klantkennis', 'Processen'],
    series: dots.series.map((series, index) => ({
      ...series,
      values: [1.5 + index * 0.4, 4.6 - index * 0.3, 3 + (index % 3) * 0.5],
    })),
  };
}

/** What a surface draws, in the terms of GROUPS_CHART. */
interface Layout {
  categoryAxis: 'bottom' | 'left' | 'top' | 'right';
  valueAxis: 'bottom' | 'left' | 'top' | 'right';
  /** Category labels in the order they stand along their axis (left to right, bottom to top). */
  categories: string[];
  /** The value axis' range and, per series, the values in the category order. */
  min: number;
  max: number;
  /** The distance between the value axis' labels. */
  step: number;
  values: (number | null)[][];
  lineWidth: number;
  legend: 'bottom' | 'top' | 'left' | 'right';
  /** The category labels' slant in degrees (0: level). */
  labelAngle: number;
}

const AXIS_POSITION = { b: 'bottom', l: 'left', t: 'top', r: 'right' } as const;

/** A DrawingML chart part (Word or PowerPoint) read as a layout. */
function drawingMlLayout(xml: string): Layout {
  const chart = ((parser.parse(xml) as Node)['c:chartSpace'] as Node)['c:chart'] as Node;
  const plot = chart['c:plotArea'] as Node;
  const line = plot['c:lineChart'] as Node | undefined;
  expect(line, 'a line chart with markers').toBeDefined();
  const catAx = plot['c:catAx'] as Node;
  const valAx = plot['c:valAx'] as Node;
  const at = (node: Node, name: string) => (node[name] as Node | undefined)?.['@val'] as string;
  const scaling = (axis: Node) => axis['c:scaling'] as Node;
  const reversed = at(scaling(catAx), 'c:orientation') === 'maxMin';
  const series = line!['c:ser'] as Node[];
  const points = (node: Node | undefined) => {
    // Word writes a string reference; pptxgenjs a multi-level one with a single level.
    const ref = (node?.['c:strRef'] ?? node?.['c:numRef'] ?? node?.['c:multiLvlStrRef']) as
      Node | undefined;
    const cache = (ref?.['c:strCache'] ?? ref?.['c:numCache'] ?? ref?.['c:multiLvlStrCache']) as
      Node | undefined;
    const count = Number(at(cache ?? {}, 'c:ptCount') ?? 0);
    const values: (string | null)[] = Array.from({ length: count }, () => null);
    const level = (cache?.['c:lvl'] as Node[] | undefined)?.[0] ?? cache;
    for (const point of (level?.['c:pt'] as Node[] | undefined) ?? []) {
      values[Number(point['@idx'])] = String(point['c:v']);
    }
    return values;
  };
  const inAxisOrder = <T>(values: T[]) => (reversed ? [...values].reverse() : values);
  const widths = series.map((ser) => {
    const width = (((ser['c:spPr'] as Node | undefined)?.['a:ln'] as Node | undefined)?.['@w'] ??
      Number.NaN) as number | string;
    return Number(width) / 12700;
  });
  expect(new Set(widths).size, 'every series the same line width').toBe(1);
  const legend = chart['c:legend'] as Node;
  return {
    categoryAxis: AXIS_POSITION[at(catAx, 'c:axPos') as 'b'],
    valueAxis: AXIS_POSITION[at(valAx, 'c:axPos') as 'l'],
    categories: inAxisOrder(points(series[0]!['c:cat'] as Node)).map(String),
    min: Number(at(scaling(valAx), 'c:min')),
    max: Number(at(scaling(valAx), 'c:max')),
    step: Number(at(valAx, 'c:majorUnit')),
    values: series.map((ser) =>
      inAxisOrder(points(ser['c:val'] as Node)).map((value) =>
        value === null ? null : Number(Number(value).toFixed(2)),
      ),
    ),
    lineWidth: widths[0]!,
    legend: AXIS_POSITION[at(legend, 'c:legendPos') as 'b'],
    labelAngle:
      Number(
        ((catAx['c:txPr'] as Node | undefined)?.['a:bodyPr'] as Node | undefined)?.['@rot'] ?? 0,
      ) / 60000,
  };
}

/** The SVG picture read as a layout: where its texts, grid lines and series lines stand. */
function svgLayout(svg: string, chart: DotChartSpec): Layout {
  const root = (parser.parse(svg) as Node)['svg'] as Node;
  const texts = ((root['text'] as Node[]) ?? []).map((node) => ({
    content: String(node['#text'] ?? ''),
    x: Number(node['@x']),
    y: Number(node['@y']),
    angle: Number(/rotate\((-?[\d.]+)/.exec(String(node['@transform'] ?? ''))?.[1] ?? 0),
  }));
  const grid = ((root['line'] as Node[]) ?? []).map((node) => ({
    x1: Number(node['@x1']),
    y1: Number(node['@y1']),
    x2: Number(node['@x2']),
    y2: Number(node['@y2']),
  }));
  // Grid lines run across (horizontal): the values go up the chart.
  expect(grid.length).toBeGreaterThan(1);
  expect(grid.every((line) => line.y1 === line.y2 && line.x2 > line.x1)).toBe(true);
  const plot = {
    left: Math.min(...grid.map((line) => line.x1)),
    right: Math.max(...grid.map((line) => line.x2)),
    top: Math.min(...grid.map((line) => line.y1)),
    bottom: Math.max(...grid.map((line) => line.y1)),
  };
  const ticks = texts.filter((entry) => /^\d+$/.test(entry.content));
  const tickValues = ticks.map((tick) => Number(tick.content));
  const tickAt = (value: number) => ticks.find((tick) => Number(tick.content) === value)!;
  const min = Math.min(...tickValues);
  const max = Math.max(...tickValues);
  const valueOf = (y: number) =>
    min + ((tickAt(min).y - y) / (tickAt(min).y - tickAt(max).y)) * (max - min);
  const labels = texts
    .filter((entry) => chart.categories.includes(entry.content))
    .sort((a, b) => a.x - b.x);
  const legendTexts = texts.filter((entry) =>
    chart.series.some((series) => series.name === entry.content),
  );
  const lines = ((root['polyline'] as Node[]) ?? []).map((node) => ({
    width: Number(node['@stroke-width']),
    points: String(node['@points'])
      .split(' ')
      .map((pair) => pair.split(',').map(Number) as [number, number]),
  }));
  expect(lines).toHaveLength(chart.series.length);
  const centres = labels.map((label) => label.x);
  const side = (y: number) => (y > plot.bottom ? 'bottom' : y < plot.top ? 'top' : 'inside');
  return {
    categoryAxis: labels.every((label) => side(label.y) === 'bottom') ? 'bottom' : 'left',
    valueAxis: ticks.every((tick) => tick.x < plot.left) ? 'left' : 'bottom',
    categories: labels.map((label) => label.content),
    min,
    max,
    step: (max - min) / (ticks.length - 1),
    values: lines.map((line) =>
      centres.map((centre) => {
        const point = line.points.find(([x]) => Math.abs(x - centre) < 0.5);
        return point ? Number(valueOf(point[1]).toFixed(2)) : null;
      }),
    ),
    lineWidth: lines[0]!.width,
    legend: legendTexts.every((entry) => entry.y > Math.max(...labels.map((label) => label.y)))
      ? 'bottom'
      : 'top',
    labelAngle: labels[0]!.angle,
  };
}

async function wordChartXml(chart: DotChartSpec): Promise<string> {
  const files = unzipSync(await wordWithChart(chart, nativeChartStyleFor(DEFAULT_HOUSE_STYLE)));
  return new TextDecoder().decode(files['word/charts/chart1.xml']);
}

async function deckChartXml(chart: DotChartSpec): Promise<string> {
  const files = unzipSync(await deckWithCharts([chart]));
  const part = Object.keys(files).find((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))!;
  return new TextDecoder().decode(files[part]);
}

/** The layout every surface must draw for `chart`. */
function expectedLayout(chart: DotChartSpec): Layout {
  return {
    categoryAxis: GROUPS_CHART.categoryAxis,
    valueAxis: GROUPS_CHART.valueAxis,
    categories: chart.categories,
    min: chart.min,
    max: chart.max,
    step: groupsChartStep(chart.min, chart.max)!,
    values: chart.series.map((series) =>
      series.values.map((value) => (value === null ? null : Number(value.toFixed(2)))),
    ),
    lineWidth: GROUPS_CHART.lineWidth,
    legend: GROUPS_CHART.legend,
    labelAngle: groupsChartLabelAngle(chart.categories),
  };
}

async function layouts(chart: DotChartSpec) {
  const picture = renderChart(chart, chartStyleFor(DEFAULT_HOUSE_STYLE), chartFormat('nl'));
  const svg = svgLayout(picture.svg, chart);
  const word = drawingMlLayout(await wordChartXml(chart));
  const deck = drawingMlLayout(await deckChartXml(chart));
  return { svg, word, deck };
}

describe('the chart of groups per category, on every surface', () => {
  it('has the same orientation, axes, category order, values and legend in the picture, Word and PowerPoint', async () => {
    const chart = spec();
    const expected = expectedLayout(chart);
    expect(expected.labelAngle).toBe(0);
    const { svg, word, deck } = await layouts(chart);
    expect(svg).toEqual(expected);
    expect(word).toEqual(expected);
    expect(deck).toEqual(expected);
  });

  it('slants the labels of many categories on every surface alike, so they never run into each other', async () => {
    const needs = [
      'Prijs',
      'Productkwaliteit',
      'Levertrouw',
      'Aandacht',
      'Snelheid',
      'Kennis',
      'Flexibel',
      'Innovatie',
      'Contact',
      'Service',
    ];
    const base = spec();
    const chart: DotChartSpec = {
      ...base,
      categories: needs,
      series: base.series.slice(0, 3).map((series, index) => ({
        ...series,
        values: needs.map((_, need) => 2 + ((need + index) % 4) * 0.5),
      })),
    };
    const expected = expectedLayout(chart);
    expect(expected.labelAngle).toBe(-45);
    const { svg, word, deck } = await layouts(chart);
    expect(svg).toEqual(expected);
    expect(word).toEqual(expected);
    expect(deck).toEqual(expected);
  });

  it('the picture reads as the spec: a higher score stands higher, categories keep the spec’s order', () => {
    const chart = spec();
    // Reversed categories give reversed labels: the order is the spec's, never sorted.
    const reversed = { ...chart, categories: [...chart.categories].reverse() };
    const picture = renderChart(reversed, chartStyleFor(DEFAULT_HOUSE_STYLE), chartFormat('nl'));
    expect(svgLayout(picture.svg, reversed).categories).toEqual(reversed.categories);
  });
});
