/**
 * Every word the printed questionnaire and interview guide show, in Dutch and English. Like the
 * report, a printout is in the language chosen for it, whatever the UI language is. Participants
 * are addressed informally in Dutch ("je"), as everywhere in Klantspiegel.
 */
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

const DUTCH: PaperWords = {
  questionnaire: {
    intro: {
      staff:
        'Deze vragenlijst gaat over hoe jouw organisatie met klanten omgaat. Je antwoorden zijn anoniem: er wordt geen naam gevraagd of opgeslagen.',
      customer:
        'Deze vragenlijst gaat over hoe je de samenwerking met je leverancier ervaart en wat je belangrijk vindt. Je antwoorden zijn anoniem: er wordt geen naam gevraagd of opgeslagen.',
    },
    instructions:
      'Zet bij elke stelling één kruisje in het vakje dat het best past. Twijfel je, kies dan wat het meest in de buurt komt. Een vraag overslaan mag.',
    code: 'Respondentcode',
    codeHint: 'in te vullen door de begeleider',
    group: 'Groep (kruis er één aan)',
    role: 'Functie of rol (mag leeg blijven)',
    number: 'Nr.',
    statement: 'Stelling',
    itemCode: 'Code',
    importanceHeading: 'Hoe belangrijk is dit voor jou?',
    performanceHeading: 'Hoe goed doet de leverancier dit?',
    openHeading: 'Open vragen',
    otherHeading: 'Vragen',
    thanks: 'Bedankt voor het invullen!',
    form: (code) => `Formulier ${code}`,
    page: 'Pagina',
  },
  guide: {
    title: (name) => `Gespreksleidraad: ${name}`,
    interviewee: 'Geïnterviewde',
    organisation: 'Organisatie',
    date: 'Datum',
    interviewer: 'Interviewer',
    duration: (minutes) => `Duur: ongeveer ${minutes} minuten`,
    introduction: 'Opening',
    closing: 'Afsluiting',
    followUps: 'Doorvragen',
    hint: 'Voor de interviewer',
    notes: 'Aantekeningen',
    freeNotes: 'Overige aantekeningen',
    consent: 'Toestemming om (anoniem) te citeren:  ☐ ja   ☐ nee',
    page: 'Pagina',
  },
};

const ENGLISH: PaperWords = {
  questionnaire: {
    intro: {
      staff:
        'This questionnaire is about how your organisation deals with its customers. Your answers are anonymous: your name is neither asked for nor stored.',
      customer:
        'This questionnaire is about how you experience working with your supplier and what matters to you. Your answers are anonymous: your name is neither asked for nor stored.',
    },
    instructions:
      'For each statement, put one cross in the box that fits best. If in doubt, choose the closest. You may skip a question.',
    code: 'Respondent code',
    codeHint: 'filled in by the facilitator',
    group: 'Group (tick one)',
    role: 'Job or role (may be left empty)',
    number: 'No.',
    statement: 'Statement',
    itemCode: 'Code',
    importanceHeading: 'How important is this to you?',
    performanceHeading: 'How well does the supplier do this?',
    openHeading: 'Open questions',
    otherHeading: 'Questions',
    thanks: 'Thank you for taking part!',
    form: (code) => `Form ${code}`,
    page: 'Page',
  },
  guide: {
    title: (name) => `Interview guide: ${name}`,
    interviewee: 'Interviewee',
    organisation: 'Organisation',
    date: 'Date',
    interviewer: 'Interviewer',
    duration: (minutes) => `Duration: about ${minutes} minutes`,
    introduction: 'Opening',
    closing: 'Closing',
    followUps: 'Follow-up questions',
    hint: 'For the interviewer',
    notes: 'Notes',
    freeNotes: 'Other notes',
    consent: 'Permission to quote (anonymously):  ☐ yes   ☐ no',
    page: 'Page',
  },
};

export function paperWords(language: Language): PaperWords {
  return language === 'nl' ? DUTCH : ENGLISH;
}
