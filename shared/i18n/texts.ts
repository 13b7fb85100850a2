/**
 * Typed access to the locale files where i18next does not run (the deliverables, the main
 * process, the CLI). The conventions are i18next's, so one file serves both: `{{name}}`
 * placeholders, and plural forms as sibling keys `<key>_one` / `<key>_other`, chosen by the
 * language's Intl.PluralRules as i18next chooses them.
 */
import type { Language } from '../questionnaire/instrument';
import { interpolate } from './interpolate';

export type TextParams = Record<string, string | number>;

/**
 * One locale file's texts in both languages, typed by the Dutch file: a key the English file
 * lacks fails the typecheck (and the locales test checks that neither has a key the other lacks).
 */
export function bothLanguages<T>(nl: T, en: NoInfer<T>): Record<Language, T> {
  return { nl, en };
}

/** The keys `k` of a text group that has both `k_one` and `k_other`. */
export type PluralKey<T> = {
  [K in keyof T & string]: K extends `${infer Base}_one`
    ? `${Base}_other` extends keyof T
      ? Base
      : never
    : never;
}[keyof T & string];

const pluralRules: Partial<Record<Language, Intl.PluralRules>> = {};

/** The plural form of `key` for `count`, filled with `count` and `params`. */
export function plural<T extends Record<string, unknown>>(
  language: Language,
  texts: T,
  key: PluralKey<T>,
  count: number,
  params: TextParams = {},
): string {
  const rules = (pluralRules[language] ??= new Intl.PluralRules(language));
  const form = rules.select(count) === 'one' ? 'one' : 'other';
  const text = texts[`${key}_${form}`];
  if (typeof text !== 'string') throw new Error(`No ${language} text for ${key}_${form}`);
  return interpolate(text, { count, ...params });
}

export { interpolate as fill };

/** One text (or group of texts) in both languages, e.g. a `LocalizedText`, picked from each. */
export function inBothLanguages<T, U = string>(
  texts: Record<Language, T>,
  pick: (texts: T) => U,
): Record<Language, U> {
  return { nl: pick(texts.nl), en: pick(texts.en) };
}
