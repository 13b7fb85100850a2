/**
 * What a chart shows, independent of how it is drawn: main turns a spec into SVG (and a PNG
 * fallback) for Word and for the preview. Values are plain numbers; labels are already in the
 * report's language.
 */
import type { MarkerShape } from '../charts/group-style';

/** A group's colour and marker, the same as on screen (shared/charts/group-style.ts). */
export interface SeriesStyle {
  colour: string;
  shape: MarkerShape;
}

export interface ChartSeries {
  name: string;
  values: (number | null)[];
  /** The group's own style; without it the house palette by position. */
  style?: SeriesStyle;
}

/** Horizontal bars per category, with an optional reference mark per category (the norm). */
export interface BarChartSpec {
  type: 'bars';
  categories: string[];
  series: ChartSeries[];
  reference: ChartSeries | null;
  min: number;
  max: number;
  axisLabel: string;
  digits: number;
}

/** One row per category, a dot per series (group): where groups stand on each dimension. */
export interface DotChartSpec {
  type: 'dots';
  categories: string[];
  series: ChartSeries[];
  min: number;
  max: number;
  axisLabel: string;
}

/** One row per gap: the lower and the higher group's score joined by a line. */
export interface DumbbellChartSpec {
  type: 'dumbbell';
  rows: {
    label: string;
    low: { name: string; value: number; style?: SeriesStyle };
    high: { name: string; value: number; style?: SeriesStyle };
  }[];
  /** Legend names of the two ends in a native chart ("Higher group", "Lower group"). */
  seriesNames: { higher: string; lower: string };
  min: number;
  max: number;
  axisLabel: string;
}

/** Differences around zero per category, one bar per series (internal group − customers). */
export interface DivergingChartSpec {
  type: 'diverging';
  categories: string[];
  series: ChartSeries[];
  /** Symmetric axis limit in points. */
  limit: number;
  axisLabel: string;
  negativeLabel: string;
  positiveLabel: string;
}

/**
 * The Importance–Performance grid as shared/gaps/ipa.ts defines it: performance (x) against
 * importance (y), split into four quadrants at the stated cut-offs.
 */
export interface ScatterChartSpec {
  type: 'scatter';
  points: { label: string; x: number; y: number }[];
  xSplit: number;
  ySplit: number;
  min: number;
  max: number;
  xLabel: string;
  yLabel: string;
  /** Top-left, top-right, bottom-left, bottom-right. */
  quadrantLabels: [string, string, string, string];
  /** Names of the two cut-off lines (in a native chart's data). */
  splitNames: { x: string; y: string };
  /** The cut-offs in words, printed under the grid. */
  cutOffNote: string;
  /** The group's marker. */
  style?: SeriesStyle;
}

export type ChartSpec =
  BarChartSpec | DotChartSpec | DumbbellChartSpec | DivergingChartSpec | ScatterChartSpec;
