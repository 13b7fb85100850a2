import i18next, { type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { mergeLocale } from '@shared/i18n/merge-locale';
import type { Language } from '@shared/questionnaire/instrument';
import type { IpcError } from '@shared/ipc/errors';
import { loadLanguageTexts } from './languages';

export { loadLanguageTexts, osLanguage } from './languages';

/** Adds a language's texts to i18next once. */
export async function loadLanguage(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  const files = await loadLanguageTexts(language);
  i18next.addResourceBundle(language, 'translation', mergeLocale(files));
}

export async function initI18n(language: Language): Promise<void> {
  const files = await loadLanguageTexts(language);
  await i18next.use(initReactI18next).init({
    resources: { [language]: { translation: mergeLocale(files) } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (next) => (document.documentElement.lang = next));
}

/** Shows the UI in `language`, its texts loaded first (nothing shows a missing text meanwhile). */
export async function switchLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
}

type Translate = TFunction;

/** The sentence for an error from main; keys outside `errors.` live under it in the locales. */
export function errorMessage(t: Translate, error: IpcError): string {
  const key = error.key.startsWith('errors.') ? error.key : `errors.${error.key}`;
  return t(key, { ...error.params, defaultValue: t('errors.internal') });
}

/**
 * The sentence for one invalid field or file problem. Messages are keys under `validation.` (zod
 * messages in our schemas, "instrument.duplicateItemCode" from file parsers); structural problems
 * of files ("instrument.required") share the texts under `validation.structure.`. A message that is
 * no key is shown as it is.
 */
export function validationMessage(
  t: Translate,
  message: string,
  params: Record<string, string | number> = {},
): string {
  const values: Record<string, string | number> = { ...params };
  // A CSV row problem wraps another problem's text ("Row 3, column mean: <detail>").
  if (typeof values.detailKey === 'string')
    values.detail = validationMessage(t, values.detailKey, params);
  const direct = `validation.${message}`;
  if (i18next.exists(direct)) return t(direct, values);
  const structural = `validation.structure.${message.slice(message.lastIndexOf('.') + 1)}`;
  if (message.includes('.') && i18next.exists(structural)) return t(structural, values);
  return typeof values.detail === 'string' && message.includes('.') ? values.detail : message;
}
