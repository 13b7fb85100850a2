import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/questionnaire/instrument';

/** The language the UI currently speaks. */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'nl' ? 'nl' : 'en';
}
