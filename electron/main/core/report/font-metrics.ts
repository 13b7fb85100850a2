/**
 * The few numbers of a TrueType/OpenType font file the page estimate needs: units per em, the
 * line's ascent, descent and gap (hhea, as Word and fontkit take them) and each character's
 * advance width (cmap → glyph → hmtx). Read straight from the file's tables (OpenType spec:
 * "head", "hhea", "hmtx", "cmap" formats 4 and 12; a collection's first font), because loading
 * fontkit for these alone cost a command-line report about 100 ms, more than the whole page
 * estimate; test/unit/report/font-metrics.test.ts checks every width against fontkit's.
 */
import { readFileSync } from 'node:fs';

export interface FontMetrics {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  /** Advance width of a character in font units (the missing glyph's for one the font lacks). */
  advance(codePoint: number): number;
}

/** The metrics of the first font in a .ttf, .otf or .ttc file; null when it cannot be read. */
export function readFontMetrics(path: string): FontMetrics | null {
  try {
    return parseFontMetrics(readFileSync(path));
  } catch {
    return null;
  }
}

/** TrueType outlines, CFF outlines (OpenType), Apple's TrueType, and a collection. */
const SIGNATURES = new Set(['\u0000\u0001\u0000\u0000', 'OTTO', 'true', 'ttcf']);

/** The metrics of the first font in a font file's bytes; null when they are not a font. */
export function parseFontMetrics(bytes: Uint8Array): FontMetrics | null {
  try {
    return parse(bytes);
  } catch {
    // A table pointing outside the file: not a font we can read.
    return null;
  }
}

function parse(bytes: Uint8Array): FontMetrics | null {
  if (bytes.length < 12) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (offset: number) =>
    String.fromCharCode(bytes[offset]!, bytes[offset + 1]!, bytes[offset + 2]!, bytes[offset + 3]!);
  if (!SIGNATURES.has(tag(0))) return null;
  // A collection ("ttcf") lists its fonts' offsets; the first font is the one fontkit gives.
  const font = tag(0) === 'ttcf' ? view.getUint32(12) : 0;
  const tableCount = view.getUint16(font + 4);
  const tables = new Map<string, number>();
  for (let index = 0; index < tableCount; index++) {
    const record = font + 12 + index * 16;
    tables.set(tag(record), view.getUint32(record + 8));
  }
  const head = tables.get('head');
  const hhea = tables.get('hhea');
  const hmtx = tables.get('hmtx');
  const cmap = tables.get('cmap');
  if (head === undefined || hhea === undefined || hmtx === undefined || cmap === undefined) {
    return null;
  }
  const metricCount = view.getUint16(hhea + 34);
  if (metricCount === 0) return null;
  const glyphOf = characterMap(view, cmap);
  if (!glyphOf) return null;
  const advanceOf = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, metricCount - 1));
  return {
    unitsPerEm: view.getUint16(head + 18),
    ascent: view.getInt16(hhea + 4),
    descent: view.getInt16(hhea + 6),
    lineGap: view.getInt16(hhea + 8),
    advance: (codePoint) => advanceOf(glyphOf(codePoint)),
  };
}

/**
 * The font's Unicode character map: a full-repertoire table (format 12) when there is one, else
 * the Basic Multilingual Plane's (format 4), as fontkit picks them.
 */
function characterMap(view: DataView, cmap: number): ((codePoint: number) => number) | null {
  const count = view.getUint16(cmap + 2);
  const subtables: { platform: number; encoding: number; offset: number }[] = [];
  for (let index = 0; index < count; index++) {
    const record = cmap + 4 + index * 8;
    subtables.push({
      platform: view.getUint16(record),
      encoding: view.getUint16(record + 2),
      offset: cmap + view.getUint32(record + 4),
    });
  }
  const format = (offset: number) => view.getUint16(offset);
  const unicode = (entry: { platform: number; encoding: number }) =>
    entry.platform === 0 ||
    (entry.platform === 3 && (entry.encoding === 1 || entry.encoding === 10));
  const full = subtables.find((entry) => unicode(entry) && format(entry.offset) === 12);
  if (full) return format12(view, full.offset);
  const basic = subtables.find((entry) => unicode(entry) && format(entry.offset) === 4);
  return basic ? format4(view, basic.offset) : null;
}

function format4(view: DataView, table: number): (codePoint: number) => number {
  const segments = view.getUint16(table + 6) / 2;
  const ends = table + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let segment = 0; segment < segments; segment++) {
      if (codePoint > view.getUint16(ends + segment * 2)) continue;
      const start = view.getUint16(starts + segment * 2);
      if (codePoint < start) return 0;
      const delta = view.getInt16(deltas + segment * 2);
      const rangeOffsetAt = rangeOffsets + segment * 2;
      const rangeOffset = view.getUint16(rangeOffsetAt);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsetAt + rangeOffset + (codePoint - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

function format12(view: DataView, table: number): (codePoint: number) => number {
  const groups = view.getUint32(table + 12);
  return (codePoint) => {
    let low = 0;
    let high = groups - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const group = table + 16 + middle * 12;
      if (codePoint < view.getUint32(group)) high = middle - 1;
      else if (codePoint > view.getUint32(group + 4)) low = middle + 1;
      else return view.getUint32(group + 8) + (codePoint - view.getUint32(group));
    }
    return 0;
  };
}
