/**
 * How wide text is in the report's fonts, read from the installed font files (with fontkit, kept
 * in a cache file: font-metrics.ts): the house style's font when it is installed, else its metric
 * twin (Carlito for Calibri, Liberation Sans for Arial), else an estimate. Used to lay out the pages for the contents' page numbers and
 * to give table columns room for their longest word, so a header never breaks mid-word.
 */
import { defaultCacheDir } from '../paths';
import { textWidth } from './charts/svg';
import { loadFaceMetrics, type FaceMetrics } from './font-metrics';
import { fontFilesOf } from './fonts';

export interface TextMeasure {
  /** Width in points of text at `size` points. */
  width(text: string, size: number, bold?: boolean): number;
  /** Single-spaced line height in points at `size` points (the font's ascent + descent + gap). */
  lineHeight(size: number): number;
}

/** Fonts with the same widths as the fonts Word documents use most. */
const METRIC_TWINS: Record<string, string> = {
  calibri: 'Carlito',
  arial: 'Liberation Sans',
  helvetica: 'Liberation Sans',
  'times new roman': 'Liberation Serif',
  cambria: 'Caladea',
};

const faces = new Map<string, FaceMetrics | null>();

function openFace(path: string): FaceMetrics | null {
  if (faces.has(path)) return faces.get(path)!;
  const face = loadFaceMetrics(path, defaultCacheDir());
  faces.set(path, face);
  return face;
}

function faceFiles(family: string): { regular: string | null; bold: string | null } {
  const files = fontFilesOf(family);
  const name = (file: string) => (file.split(/[\\/]/).pop() ?? '').toLowerCase();
  const regular =
    files.find((file) => !/bold|italic|oblique|light|condensed|semibold/.test(name(file))) ??
    files[0] ??
    null;
  const bold =
    files.find((file) => /bold/.test(name(file)) && !/italic|oblique|semi/.test(name(file))) ??
    regular;
  return { regular, bold };
}

const measures = new Map<string, TextMeasure>();

/** The measure of a font family (cached per process). */
export function textMeasure(family: string): TextMeasure {
  const known = measures.get(family);
  if (known) return known;
  let files = faceFiles(family);
  if (!files.regular) {
    const twin = METRIC_TWINS[family.toLowerCase()];
    if (twin) files = faceFiles(twin);
  }
  if (!files.regular) files = faceFiles('Carlito');
  const regular = files.regular ? openFace(files.regular) : null;
  const bold = files.bold ? openFace(files.bold) : regular;
  const measure: TextMeasure = regular
    ? {
        width(text, size, isBold = false) {
          const face = (isBold ? bold : regular) ?? regular;
          let em = 0;
          for (const char of text) em += face.advance(char.codePointAt(0) ?? 32);
          return em * size;
        },
        lineHeight: (size) => regular.lineHeight * size,
      }
    : {
        // No font file at all: the charts' rough estimate, a little wider for safety.
        width: (text, size, isBold = false) => textWidth(text, size) * (isBold ? 1.08 : 1.02),
        lineHeight: (size) => 1.22 * size,
      };
  measures.set(family, measure);
  return measure;
}
