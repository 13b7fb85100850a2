/**
 * The words in the files the main process writes (file, sheet, style and property names, export
 * headers), in the language of the engagement or deliverable, from locales/<lang>/output.json,
 * typed: a key missing in one language fails the typecheck.
 */
import nlTexts from './locales/nl/output.json';
import enTexts from './locales/en/output.json';
import { bothLanguages } from './texts';
import type { Language } from '../questionnaire/instrument';

export const OUTPUT_TEXT = bothLanguages(nlTexts.output, enTexts.output);

export function outputText(language: Language) {
  return OUTPUT_TEXT[language];
}
