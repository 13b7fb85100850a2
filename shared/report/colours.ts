/**
 * Colour scales every surface shares (the app's charts, the report's Word tables and charts, the
 * deck): a diverging scale that colour-blind readers can follow, the heatmap's cell colour, and
 * the text colour that reads on a background.
 */
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

const DIVERGING_LOW = '#D55E00';
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
    if (index < middle) return mix(DIVERGING_LOW, DIVERGING_MID, (index / middle) * 0.8);
    return mix(DIVERGING_HIGH, DIVERGING_MID, ((count - 1 - index) / middle) * 0.8);
  });
}

/** Black or white, whichever reads better on the given background colour. */
export function textColourOn(background: string): string {
  const [r, g, b] = hexToRgb(background).map((part) => {
    const channel = part / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.4 ? '#1d2733' : '#ffffff';
}

/** Nine steps from "well below the others" through neutral to "well above the others". */
const HEAT_STEPS = divergingColours(9);
const NEUTRAL_STEP = 4;
const MISSING_FILL = '#ffffff';

/**
 * A heatmap cell's colour: how far the group is from the average of the compared groups on that
 * dimension, with full colour at the notable difference (one third of the scale range).
 */
export function heatColour(deviation: number | null, notableDiff: number): string {
  if (deviation === null || !Number.isFinite(deviation)) return MISSING_FILL;
  const share = Math.max(-1, Math.min(1, deviation / notableDiff));
  return HEAT_STEPS[NEUTRAL_STEP + Math.round(share * NEUTRAL_STEP)] ?? HEAT_STEPS[NEUTRAL_STEP]!;
}
