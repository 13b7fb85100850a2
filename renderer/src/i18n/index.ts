import i18next, { type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { translations } from '../../../shared/i18n/resources';
import type { Language } from '../../../shared/questionnaire/instrument';
import type { IpcError } from '../../../shared/ipc/errors';

export function osLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

export async function initI18n(language: Language): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { nl: { translation: translations.nl }, en: { translation: translations.en } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (next) => (document.documentElement.lang = next));
}

type Translate = TFunction;

/** The sentence for an error from main; keys outside `errors.` live under it in the locales. */
export function errorMessage(t: Translate, error: IpcError): string {
  const key = error.key.startsWith('errors.') ? error.key : `errors.${error.key}`;
  return t(key, { ...error.params, defaultValue: t('errors.internal') });
}

/** The sentence for one invalid field (zod messages are validation keys in our schemas). */
export function validationMessage(
  t: Translate,
  message: string,
  params?: Record<string, string | number>,
): string {
  // Schema problems of files are "<domain>.<kind>"; generic shape problems share one text.
  const kind = message.split('.').pop() ?? message;
  const generic = t(`validation.structure.${kind}`, { ...params, defaultValue: message });
  return t(`validation.${message}`, { ...params, defaultValue: generic });
}
