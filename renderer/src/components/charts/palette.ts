/**
 * Colours for charts that stay distinguishable with the common forms of colour blindness: the
 * Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008). Series also differ in line
 * dash, so a chart printed in black and white or read by someone who sees no colour at all still
 * tells its lines apart.
 */

/** Okabe–Ito, ordered so neighbouring series contrast well on white. */
export const CHART_PALETTE = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#D55E00', // vermillion
  '#56B4E9', // sky blue
  '#8C7A00', // dark yellow (Okabe–Ito yellow #F0E442 is too light for lines on white)
  '#000000', // black
] as const;

/** For a series that sums up the others (the whole engagement, a norm): dark neutral grey. */
export const NEUTRAL_SERIES_COLOUR = '#4D4D4D';

/** SVG stroke-dasharray values; '' is a solid line. */
export const CHART_DASHES = [
  '',
  '6 3',
  '2 3',
  '8 3 2 3',
  '4 4',
  '10 4',
  '1 2',
  '12 3 3 3',
] as const;

export interface SeriesStyle {
  colour: string;
  /** stroke-dasharray for lines and outlines; '' for solid. */
  dash: string;
}

/** The colour and dash of the n-th series (0-based), cycling when there are more than eight. */
export function seriesStyle(index: number): SeriesStyle {
  const colour = CHART_PALETTE[index % CHART_PALETTE.length] ?? CHART_PALETTE[0];
  const dash = CHART_DASHES[index % CHART_DASHES.length] ?? '';
  return { colour, dash };
}

// The diverging scale and the text colour on a background are shared with the report.
export { divergingColours, textColourOn } from '@shared/report/colours';
