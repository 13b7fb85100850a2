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
  /**
   * The statement's stable identity: kept by new versions and by copies, so answers given to
   * "the same statement" can be compared across them (e.g. "klantgerichtheidsscan/KK1").
   * Unique within the instrument.
   */
  id: string;
  /**
   * For a customer version: the id of the staff statement this one mirrors (statement by
   * statement, never by code). Null when the statement has no counterpart.
   */
  linkedTo: string | null;
  /** Unique within the instrument, e.g. "KK1": the column header in imports and exports. */
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
  /**
   * The instrument family: the staff instrument and its customer versions and copies, whose
   * statements may be compared with each other. Only instruments of one family are ever
   * combined in an analysis. Defaults to `id`.
   */
  family: string;
  /** Lineage of a copy: the instrument and version it was copied from. */
  derivedFrom: { id: string; version: number } | null;
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
/** Items answered with a number (every kind but open): the columns of every answer matrix. */
export function isScoredItem(item: Pick<Item, 'kind'>): boolean {
  return item.kind !== 'open';
}

/** The scored items' codes in questionnaire order. */
export function scoredItemCodes(instrument: Pick<Instrument, 'items'>): string[] {
  return instrument.items.filter(isScoredItem).map((item) => item.code);
}

export function localized(text: LocalizedText, language: Language): string {
  return text[language] || text[language === 'nl' ? 'en' : 'nl'];
}

/** The id a statement gets when its file gives none: the instrument's id and the item code. */
export function defaultStatementId(instrumentId: string, code: string): string {
  return `${instrumentId}/${code}`;
}

/**
 * The identity a statement is compared under: the staff statement it is linked to, or else its
 * own id. Two items with the same comparison id are the same statement.
 */
export function comparisonId(item: Pick<Item, 'id' | 'linkedTo'>): string {
  return item.linkedTo ?? item.id;
}

type StoredItem = Omit<Item, 'id' | 'linkedTo'> & Partial<Pick<Item, 'id' | 'linkedTo'>>;
export type StoredInstrument = Omit<Instrument, 'family' | 'derivedFrom' | 'items'> &
  Partial<Pick<Instrument, 'family' | 'derivedFrom'>> & { items: StoredItem[] };

/**
 * Instruments stored before statements had ids (workspaces and archives of earlier versions)
 * get them here, by the same rule the file reader uses, so every instrument in memory has them.
 */
export function withIdentity(stored: StoredInstrument): Instrument {
  return {
    ...stored,
    family: stored.family ?? stored.id,
    derivedFrom: stored.derivedFrom ?? null,
    items: stored.items.map((item) => ({
      ...item,
      id: item.id ?? defaultStatementId(stored.id, item.code),
      linkedTo: item.linkedTo ?? null,
    })),
  };
}
