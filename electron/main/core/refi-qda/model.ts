/**
 * The part of a REFI-QDA project (the exchange format of MAXQDA, ATLAS.ti, NVivo and others,
 * https://www.qdasoftware.org) that Klantspiegel writes and reads: a codebook of codes with
 * colours and sub-codes, text sources with their coded selections, and notes (memos) about the
 * project, a source or a code. Positions in the text count Unicode code points, as the standard
 * says; Klantspiegel's own ranges count UTF-16 units, so every crossing converts.
 */
import { createHash } from 'node:crypto';
import { OUTPUT_TEXT } from '@shared/i18n/output';
import { inBothLanguages } from '@shared/i18n/texts';

export interface QdaCode {
  guid: string;
  name: string;
  /** "#rrggbb", or null when the code has none. */
  colour: string | null;
  description: string;
  children: QdaCode[];
  noteGuids: string[];
}

export interface QdaSelection {
  guid: string;
  /** Klantspiegel names a selection that is a quote "Citaat" / "Quote" (see QUOTE_NAMES). */
  name: string;
  /** Code points, from the first selected character up to (not including) `end`. */
  start: number;
  end: number;
  codeGuids: string[];
}

export interface QdaVariableValue {
  variableGuid: string;
  value: string;
}

export interface QdaVariable {
  guid: string;
  name: string;
  type: 'Text' | 'Date';
}

export interface QdaSource {
  guid: string;
  name: string;
  text: string;
  selections: QdaSelection[];
  noteGuids: string[];
  variables: QdaVariableValue[];
}

export interface QdaNote {
  guid: string;
  name: string;
  text: string;
}

export interface QdaProject {
  name: string;
  origin: string;
  createdAt: string;
  user: { guid: string; name: string };
  codes: QdaCode[];
  variables: QdaVariable[];
  sources: QdaSource[];
  notes: QdaNote[];
  /** Notes about the project as a whole. */
  projectNoteGuids: string[];
}

/** Selection names that mark a quote (Klantspiegel writes the one in the engagement's language). */
export const QUOTE_NAMES = inBothLanguages(OUTPUT_TEXT, (texts) => texts.refiQda.quote);

/**
 * A GUID that is the same every time for the same thing (so two exports of an unchanged
 * engagement are identical): a name-based UUID (version 5 layout) from a SHA-1 of its name.
 */
export function stableGuid(...parts: (string | number)[]): string {
  const hash = createHash('sha1').update(parts.join('\u0000')).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** UTF-16 offset → code point offset in `text`. */
export function toCodePoints(text: string, utf16: number): number {
  let count = 0;
  for (let index = 0; index < utf16 && index < text.length; index++) {
    const code = text.charCodeAt(index);
    // The second half of a surrogate pair belongs to the code point already counted.
    if (code >= 0xdc00 && code <= 0xdfff && index > 0) {
      const before = text.charCodeAt(index - 1);
      if (before >= 0xd800 && before <= 0xdbff) continue;
    }
    count++;
  }
  return count;
}

/** Code point offset → UTF-16 offset in `text` (clamped to the text). */
export function toUtf16(text: string, codePoints: number): number {
  let index = 0;
  for (let counted = 0; counted < codePoints && index < text.length; counted++) {
    const code = text.codePointAt(index)!;
    index += code > 0xffff ? 2 : 1;
  }
  return index;
}

/** "#abc" and "#AABBCC" as "#aabbcc"; null for anything that is no RGB colour. */
export function normaliseColour(value: string | null | undefined): string | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value?.trim() ?? '');
  if (!match) return null;
  const hex = match[1]!.length === 3 ? [...match[1]!].map((c) => c + c).join('') : match[1]!;
  return `#${hex.toLowerCase()}`;
}
