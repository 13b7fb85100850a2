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

/**
 * The ink of charts (text, axes, grid lines, the quadrants of a grid). Literal values, not CSS
 * variables: exported SVG and PNG files must look the same outside the app. They match the
 * tokens in styles/tokens.css.
 */
export const CHART_INK = {
  text: '#1d2733',
  muted: '#5b6776',
  axisLabel: '#44505e',
  grid: '#d6dbe1',
  gridSoft: '#eef0f3',
  background: '#ffffff',
  zeroLine: '#1d2733',
  faintMarker: '#8a96a3',
  /** The four quadrants of an importance–performance grid. */
  quadrantConcentrate: '#fbe3d6',
  quadrantKeep: '#dcebf6',
  quadrantLow: '#f1f2f4',
  quadrantOverkill: '#f6f0d8',
} as const;

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

type Rgb = [number, number, number];

function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function rgbToHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((part) => Math.round(part).toString(16).padStart(2, '0')).join('')}`;
}

function mix(from: string, to: string, share: number): string {
  const a = hexToRgb(from);
  const b = hexToRgb(to);
  return rgbToHex([0, 1, 2].map((i) => a[i]! + (b[i]! - a[i]!) * share) as Rgb);
}

// A darker vermillion than Okabe–Ito's, so white numbers on it stay readable (4.5:1).
const DIVERGING_LOW = '#B34700';
const DIVERGING_MID = '#D9D9D9';
const DIVERGING_HIGH = '#0072B2';

/**
 * `count` colours for the points of an answer scale, from disagree (vermillion) through a light
 * neutral middle to agree (blue): a diverging scale that colour-blind readers can follow.
 */
export function divergingColours(count: number): string[] {
  if (count <= 0) return [];
  if (count === 1) return [DIVERGING_MID];
  const middle = (count - 1) / 2;
  return Array.from({ length: count }, (_, index) => {
    if (index === middle) return DIVERGING_MID;
    // The ends stay saturated; points next to the middle get lighter.
    if (index < middle) return readableMix(DIVERGING_LOW, (index / middle) * 0.8);
    return readableMix(DIVERGING_HIGH, ((count - 1 - index) / middle) * 0.8);
  });
}

/**
 * The end colour mixed toward the middle by `share`, lightened further where needed so that
 * dark or white numbers on it reach WCAG's 4.5:1 (mid-tones reach it with neither).
 */
function readableMix(end: string, share: number): string {
  for (let next = share; next < 1; next += 0.05) {
    const colour = mix(end, DIVERGING_MID, next);
    if (contrastRatio(colour, textColourOn(colour)) >= 4.5) return colour;
  }
  return DIVERGING_MID;
}

function luminance(colour: string): number {
  const [r, g, b] = hexToRgb(colour).map((part) => {
    const channel = part / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Dark text or white, whichever has the higher contrast on the given background colour. */
export function textColourOn(background: string): string {
  return contrastRatio(background, CHART_INK.text) >= contrastRatio(background, '#ffffff')
    ? CHART_INK.text
    : '#ffffff';
}
