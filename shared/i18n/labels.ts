/**
 * Small words the shared models put into data (a quote's fallback attribution, the name of a
 * copy, the default "don't know" answer), from locales/<lang>/labels.json, typed.
 */
import nlTexts from './locales/nl/labels.json';
import enTexts from './locales/en/labels.json';
import { bothLanguages } from './texts';

export const LABEL_TEXT = bothLanguages(nlTexts.labels, enTexts.labels);
