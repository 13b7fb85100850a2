/**
 * The normalised, in-memory shape of a questionnaire instrument.
 *
 * The JSON file format (see docs/instrument.schema.json) is more lenient: texts may be plain
 * strings, most fields are optional. `parseInstrumentFile` (instrument-file.ts) turns a file into
 * this shape; everything else in the app works only with this shape.
 */

export type Language = 'nl' | 'en';
export const LANGUAGES: readonly Language[] = ['nl', 'en'];

/** A text in both UI languages. After normalisation both are non-empty (one may copy the other). */
export interface LocalizedText {
  nl: string;
  en: string;
}

/**
 * - `likert`: an agree/disagree statement that counts towards its dimension's score.
 * - `importance`: how important a customer need is (perception-gap work); not in dimension scores.
 * - `performance`: how well the supplier performs on a customer need (customers only).
 * - `open`: free text, never scored.
 */
export type ItemKind = 'likert' | 'importance' | 'performance' | 'open';

export interface ScalePoint {
  value: number;
  label: LocalizedText;
}

export interface Scale {
  min: number;
  max: number;
  /** Labels of the points, ascending by value. May be empty (numbers only). */
  points: ScalePoint[];
  /** When set, the questionnaire offers a "don't know" answer that is stored as missing. */
  dontKnow: LocalizedText | null;
}

export interface Item {
  /** Unique within the instrument, e.g. "KK1". Parallel staff/customer items share their code. */
  code: string;
  kind: ItemKind;
  text: LocalizedText;
  /** Dimension code for `likert` items; null for the other kinds. */
  dimension: string | null;
  /** Reverse-coded: answers become `min + max − x` before anything else. Only for `likert`. */
  reverse: boolean;
  /** Customer-need code for `importance` and `performance` items; null otherwise. */
  need: string | null;
}

export interface Dimension {
  code: string;
  name: LocalizedText;
  description: LocalizedText | null;
}

export interface CustomerNeed {
  code: string;
  name: LocalizedText;
}

export type Audience = 'staff' | 'customer';

export interface Instrument {
  /** Stable identifier shared by all versions, e.g. "klantgerichtheidsscan". */
  id: string;
  /** Increases by one each time a locked instrument is edited. */
  version: number;
  name: LocalizedText;
  description: LocalizedText | null;
  audience: Audience;
  /** Scale of the likert items. */
  scale: Scale;
  /** Scale of importance/performance items; defaults to `scale` when the file has none. */
  needsScale: Scale;
  dimensions: Dimension[];
  needs: CustomerNeed[];
  /** All items in questionnaire order. */
  items: Item[];
}

/** Picks the text in the wanted language, falling back to the other one. */
export function localized(text: LocalizedText, language: Language): string {
  return text[language] || text[language === 'nl' ? 'en' : 'nl'];
}
