/**
 * The data a report is written from. `ReportSource` is what main loads from the workspace (it
 * still holds private details such as interviewees' names and groups below the anonymity
 * threshold); `prepareReportData` (anonymity.ts) turns it into `ReportData`, which holds only what
 * may be printed. Drafts, the document model and the Word writer see only `ReportData`.
 */
import type { Engagement, GroupKind } from '../engagements/model';
import type { GapAnalysis } from '../gaps/report';
import type { InterviewKind, InterviewSummary, Quote, Theme } from '../interviews/model';
import type { Instrument, Language, LocalizedText } from '../questionnaire/instrument';
import type { QuestionnaireResults } from '../questionnaire/results';
import type { IpaQuadrant } from '../gaps/needs';
import type { GapDirection } from '../gaps/blind-spots';

export interface ReportSource {
  engagement: Engagement;
  /** The instrument the questionnaire results are about (null: no questionnaire yet). */
  instrument: Instrument | null;
  results: QuestionnaireResults | null;
  /** Null when fewer than two groups can be compared or there are no responses. */
  gaps: GapAnalysis | null;
  /** Respondents per group id on the results instrument (private: only for anonymity rules). */
  groupSizes: Record<number, number>;
  interviews: InterviewSummary[];
  quotes: Quote[];
  themes: Theme[];
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
}

export interface ReportDimension {
  code: string;
  name: string;
  description: string | null;
  mean: number | null;
  sd: number | null;
  /** Answered; null when the whole-sample size may not be printed (see `respondents`). */
  n: number | null;
  index100: number | null;
  norm: { mean: number; diff: number | null; percentile: number | null } | null;
}

export interface ReportItem {
  code: string;
  text: string;
  dimension: string | null;
  reverse: boolean;
  n: number | null;
  mean: number | null;
  sd: number | null;
}

export interface ReportReliability {
  code: string;
  name: string;
  items: number;
  nComplete: number | null;
  alpha: number | null;
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
  scale: { min: number; max: number };
  /** Respondents in the whole-sample figures; null when printing it would reveal a small group. */
  respondents: number | null;
  overall: { mean: number | null; index100: number | null };
  dimensions: ReportDimension[];
  benchmark: {
    name: string;
    illustrative: boolean;
    note: string | null;
    overall: { mean: number; diff: number | null; percentile: number | null } | null;
  } | null;
  items: ReportItem[];
  reliability: ReportReliability[];
  tips: ReportTips[];
}

export interface ReportGap {
  dimension: string;
  higher: string;
  lower: string;
  diff: number;
  ciLow: number | null;
  ciHigh: number | null;
  g: number | null;
  pHolm: number | null;
  notable: boolean;
}

export interface ReportBlindSpotRow {
  dimension: string;
  internal: number | null;
  customer: number | null;
  diff: number | null;
  direction: GapDirection;
  notable: boolean;
}

export interface ReportBlindSpots {
  group: string;
  customer: string;
  rows: ReportBlindSpotRow[];
}

export interface ReportNeeds {
  groups: string[];
  rankings: {
    code: string;
    name: string;
    importance: (number | null)[];
    rank: (number | null)[];
  }[];
  correlations: { a: string; b: string; rho: number | null; needCount: number }[];
  ipa: {
    group: string;
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
  /** 'parallel': staff and customers answered different versions; only shared items count. */
  basisKind: 'single' | 'parallel';
  leftOutItems: number;
  notableDiff: number;
  absG: number;
  scale: { min: number; max: number };
  dimensions: { code: string; name: string }[];
  /** One per compared group, dimension means in the order of `dimensions`. */
  profiles: {
    name: string;
    kind: GroupKind;
    respondents: number;
    overall: number | null;
    dimensions: (number | null)[];
    sds: (number | null)[];
  }[];
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
  id: number;
  text: string;
  /** Anonymous unless the interview allows the name; never a group below the threshold. */
  attribution: string;
  themeIds: number[];
  interviewKind: InterviewKind;
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
  gaps: ReportGaps | null;
  interviews: ReportInterviews;
}

export type { LocalizedText };
