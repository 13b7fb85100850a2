/**
 * The sentences the report, its drafts and the deck generate from the data (story, drafts,
 * recommendations, source lines), in Dutch and English, from the locale files
 * (locales/<lang>/report-text.json), typed: a key missing in one language fails the typecheck.
 */
import nlTexts from '../i18n/locales/nl/report-text.json';
import enTexts from '../i18n/locales/en/report-text.json';
import { bothLanguages } from '../i18n/texts';
import type { Language } from '../questionnaire/instrument';

const TEXTS = bothLanguages(nlTexts.reportText, enTexts.reportText);

export function reportText(language: Language) {
  return TEXTS[language];
}
