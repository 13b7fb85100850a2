/**
 * The Dutch UI strings, one file per domain (the domains and their order are those of
 * resources.ts). A module of its own, so the renderer loads only the language it shows.
 */
import nlCommon from './nl/common.json';
import nlQuestionnaire from './nl/questionnaire.json';
import nlCapture from './nl/capture.json';
import nlContentProblems from './nl/content-problems.json';
import nlInterviews from './nl/interviews.json';
import nlGaps from './nl/gaps.json';
import nlGapsText from './nl/gaps-text.json';
import nlResults from './nl/results.json';
import nlLibrary from './nl/library.json';
import nlReport from './nl/report.json';
import nlReportDocument from './nl/report-document.json';
import nlReportText from './nl/report-text.json';
import nlDeck from './nl/deck.json';
import nlPaper from './nl/paper.json';
import nlDataSafety from './nl/data-safety.json';
import nlFieldwork from './nl/fieldwork.json';
import nlParticipant from './nl/participant.json';
import nlExchange from './nl/exchange.json';
import nlOutput from './nl/output.json';
import nlMenu from './nl/menu.json';
import nlLabels from './nl/labels.json';
import type { LocaleFiles } from '../merge-locale';

export const NL_FILES: LocaleFiles = {
  common: nlCommon,
  questionnaire: nlQuestionnaire,
  capture: nlCapture,
  contentProblems: nlContentProblems,
  interviews: nlInterviews,
  gaps: nlGaps,
  gapsText: nlGapsText,
  results: nlResults,
  library: nlLibrary,
  report: nlReport,
  reportDocument: nlReportDocument,
  reportText: nlReportText,
  deck: nlDeck,
  paper: nlPaper,
  dataSafety: nlDataSafety,
  fieldwork: nlFieldwork,
  participant: nlParticipant,
  exchange: nlExchange,
  output: nlOutput,
  nativeMenu: nlMenu,
  labels: nlLabels,
};
