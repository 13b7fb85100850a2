/**
 * UI strings, one file per domain and language (locales/<lang>/<domain>.json), merged into one
 * i18next resource per language. Domains may add keys under shared top-level sections such as
 * `errors`; a key defined twice is a mistake the locales test catches.
 */
import enCommon from './locales/en/common.json';
import nlCommon from './locales/nl/common.json';
import enQuestionnaire from './locales/en/questionnaire.json';
import nlQuestionnaire from './locales/nl/questionnaire.json';
import enContentProblems from './locales/en/content-problems.json';
import nlContentProblems from './locales/nl/content-problems.json';
import enInterviews from './locales/en/interviews.json';
import nlInterviews from './locales/nl/interviews.json';
import enGaps from './locales/en/gaps.json';
import nlGaps from './locales/nl/gaps.json';
import enGapsText from './locales/en/gaps-text.json';
import nlGapsText from './locales/nl/gaps-text.json';
import enResults from './locales/en/results.json';
import nlResults from './locales/nl/results.json';
import enLibrary from './locales/en/library.json';
import nlLibrary from './locales/nl/library.json';
import enCapture from './locales/en/capture.json';
import nlCapture from './locales/nl/capture.json';
import enReport from './locales/en/report.json';
import nlReport from './locales/nl/report.json';
import enReportDocument from './locales/en/report-document.json';
import nlReportDocument from './locales/nl/report-document.json';
import enReportText from './locales/en/report-text.json';
import nlReportText from './locales/nl/report-text.json';
import enDeck from './locales/en/deck.json';
import nlDeck from './locales/nl/deck.json';
import enPaper from './locales/en/paper.json';
import nlPaper from './locales/nl/paper.json';
import enDataSafety from './locales/en/data-safety.json';
import nlDataSafety from './locales/nl/data-safety.json';
import enFieldwork from './locales/en/fieldwork.json';
import nlFieldwork from './locales/nl/fieldwork.json';
import enParticipant from './locales/en/participant.json';
import nlParticipant from './locales/nl/participant.json';
import enExchange from './locales/en/exchange.json';
import nlExchange from './locales/nl/exchange.json';
import enOutput from './locales/en/output.json';
import nlOutput from './locales/nl/output.json';
import enMenu from './locales/en/menu.json';
import nlMenu from './locales/nl/menu.json';
import enLabels from './locales/en/labels.json';
import nlLabels from './locales/nl/labels.json';
import type { Language } from '../questionnaire/instrument';

type Tree = { [key: string]: string | Tree };

/** One line per domain: [Dutch, English]. */
const DOMAINS: Record<string, [Tree, Tree]> = {
  common: [nlCommon, enCommon],
  questionnaire: [nlQuestionnaire, enQuestionnaire],
  capture: [nlCapture, enCapture],
  contentProblems: [nlContentProblems, enContentProblems],
  interviews: [nlInterviews, enInterviews],
  gaps: [nlGaps, enGaps],
  gapsText: [nlGapsText, enGapsText],
  results: [nlResults, enResults],
  library: [nlLibrary, enLibrary],
  report: [nlReport, enReport],
  // The deliverables' own words (read typed by shared/report/words.ts, deck.ts, paper/words.ts).
  reportDocument: [nlReportDocument, enReportDocument],
  reportText: [nlReportText, enReportText],
  deck: [nlDeck, enDeck],
  paper: [nlPaper, enPaper],
  dataSafety: [nlDataSafety, enDataSafety],
  fieldwork: [nlFieldwork, enFieldwork],
  participant: [nlParticipant, enParticipant],
  exchange: [nlExchange, enExchange],
  // Words in the files the main process writes: file, sheet, style and property names.
  output: [nlOutput, enOutput],
  nativeMenu: [nlMenu, enMenu],
  // Small words of shared models: quote attribution, copy names, the "don't know" answer.
  labels: [nlLabels, enLabels],
};

export const LOCALE_FILES: Record<Language, Record<string, Tree>> = {
  nl: Object.fromEntries(Object.entries(DOMAINS).map(([domain, [nl]]) => [domain, nl])),
  en: Object.fromEntries(Object.entries(DOMAINS).map(([domain, [, en]]) => [domain, en])),
};

export function mergeLocale(files: Record<string, Tree>): Tree {
  const merged: Tree = {};
  for (const tree of Object.values(files)) mergeInto(merged, tree);
  return merged;
}

function mergeInto(target: Tree, source: Tree): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (typeof value === 'object' && typeof existing === 'object') mergeInto(existing, value);
    else target[key] = typeof value === 'object' ? structuredClone(value) : value;
  }
}

export const translations: Record<Language, Tree> = {
  nl: mergeLocale(LOCALE_FILES.nl),
  en: mergeLocale(LOCALE_FILES.en),
};

/**
 * One string by its dotted key, for main-process output (file names, texts in files) in the
 * engagement's language. Throws on a missing key: the locales test keeps both languages equal.
 */
export function localeText(language: Language, key: string): string {
  const value = key
    .split('.')
    .reduce<string | Tree | undefined>(
      (node, part) => (typeof node === 'object' ? node[part] : undefined),
      translations[language],
    );
  if (typeof value !== 'string') throw new Error(`No ${language} text for ${key}`);
  return value;
}
