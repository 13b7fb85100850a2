/**
 * Answer labels as survey tools write them ("Helemaal mee eens", "Strongly agree", "N.v.t.") and
 * the numbers they stand for on an instrument's scale.
 */
import type { Instrument, Item, Scale } from '../questionnaire/instrument';
import { compactKey } from './text-normalise';

/** A label stands for a scale value, or for "no answer" (don't know / not applicable). */
export type LabelValue = number | 'missing';

/**
 * Which of the instrument's two scales a column answers on: agreement for likert items, the
 * needs scale for importance and performance items. The same word can mean different values on
 * each ("Zeer" is 5 on an importance scale), so labels are mapped per scale.
 */
export type LabelScale = 'likert' | 'needs';

export function labelScaleOf(item: Item): LabelScale {
  return item.kind === 'likert' ? 'likert' : 'needs';
}

/** Spellings that normalise equal are one label; the same words on the two scales are two. */
export function labelKey(labelScale: LabelScale, text: string): string {
  return `${labelScale}:${compactKey(text) || text.trim()}`;
}

export function scaleFor(instrument: Instrument, labelScale: LabelScale): Scale {
  return labelScale === 'likert' ? instrument.scale : instrument.needsScale;
}

/**
 * Common wordings per position on the scale, lowest first, for the scale sizes survey tools
 * use. Agreement, importance and performance wordings share a position, so one table serves
 * likert items and customer-need items alike.
 */
const COMMON_LABELS: Record<number, readonly (readonly string[])[]> = {
  4: [
    ['Helemaal mee oneens', 'Zeer mee oneens', 'Helemaal oneens', 'Strongly disagree'],
    ['Mee oneens', 'Niet mee eens', 'Oneens', 'Disagree'],
    ['Mee eens', 'Eens', 'Agree'],
    ['Helemaal mee eens', 'Zeer mee eens', 'Helemaal eens', 'Strongly agree'],
  ],
  5: [
    [
      'Helemaal mee oneens',
      'Zeer mee oneens',
      'Helemaal oneens',
      'Zeer oneens',
      'Volledig mee oneens',
      'Totaal mee oneens',
      'Strongly disagree',
      'Completely disagree',
      'Helemaal niet belangrijk',
      'Zeer onbelangrijk',
      'Not at all important',
      'Very unimportant',
      'Zeer slecht',
      'Heel slecht',
      'Very poor',
      'Very bad',
    ],
    [
      'Mee oneens',
      'Niet mee eens',
      'Oneens',
      'Disagree',
      'Onbelangrijk',
      'Niet belangrijk',
      'Unimportant',
      'Not important',
      'Slecht',
      'Poor',
      'Bad',
    ],
    [
      'Neutraal',
      'Niet eens, niet oneens',
      'Niet mee eens, niet mee oneens',
      'Noch eens, noch oneens',
      'Eens noch oneens',
      'Neutral',
      'Neither agree nor disagree',
      'Neither agree or disagree',
      'Matig',
      'Gemiddeld',
      'Fair',
      'Average',
    ],
    ['Mee eens', 'Eens', 'Agree', 'Belangrijk', 'Important', 'Goed', 'Good'],
    [
      'Helemaal mee eens',
      'Zeer mee eens',
      'Helemaal eens',
      'Volledig mee eens',
      'Totaal mee eens',
      'Strongly agree',
      'Completely agree',
      'Zeer belangrijk',
      'Heel belangrijk',
      'Very important',
      'Extremely important',
      'Zeer goed',
      'Heel goed',
      'Uitstekend',
      'Very good',
      'Excellent',
    ],
  ],
  7: [
    ['Helemaal mee oneens', 'Zeer mee oneens', 'Strongly disagree'],
    ['Mee oneens', 'Oneens', 'Disagree'],
    ['Enigszins mee oneens', 'Een beetje mee oneens', 'Somewhat disagree', 'Slightly disagree'],
    ['Neutraal', 'Niet eens, niet oneens', 'Neutral', 'Neither agree nor disagree'],
    ['Enigszins mee eens', 'Een beetje mee eens', 'Somewhat agree', 'Slightly agree'],
    ['Mee eens', 'Eens', 'Agree'],
    ['Helemaal mee eens', 'Zeer mee eens', 'Strongly agree'],
  ],
};

const DONT_KNOW_LABELS = [
  'Weet niet',
  'Weet ik niet',
  'Geen mening',
  'N.v.t.',
  'Niet van toepassing',
  'Geen antwoord',
  'Wil ik niet zeggen',
  "Don't know",
  'Do not know',
  'Not applicable',
  'N/A',
  'No opinion',
  'Prefer not to say',
];

const dictionaries = new WeakMap<Scale, Map<string, LabelValue>>();

/** Compact label key → value for one scale: the instrument's own labels win over common ones. */
function dictionaryFor(scale: Scale): Map<string, LabelValue> {
  const cached = dictionaries.get(scale);
  if (cached) return cached;
  const dictionary = new Map<string, LabelValue>();
  const add = (label: string, value: LabelValue): void => {
    const key = compactKey(label);
    if (key !== '' && !dictionary.has(key)) dictionary.set(key, value);
  };
  for (const point of scale.points) {
    add(point.label.nl, point.value);
    add(point.label.en, point.value);
  }
  if (scale.dontKnow) {
    add(scale.dontKnow.nl, 'missing');
    add(scale.dontKnow.en, 'missing');
  }
  const common = COMMON_LABELS[scale.max - scale.min + 1];
  common?.forEach((variants, position) => {
    for (const variant of variants) add(variant, scale.min + position);
  });
  for (const variant of DONT_KNOW_LABELS) add(variant, 'missing');
  dictionaries.set(scale, dictionary);
  return dictionary;
}

// "5 - Helemaal mee eens", "5. Strongly agree", "5) Agree"
const LEADING_NUMBER = /^(\d{1,3})\s*(?:[-–=.:)]\s*|\s+)\p{L}/u;
// "Helemaal mee eens (5)", "Strongly agree [5]"
const TRAILING_NUMBER = /\p{L}.*[([]\s*(\d{1,3})\s*[)\]]$/u;

/**
 * The value a label most likely stands for on `scale`, or undefined when it is not recognised.
 * A number written next to the label ("5 - Helemaal mee eens") is taken at its word; whether it
 * is in range is checked when the preview is built.
 */
export function suggestLabelValue(label: string, scale: Scale): LabelValue | undefined {
  const known = dictionaryFor(scale).get(compactKey(label));
  if (known !== undefined) return known;
  const embedded = LEADING_NUMBER.exec(label.trim()) ?? TRAILING_NUMBER.exec(label.trim());
  return embedded?.[1] === undefined ? undefined : Number(embedded[1]);
}

const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/**
 * A cell written as a number: "4", " 4 ", "4,0" (decimal comma) or "4.0". Returns null for
 * anything else, so labels and numbers never mix up.
 */
export function parseNumericAnswer(text: string): number | null {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) return null;
  return Number(trimmed.replace(',', '.'));
}

/**
 * A cell of exactly one digit, the most common answer in a survey export, read without a
 * regular expression or lookup: its value, or -1 for any other cell (then use
 * `parseNumericAnswer`).
 */
export function singleDigitAnswer(raw: string): number {
  if (raw.length !== 1) return -1;
  const digit = raw.charCodeAt(0) - 48;
  return digit >= 0 && digit <= 9 ? digit : -1;
}
