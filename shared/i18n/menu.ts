import nlTexts from './locales/nl/menu.json';
import enTexts from './locales/en/menu.json';
import { bothLanguages } from './texts';

/**
 * Labels of the native menu, built by the main process (which has no i18next), from
 * locales/<lang>/menu.json.
 */
export const menuLabels = bothLanguages(nlTexts.nativeMenu, enTexts.nativeMenu);
