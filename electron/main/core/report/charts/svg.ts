/**
 * Small helpers for hand-written SVG charts: escaping, text wrapping by estimated width, axis
 * ticks and legends. Charts are drawn at a fixed size in CSS pixels (96 per inch), the size they
 * get in Word, so text in them reads at the size of the document's captions.
 */
import type { MarkerShape } from '@shared/charts/group-style';
import { markerGeometry, svgPoints } from '@shared/charts/marker';

export interface ChartStyle {
  /** Font family list for SVG, e.g. "Calibri, Carlito, 'Liberation Sans', Arial, sans-serif". */
  fontFamily: string;
  /** The house style's accent colour: single-series bars. */
  accent: string;
  /** Okabe–Ito colours for groups and series. */
  palette: readonly string[];
}

export const CHART_WIDTH = 600;
export const FONT_SIZE = 12;
export const SMALL_FONT_SIZE = 11;
export const TEXT_COLOUR = '#1d2733';
export const MUTED_COLOUR = '#5b6770';
export const GRID_COLOUR = '#d9dde1';
export const REFERENCE_COLOUR = '#1d2733';

/** Okabe & Ito (2008), without yellow (too light on white) and with black last. */
export const OKABE_ITO = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#D55E00',
  '#56B4E9',
  '#8C7A00',
  '#000000',
] as const;

/** Marker shapes that tell series apart without colour. */
export const MARKERS: readonly MarkerShape[] = ['circle', 'square', 'triangle', 'diamond'];
export type { MarkerShape };

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A fixed number of decimals keeps the SVG small and its output stable across runs. */
export const px = (value: number) => Number(value.toFixed(2));

/** Rough text width: good enough to wrap labels and size columns (no font metrics in main). */
export function textWidth(text: string, size = FONT_SIZE): number {
  let units = 0;
  for (const char of text) {
    if (/[ilIj.,;:'’!|()[\]]/.test(char)) units += 0.3;
    else if (/[mwMW@]/.test(char)) units += 0.85;
    else if (/[A-Z0-9]/.test(char)) units += 0.64;
    else if (char === ' ') units += 0.28;
    else units += 0.52;
  }
  return units * size;
}

/** Splits a label into at most `maxLines` lines of at most `width` px; the last line may be cut. */
export function wrapText(text: string, width: number, maxLines = 2, size = FONT_SIZE): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size) <= width || !line) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`;
  while (textWidth(`${last}…`, size) > width && last.length > 1) last = last.slice(0, -1).trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

export function text(
  x: number,
  y: number,
  content: string,
  options: {
    anchor?: 'start' | 'middle' | 'end';
    size?: number;
    colour?: string;
    weight?: 'normal' | 'bold';
    baseline?: 'middle' | 'auto' | 'hanging';
  } = {},
): string {
  const attributes = [
    `x="${px(x)}"`,
    `y="${px(y)}"`,
    options.anchor && options.anchor !== 'start' ? `text-anchor="${options.anchor}"` : '',
    options.size && options.size !== FONT_SIZE ? `font-size="${options.size}"` : '',
    options.colour && options.colour !== TEXT_COLOUR ? `fill="${options.colour}"` : '',
    options.weight === 'bold' ? 'font-weight="bold"' : '',
    options.baseline === 'middle' ? 'dominant-baseline="central"' : '',
  ].filter(Boolean);
  return `<text ${attributes.join(' ')}>${escapeXml(content)}</text>`;
}

/** Multi-line text, vertically centred on `y`. */
export function textLines(
  x: number,
  y: number,
  lines: string[],
  options: { anchor?: 'start' | 'middle' | 'end'; size?: number; colour?: string } = {},
): string {
  const size = options.size ?? FONT_SIZE;
  const lineHeight = size * 1.2;
  const top = y - ((lines.length - 1) * lineHeight) / 2;
  return lines
    .map((line, index) =>
      text(x, top + index * lineHeight, line, { ...options, baseline: 'middle' }),
    )
    .join('');
}

export function marker(shape: MarkerShape, x: number, y: number, r: number, fill: string): string {
  const stroke = `stroke="#ffffff" stroke-width="1"`;
  const geometry = markerGeometry(shape, x, y, r);
  return geometry.kind === 'circle'
    ? `<circle cx="${px(geometry.cx)}" cy="${px(geometry.cy)}" r="${px(geometry.r)}" fill="${fill}" ${stroke}/>`
    : `<polygon points="${svgPoints(geometry.points)}" fill="${fill}" ${stroke}/>`;
}

export interface LegendEntry {
  label: string;
  colour: string;
  shape: MarkerShape | 'bar' | 'line';
}

/** A legend on one or more rows from `top`; returns its SVG and height. */
export function legend(entries: LegendEntry[], left: number, top: number, width: number) {
  const parts: string[] = [];
  let x = left;
  let y = top + 8;
  for (const entry of entries) {
    const entryWidth = 18 + textWidth(entry.label) + 18;
    if (x + entryWidth > left + width && x > left) {
      x = left;
      y += 18;
    }
    if (entry.shape === 'bar') {
      parts.push(
        `<rect x="${px(x)}" y="${px(y - 5)}" width="12" height="10" fill="${entry.colour}"/>`,
      );
    } else if (entry.shape === 'line') {
      parts.push(
        `<line x1="${px(x + 6)}" y1="${px(y - 7)}" x2="${px(x + 6)}" y2="${px(y + 7)}" stroke="${entry.colour}" stroke-width="2.5"/>`,
      );
    } else {
      parts.push(marker(entry.shape, x + 6, y, 5, entry.colour));
    }
    parts.push(text(x + 18, y, entry.label, { baseline: 'middle' }));
    x += entryWidth;
  }
  return { svg: parts.join(''), height: y - top + 12 };
}

/** Ticks from min to max: whole points on a rating scale, ~5 nice steps otherwise. */
export function ticks(min: number, max: number): number[] {
  const span = max - min;
  if (span <= 0) return [min];
  const rough = span / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step =
    [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((s) => s >= rough) ?? rough;
  const result: number[] = [];
  for (let value = Math.ceil(min / step) * step; value <= max + step * 1e-9; value += step) {
    result.push(Number(value.toFixed(6)));
  }
  return result;
}

/** Wraps chart content in an SVG element with a white background and the chart font. */
export function svgDocument(
  width: number,
  height: number,
  body: string,
  style: ChartStyle,
): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${px(height)}" ` +
    `viewBox="0 0 ${width} ${px(height)}" font-family="${escapeXml(style.fontFamily)}" ` +
    `font-size="${FONT_SIZE}" fill="${TEXT_COLOUR}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${body}</svg>`
  );
}
