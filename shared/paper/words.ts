/**
 * Every word the printed questionnaire and interview guide show, in Dutch and English. Like the
 * report, a printout is in the language chosen for it, whatever the UI language is. Participants
 * are addressed informally in Dutch ("je"), as everywhere in Klantspiegel. The texts live with
 * the UI's in the locale files (locales/<lang>/paper.json); this module types them.
 */
import { interpolate } from '../i18n/interpolate';
import nlTexts from '../i18n/locales/nl/paper.json';
import enTexts from '../i18n/locales/en/paper.json';
import type { Audience, Language } from '../questionnaire/instrument';

export interface PaperWords {
  questionnaire: {
    intro: Record<Audience, string>;
    instructions: string;
    code: string;
    codeHint: string;
    group: string;
    role: string;
    number: string;
    statement: string;
    itemCode: string;
    importanceHeading: string;
    performanceHeading: string;
    openHeading: string;
    otherHeading: string;
    thanks: string;
    form: (code: string) => string;
    page: string;
  };
  guide: {
    title: (name: string) => string;
    interviewee: string;
    organisation: string;
    date: string;
    interviewer: string;
    duration: (minutes: number) => string;
    introduction: string;
    closing: string;
    followUps: string;
    hint: string;
    notes: string;
    freeNotes: string;
    consent: string;
    page: string;
  };
}

type PaperTexts = typeof nlTexts.paper;

const TEXTS: Record<Language, PaperTexts> = { nl: nlTexts.paper, en: enTexts.paper };

function wordsOf(language: Language): PaperWords {
  const { questionnaire, guide } = TEXTS[language];
  return {
    questionnaire: {
      ...questionnaire,
      form: (code) => interpolate(questionnaire.form, { code }),
    },
    guide: {
      ...guide,
      title: (name) => interpolate(guide.title, { name }),
      duration: (minutes) => interpolate(guide.duration, { minutes }),
    },
  };
}

const PAPER_WORDS: Record<Language, PaperWords> = { nl: wordsOf('nl'), en: wordsOf('en') };

export function paperWords(language: Language): PaperWords {
  return PAPER_WORDS[language];
}
