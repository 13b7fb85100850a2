/**
 * The English UI strings, one file per domain (the domains and their order are those of
 * resources.ts). A module of its own, so the renderer loads only the language it shows.
 */
import enCommon from './en/common.json';
import enQuestionnaire from './en/questionnaire.json';
import enCapture from './en/capture.json';
import enContentProblems from './en/content-problems.json';
import enInterviews from './en/interviews.json';
import enGaps from './en/gaps.json';
import enGapsText from './en/gaps-text.json';
import enResults from './en/results.json';
import enLibrary from './en/library.json';
import enReport from './en/report.json';
import enReportDocument from './en/report-document.json';
import enReportText from './en/report-text.json';
import enDeck from './en/deck.json';
import enPaper from './en/paper.json';
import enDataSafety from './en/data-safety.json';
import enFieldwork from './en/fieldwork.json';
import enParticipant from './en/participant.json';
import enExchange from './en/exchange.json';
import enOutput from './en/output.json';
import enMenu from './en/menu.json';
import enLabels from './en/labels.json';
import type { LocaleFiles } from '../merge-locale';

export const EN_FILES: LocaleFiles = {
  common: enCommon,
  questionnaire: enQuestionnaire,
  capture: enCapture,
  contentProblems: enContentProblems,
  interviews: enInterviews,
  gaps: enGaps,
  gapsText: enGapsText,
  results: enResults,
  library: enLibrary,
  report: enReport,
  reportDocument: enReportDocument,
  reportText: enReportText,
  deck: enDeck,
  paper: enPaper,
  dataSafety: enDataSafety,
  fieldwork: enFieldwork,
  participant: enParticipant,
  exchange: enExchange,
  output: enOutput,
  nativeMenu: enMenu,
  labels: enLabels,
};
