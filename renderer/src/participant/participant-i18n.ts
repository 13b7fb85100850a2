import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@shared/questionnaire/instrument';
import nlCapture from '@shared/i18n/locales/nl/capture.json';
import enCapture from '@shared/i18n/locales/en/capture.json';
import nlParticipant from '@shared/i18n/locales/nl/participant.json';
import enParticipant from '@shared/i18n/locales/en/participant.json';

/**
 * Only the strings a participant sees: the kiosk's questionnaire steps and the phone page's own.
 * The language follows the engagement once the form has loaded; until then the phone's own.
 */
export async function initParticipantI18n(): Promise<void> {
  const language: Language = navigator.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
  await i18next.use(initReactI18next).init({
    resources: {
      nl: { translation: { kiosk: nlCapture.kiosk, participant: nlParticipant.participant } },
      en: { translation: { kiosk: enCapture.kiosk, participant: enParticipant.participant } },
    },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
}

export async function switchToFormLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
