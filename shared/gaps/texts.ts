/**
 * The words of the gap analysis outside the Kloof tab's own UI texts: the plain-language gap
 * sentence, the Importance–Performance grid's names and cut-off line, and the export's sheet and
 * column names, from the locale files (locales/<lang>/gaps-text.json), typed.
 */
import nlTexts from '../i18n/locales/nl/gaps-text.json';
import enTexts from '../i18n/locales/en/gaps-text.json';
import { bothLanguages } from '../i18n/texts';
import type { Language } from '../questionnaire/instrument';

export const GAPS_TEXT = bothLanguages(nlTexts.gapsText, enTexts.gapsText);

export function gapsText(language: Language) {
  return GAPS_TEXT[language];
}
