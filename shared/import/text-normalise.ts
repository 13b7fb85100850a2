/**
 * Text normalisation for matching headers, labels and group names that people typed by hand.
 * "Wát klanten écht willen, is...?" and "wat klanten echt willen is" compare equal.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Lower case, accents removed, punctuation as single spaces, trimmed. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(NON_WORD, ' ')
    .trim();
}

/** Like `normaliseText` without any spaces: "N.v.t." and "n v t" both become "nvt". */
export function compactKey(text: string): string {
  return normaliseText(text).replace(/ /g, '');
}

/** The words of a normalised text. */
export function words(text: string): string[] {
  const normalised = normaliseText(text);
  return normalised === '' ? [] : normalised.split(' ');
}
