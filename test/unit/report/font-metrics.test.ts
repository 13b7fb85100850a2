/**
 * The page estimate's font reader (font-metrics.ts) against fontkit, on the fonts installed here
 * (Carlito, DejaVu, LibreOffice's): units per em, the line's ascent, descent and gap, and the
 * advance width of every character a Dutch or English report can hold, plus characters the fonts
 * lack and ones outside the Basic Multilingual Plane; and the first font of a collection (.ttc).
 */
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { parseFontMetrics, readFontMetrics } from '@main/core/report/font-metrics';
import { fontFilesOf } from '@main/core/report/fonts';

const FAMILIES = ['Carlito', 'DejaVu Sans', 'DejaVu Serif', 'Liberation Sans', 'opens___'];
const installed = FAMILIES.flatMap((family) => fontFilesOf(family)).filter((file) =>
  /\.(ttf|otf)$/i.test(file),
);

/** Latin with its supplements and extensions, punctuation, currency, and a few beyond. */
const CODE_POINTS = [
  ...Array.from({ length: 0x250 - 0x20 }, (_, index) => 0x20 + index),
  ...Array.from({ length: 0x2070 - 0x2000 }, (_, index) => 0x2000 + index),
  0x20ac,
  0x2122,
  0x2190,
  0x2192,
  0x2212,
  0x25cf,
  0x3042,
  0xfffd,
  0x1f600,
  0x1d400,
];

function fontkitFont(bytes: Uint8Array) {
  const opened = fontkit.create(Buffer.from(bytes));
  return 'fonts' in opened ? opened.fonts[0]! : opened;
}

function expectSameAsFontkit(bytes: Uint8Array) {
  const ours = parseFontMetrics(bytes)!;
  const theirs = fontkitFont(bytes);
  expect(ours).not.toBeNull();
  expect([ours.unitsPerEm, ours.ascent, ours.descent, ours.lineGap]).toEqual([
    theirs.unitsPerEm,
    theirs.ascent,
    theirs.descent,
    theirs.lineGap,
  ]);
  const widths = (advance: (codePoint: number) => number) =>
    CODE_POINTS.map((codePoint) => `${codePoint.toString(16)}:${advance(codePoint)}`);
  expect(widths((codePoint) => ours.advance(codePoint))).toEqual(
    widths((codePoint) => theirs.glyphForCodePoint(codePoint).advanceWidth),
  );
}

/** A font collection holding `font` as its only font: the TTC header, the tables moved along. */
function asCollection(font: Uint8Array): Uint8Array {
  const header = 16;
  const bytes = new Uint8Array(header + font.length);
  const view = new DataView(bytes.buffer);
  bytes.set([0x74, 0x74, 0x63, 0x66], 0); // "ttcf"
  view.setUint32(4, 0x00010000);
  view.setUint32(8, 1);
  view.setUint32(12, header);
  bytes.set(font, header);
  const tables = view.getUint16(header + 4);
  for (let index = 0; index < tables; index++) {
    const record = header + 12 + index * 16;
    view.setUint32(record + 8, view.getUint32(record + 8) + header);
  }
  return bytes;
}

describe('font metrics read from the font file', () => {
  it.skipIf(installed.length === 0)(
    'equal fontkit’s for every installed test font (none installed: skipped)',
    () => {
      for (const file of installed) expectSameAsFontkit(readFileSync(file));
    },
  );

  it.skipIf(installed.length === 0)(
    'read the first font of a collection as fontkit does (none installed: skipped)',
    () => {
      expectSameAsFontkit(asCollection(readFileSync(installed[0]!)));
    },
  );

  it('give no metrics for a file that is not a font, so the estimate takes over', () => {
    expect(parseFontMetrics(new TextEncoder().encode('not a font at all, just text'))).toBeNull();
    expect(readFontMetrics('/no/such/font.ttf')).toBeNull();
  });
});
