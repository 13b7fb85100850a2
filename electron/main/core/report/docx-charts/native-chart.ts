/**
 * The report's chart specs as native Word charts: a DrawingML chart part (ECMA-376 Part 1,
 * §21.2) with its data in an embedded workbook, so the client's analysts can restyle a chart and
 * open its data with Word's "Edit Data". The chart parts, the workbook, their relationships and
 * content types are written by `docx`'s chart support (docx/charts): this module decides what
 * each of our chart specs becomes — chart type, series, colours, axes, labels — in the house style
 * and with the same colours and marker shapes per series as the SVG pictures.
 */
import { ChartRun, type ChartMarkerShape, type ChartRunOptions } from 'docx/charts';
import type {
  BarChartSpec,
  ChartSpec,
  DivergingChartSpec,
  DotChartSpec,
  DumbbellChartSpec,
  ScatterChartSpec,
  SeriesStyle,
} from '@shared/report/chart-spec';
import { SCALE_DIGITS } from '@shared/i18n/format';
import { DRAWINGML_SYMBOL } from '@shared/charts/marker';
import { GROUPS_CHART, groupsChartLabelAngle, groupsChartStep } from '@shared/charts/groups-chart';
import { MARKERS, type ChartStyle } from '../charts/svg';

/** Text and colours of a native chart, from the house style. */
export interface NativeChartStyle extends ChartStyle {
  /** The font of the chart's text (Word's own font names, no CSS fallbacks). */
  font: string;
}

export interface NativeChart {
  options: ChartRunOptions;
  width: number;
  height: number;
}

/** Charts are as wide as the text (in CSS pixels, as Word inserts them). */
export const NATIVE_CHART_WIDTH = 600;
const AXIS_FONT = 9;
const LABEL_FONT = 9;
const TEXT_COLOUR = '1D2733';
const MUTED = '5B6770';
/** The norm beside the score: a quiet grey, so the client's own bars carry the colour. */
const NORM_COLOUR = '9AA5AE';

const hex = (colour: string) => colour.replace('#', '').toUpperCase();

/** A series' colour: its group's own (the same on screen), else the house palette by position. */
function seriesColour(style: ChartStyle, own: SeriesStyle | undefined, index: number): string {
  return hex(own?.colour ?? style.palette[index % style.palette.length] ?? style.accent);
}

/** A series' marker: its group's own shape, else by position, as DrawingML's symbol. */
function markerShape(own: SeriesStyle | undefined, index: number): ChartMarkerShape {
  return DRAWINGML_SYMBOL[own?.shape ?? MARKERS[index % MARKERS.length] ?? 'circle'];
}

/** Marker size in points: as large as the SVG pictures' markers at the chart's width. */
const MARKER_SIZE = 8;

/** Height for a horizontal bar chart: room per category and per bar, plus axis and legend. */
function barHeight(categories: number, seriesCount: number, legend: boolean): number {
  const perCategory = Math.max(26, 10 + 10 * seriesCount);
  return Math.round(Math.min(720, 70 + (legend ? 24 : 0) + categories * perCategory));
}

function numberFormat(digits: number): string {
  return digits <= 0 ? '0' : `0.${'0'.repeat(digits)}`;
}

/** What every chart shares: the house font, no border, a legend below when there are series. */
function base(style: NativeChartStyle, width: number, height: number, legend: boolean) {
  return {
    font: { name: style.font, color: TEXT_COLOUR },
    chartArea: { fill: 'FFFFFF', border: 'none' as const },
    legend: legend ? { position: 'bottom' as const, font: { size: LABEL_FONT } } : (false as const),
    transformation: { width, height },
  };
}

function axisFont() {
  return { size: AXIS_FONT, color: MUTED };
}

function barChart(spec: BarChartSpec, style: NativeChartStyle): NativeChart {
  const series = spec.series[0] ?? { name: '', values: [] };
  const legend = spec.reference !== null;
  const height = barHeight(spec.categories.length, legend ? 2 : 1, legend);
  const format = numberFormat(spec.digits);
  return {
    width: NATIVE_CHART_WIDTH,
    height,
    options: {
      type: 'bar',
      ...base(style, NATIVE_CHART_WIDTH, height, legend),
      categories: spec.categories,
      series: [
        {
          name: series.name,
          values: series.values,
          color: hex(style.accent),
          dataLabels: { value: true, numberFormat: format, font: { size: LABEL_FONT } },
        },
        ...(spec.reference
          ? [
              {
                name: spec.reference.name,
                values: spec.reference.values,
                color: NORM_COLOUR,
                dataLabels: false as const,
              },
            ]
          : []),
      ],
      gapWidth: 60,
      overlap: legend ? 0 : undefined,
      // Word draws the first category at the bottom; reversed, the list reads top-down as in the table.
      categoryAxis: { reverseOrder: true, font: axisFont() },
      valueAxis: {
        minimum: spec.min,
        ...(spec.digits === 0 ? {} : { maximum: spec.max, interval: 1 }),
        numberFormat: '0',
        title: { text: spec.axisLabel, font: axisFont() },
        font: axisFont(),
        crossesAt: 'maximum',
      },
    },
  };
}

/** Scores of several groups per category: clustered bars, one colour per group. */
function groupBars(
  categories: string[],
  series: { name: string; values: (number | null)[]; style?: SeriesStyle }[],
  min: number,
  max: number,
  axisLabel: string,
  style: NativeChartStyle,
  digits = SCALE_DIGITS,
): NativeChart {
  const height = barHeight(categories.length, series.length, true);
  return {
    width: NATIVE_CHART_WIDTH,
    height,
    options: {
      type: 'bar',
      ...base(style, NATIVE_CHART_WIDTH, height, true),
      categories,
      series: series.map((entry, index) => ({
        name: entry.name,
        values: entry.values,
        color: seriesColour(style, entry.style, index),
      })),
      gapWidth: 50,
      overlap: 0,
      dataLabels:
        series.length <= 3
          ? { value: true, numberFormat: numberFormat(digits), font: { size: LABEL_FONT - 1 } }
          : undefined,
      categoryAxis: { reverseOrder: true, font: axisFont() },
      valueAxis: {
        minimum: min,
        maximum: max,
        interval: max - min <= 10 ? 1 : undefined,
        title: { text: axisLabel, font: axisFont() },
        font: axisFont(),
        crossesAt: 'maximum',
      },
    },
  };
}

/** A dot chart's height: the categories are across, so it does not grow with them. */
const DOT_CHART_HEIGHT = 270;

/**
 * Where each group stands per category: Word's "Line with Markers", a line per group through
 * its scores with the group's own marker and colour (Word's bar charts have no markers, and its
 * line charts no horizontal form), the categories across, so the data sheet is the table of
 * categories × groups. The picture and the deck draw the same (shared/charts/groups-chart.ts).
 */
function dotChart(spec: DotChartSpec, style: NativeChartStyle): NativeChart {
  const height = DOT_CHART_HEIGHT;
  return {
    width: NATIVE_CHART_WIDTH,
    height,
    options: {
      type: 'line',
      ...base(style, NATIVE_CHART_WIDTH, height, true),
      categories: spec.categories,
      series: spec.series.map((entry, index) => ({
        name: entry.name,
        values: entry.values,
        color: seriesColour(style, entry.style, index),
        markers: { shape: markerShape(entry.style, index), size: MARKER_SIZE },
        line: { width: GROUPS_CHART.lineWidth },
      })),
      markers: true,
      categoryAxis: { font: axisFont(), labelRotation: groupsChartLabelAngle(spec.categories) },
      valueAxis: {
        minimum: spec.min,
        maximum: spec.max,
        interval: groupsChartStep(spec.min, spec.max),
        title: { text: spec.axisLabel, font: axisFont() },
        font: axisFont(),
      },
    },
  };
}

/**
 * The largest gaps: each row compares a different pair of groups, so the two ends of a dumbbell
 * are not series; the native chart shows each pair's two scores as "lower" and "higher" bars with
 * the groups named in the category.
 */
function dumbbellChart(spec: DumbbellChartSpec, style: NativeChartStyle): NativeChart {
  const categories = spec.rows.map((row) => `${row.label} (${row.high.name} – ${row.low.name})`);
  const higher = spec.rows.map((row) => row.high.value);
  const lower = spec.rows.map((row) => row.low.value);
  const names = spec.seriesNames;
  return groupBars(
    categories,
    [
      { name: names.higher, values: higher },
      { name: names.lower, values: lower },
    ],
    spec.min,
    spec.max,
    spec.axisLabel,
    style,
  );
}

function divergingChart(spec: DivergingChartSpec, style: NativeChartStyle): NativeChart {
  const chart = groupBars(
    spec.categories,
    spec.series,
    -spec.limit,
    spec.limit,
    spec.axisLabel,
    style,
  );
  if (chart.options.type !== 'bar') return chart;
  return {
    ...chart,
    options: {
      ...chart.options,
      valueAxis: {
        ...chart.options.valueAxis,
        interval: spec.limit <= 1 ? 0.25 : 0.5,
        numberFormat: '+0.00;−0.00;0',
        crossesAt: 'minimum',
      },
      // The bars start at zero; the writer moves the category labels to the left edge.
      categoryAxis: { reverseOrder: true, font: axisFont() },
    },
  };
}

/**
 * Importance against performance: one series per need (so its label is its name and Word's
 * legend is not needed), the two cut-offs as lines, and the quadrant names at the corners.
 */
function scatterChart(spec: ScatterChartSpec, style: NativeChartStyle): NativeChart {
  const width = NATIVE_CHART_WIDTH;
  const height = 430;
  const colour = seriesColour(style, spec.style, 0);
  const [topLeft, topRight, bottomLeft, bottomRight] = spec.quadrantLabels;
  const inset = (spec.max - spec.min) * 0.02;
  const cutOff = (span: number) => ({
    type: 'fixed' as const,
    value: span,
    endCaps: false,
    line: { color: '9AA5AE', width: 1, dash: 'dash' as const },
  });
  const corner = (name: string, x: number, y: number, position: 'right' | 'left') => ({
    name,
    points: [{ x, y }],
    markers: false as const,
    dataLabels: {
      seriesName: true,
      position,
      font: { size: LABEL_FONT - 1, italics: true, color: MUTED },
    },
  });
  return {
    width,
    height,
    options: {
      type: 'scatter',
      ...base(style, width, height, false),
      series: [
        ...spec.points.map((point) => ({
          name: point.label,
          points: [{ x: point.x, y: point.y }],
          color: colour,
          markers: { shape: markerShape(spec.style, 0), size: MARKER_SIZE - 1 },
          dataLabels: { seriesName: true, position: 'right' as const, font: { size: LABEL_FONT } },
        })),
        {
          // The two cut-offs as error bars across the whole plot from the point where they
          // cross: a plain scatter chart, which every reader draws.
          name: `${spec.splitNames.x} / ${spec.splitNames.y}`,
          points: [{ x: spec.xSplit, y: spec.ySplit }],
          markers: false as const,
          dataLabels: false as const,
          xErrorBars: cutOff(spec.max - spec.min),
          yErrorBars: cutOff(spec.max - spec.min),
        },
        corner(topLeft, spec.min + inset, spec.max - inset, 'right'),
        corner(topRight, spec.max - inset, spec.max - inset, 'left'),
        corner(bottomLeft, spec.min + inset, spec.min + inset, 'right'),
        corner(bottomRight, spec.max - inset, spec.min + inset, 'left'),
      ],
      xAxis: {
        minimum: spec.min,
        maximum: spec.max,
        interval: 1,
        title: { text: spec.xLabel, font: axisFont() },
        font: axisFont(),
        gridlines: false,
      },
      yAxis: {
        minimum: spec.min,
        maximum: spec.max,
        interval: 1,
        title: { text: spec.yLabel, font: axisFont() },
        font: axisFont(),
        gridlines: false,
      },
    },
  };
}

/** The native Word chart for a spec, with its size in pixels. */
export function nativeChart(spec: ChartSpec, style: NativeChartStyle): NativeChart {
  switch (spec.type) {
    case 'bars':
      return barChart(spec, style);
    case 'dots':
      return dotChart(spec, style);
    case 'dumbbell':
      return dumbbellChart(spec, style);
    case 'diverging':
      return divergingChart(spec, style);
    case 'scatter':
      return scatterChart(spec, style);
  }
}

/** The run that puts the chart in a paragraph, with its alt text. */
export function nativeChartRun(
  spec: ChartSpec,
  style: NativeChartStyle,
  altText: { name: string; title: string; description: string },
): ChartRun {
  const chart = nativeChart(spec, style);
  return new ChartRun({ ...chart.options, altText } as ChartRunOptions);
}
