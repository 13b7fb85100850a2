/**
 * The data a report is written from. `ReportSource` is what main loads from the workspace (it
 * still holds private details such as interviewees' names and groups below the anonymity
 * threshold); `prepareReportData` (anonymity.ts) turns it into `ReportData`, which holds only what
 * may be printed. Drafts, the document model and the Word writer see only `ReportData`.
 *
 * Every figure here comes from the same analysis the app shows (questionnaire results and
 * `analyseFamily`); means and differences are printed with two decimals and a difference is the
 * difference of the means as printed (shared/i18n/format.ts).
 */
import type { GroupStyle } from '../charts/group-style';
import type { Engagement, GroupKind } from '../engagements/model';
import type { GapDirection } from '../gaps/blind-spots';
import type { IpaQuadrant } from '../gaps/ipa';
import type { GapAnalysis } from '../gaps/report';
import type { InterviewKind, InterviewSummary, Quote, Theme } from '../interviews/model';
import type { Instrument, Language, LocalizedText } from '../questionnaire/instrument';
import type { StoredOpenAnswer } from '../questionnaire/open-answers';
import type { NormPosition, QuestionnaireResults } from '../questionnaire/results';

export interface ReportSource {
  engagement: Engagement;
  /** The instrument the questionnaire results are about (null: no questionnaire yet). */
  instrument: Instrument | null;
  results: QuestionnaireResults | null;
  /** Null when fewer than two groups can be compared or there are no responses. */
  gaps: GapAnalysis | null;
  interviews: InterviewSummary[];
  quotes: Quote[];
  themes: Theme[];
  /** Open answers the consultant chose as quotes. */
  openAnswerQuotes: StoredOpenAnswer[];
  /** The consultant's firm, printed on the cover and in the footer. */
  firmName: string;
  /** First and last day responses were entered (yyyy-mm-dd): the fieldwork period. */
  fieldwork: { first: string; last: string } | null;
}

/** A group that may be shown: at or above the anonymity threshold. */
export interface ReportGroup {
  id: number;
  name: string;
  kind: GroupKind;
  respondents: number;
  invited: number | null;
  responseRate: number | null;
  marginOfError: number | null;
  style: GroupStyle;
}

export interface ReportFavourable {
  share: number | null;
}

export interface ReportDimension {
  code: string;
  name: string;
  description: string | null;
  mean: number | null;
  sd: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  n: number;
  index100: number | null;
  favourable: number | null;
  norm: {
    mean: number;
    diff: number | null;
    percentile: number | null;
    position: NormPosition | null;
  } | null;
}

export interface ReportItem {
  code: string;
  text: string;
  dimension: string | null;
  reverse: boolean;
  n: number;
  mean: number | null;
  sd: number | null;
  favourable: number | null;
}

export interface ReportReliability {
  code: string;
  name: string;
  items: number;
  nComplete: number;
  alpha: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  low: boolean;
}

export interface ReportTips {
  dimension: string;
  dimensionName: string;
  index: number;
  band: 'low' | 'medium' | 'high';
  tips: { title: string; text: string }[];
}

export interface ReportQuestionnaire {
  instrumentName: string;
  /** Who answered this version: the whole-sample figures are theirs ("de medewerkers"). */
  audience: 'staff' | 'customer';
  scale: { min: number; max: number };
  /** Labels of the favourable answers (top-2-box), e.g. "Mee eens" and "Helemaal mee eens". */
  favourableLabels: string[];
  /** The shown groups that answered this version (whose figures these are), with their n. */
  groups: { name: string; respondents: number }[];
  /** Respondents in the whole-sample figures (the shown groups, plus pooled small ones). */
  respondents: number;
  /** Respondents of groups below the threshold pooled into the whole sample (0: none). */
  pooledRespondents: number;
  overall: {
    mean: number | null;
    index100: number | null;
    ciLow: number | null;
    ciHigh: number | null;
  };
  dimensions: ReportDimension[];
  benchmark: {
    name: string;
    illustrative: boolean;
    note: string | null;
    overall: {
      mean: number;
      diff: number | null;
      percentile: number | null;
      position: NormPosition | null;
    } | null;
  } | null;
  items: ReportItem[];
  reliability: ReportReliability[];
  tips: ReportTips[];
}

export interface ReportGap {
  dimension: string;
  higher: string;
  lower: string;
  meanHigher: number;
  meanLower: number;
  /** As printed: meanHigher − meanLower with the means as printed. */
  diff: number;
  ciLow: number | null;
  ciHigh: number | null;
  g: number | null;
  pHolm: number | null;
  rank: number;
  tied: boolean;
  /** Compared on the statements linked between versions (staff against customers). */
  linked: boolean;
  /** How many statements the comparison rests on (for saying so next to linked ones). */
  statements: number;
}

export interface ReportBlindSpotRow {
  dimension: string;
  internal: number | null;
  customer: number | null;
  /** Internal − customer as printed. */
  diff: number | null;
  direction: GapDirection;
  /** Large and statistically supported: only then is the direction named a finding. */
  notable: boolean;
  /** Large but not supported after the multiplicity correction. */
  unsupported: boolean;
}

export interface ReportBlindSpots {
  group: string;
  customer: string;
  groupStyle: GroupStyle;
  linked: boolean;
  rows: ReportBlindSpotRow[];
}

export interface ReportAnovaRow {
  /** The dimension's name; empty for the overall index. */
  dimension: string;
  overall: boolean;
  groups: number;
  f: number | null;
  df1: number | null;
  df2: number | null;
  pHolm: number | null;
  omegaSquared: number | null;
  supported: boolean;
}

export interface ReportNeeds {
  groups: { name: string; style: GroupStyle }[];
  rankings: {
    code: string;
    name: string;
    importance: (number | null)[];
    rank: (number | null)[];
  }[];
  correlations: { a: string; b: string; rho: number | null; needCount: number }[];
  ipa: {
    group: string;
    style: GroupStyle;
    importanceSplit: number;
    performanceSplit: number;
    needs: {
      name: string;
      importance: number | null;
      performance: number | null;
      quadrant: IpaQuadrant | null;
    }[];
  }[];
  scale: { min: number; max: number };
}

export interface ReportGaps {
  /** The basis the side-by-side figures use: one version, or the statements linked between versions. */
  commonBasis: { kind: 'version' | 'linked'; statements: number; leftOut: number };
  /** The multiplicity families' sizes (Holm across all comparisons). */
  dimensionTests: number;
  statementTests: number;
  notableDiff: number;
  absG: number;
  significance: number;
  scale: { min: number; max: number };
  dimensions: { code: string; name: string }[];
  /** One per compared group on the common basis, dimension means in the order of `dimensions`. */
  profiles: {
    name: string;
    kind: GroupKind;
    style: GroupStyle;
    respondents: number;
    overall: number | null;
    dimensions: (number | null)[];
    sds: (number | null)[];
    ciLows: (number | null)[];
    ciHighs: (number | null)[];
  }[];
  anova: ReportAnovaRow[];
  /** The largest notable gaps (large and supported); empty when there are none. */
  largest: ReportGap[];
  blindSpots: ReportBlindSpots[];
  needs: ReportNeeds | null;
}

export interface ReportTheme {
  id: number;
  parentId: number | null;
  name: string;
  description: string;
  /** Quotes with this theme or one of its sub-themes. */
  quoteCount: number;
  dimensions: string[];
}

export interface ReportQuote {
  /** "i:<id>" for an interview quote, "o:<id>" for an open answer. */
  key: string;
  /** The interview quote's id; null for an open answer. */
  id: number | null;
  text: string;
  /**
   * Never narrower than the threshold and never another perspective than the speaker's: a name
   * only where the interviewee allowed it, else the group (when enough people are in it), else
   * "Klant" or "Iemand uit de organisatie", else "Deelnemer".
   */
  attribution: string;
  themeIds: number[];
  source: 'interview' | 'openAnswer';
  interviewKind: InterviewKind | null;
  /** The speaker belongs to a group too small to name: check the content does not give them away. */
  fromSmallGroup: boolean;
}

export interface ReportInterviews {
  total: number;
  byKind: Record<InterviewKind, number>;
  firstDate: string | null;
  lastDate: string | null;
  themes: ReportTheme[];
  quotes: ReportQuote[];
}

export interface ReportData {
  language: Language;
  clientName: string;
  sector: string;
  consultants: string[];
  firmName: string;
  startDate: string | null;
  endDate: string | null;
  /** First and last day responses were entered (yyyy-mm-dd). */
  fieldwork: { first: string; last: string } | null;
  isSample: boolean;
  anonymityThreshold: number;
  /** Groups that may be shown, in engagement order. */
  groups: ReportGroup[];
  /** How many groups had respondents but fewer than the threshold (never which ones). */
  hiddenGroupCount: number;
  questionnaire: ReportQuestionnaire | null;
  /** Responses exist but every group is below the threshold: nothing may be shown. */
  questionnaireWithheld: boolean;
  gaps: ReportGaps | null;
  interviews: ReportInterviews;
}

export type { LocalizedText };
