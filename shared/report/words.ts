/**
 * Every word the report itself prints (headings, captions, column headers, labels), in Dutch and
 * English. The document is always in the engagement's language, whatever the UI language is.
 * The texts live with the UI's in the locale files (locales/<lang>/report-document.json); this
 * module gives them their typed shape: a key missing in one language fails the typecheck.
 */
import type { InterviewKind } from '../interviews/model';
import { IPA_AXIS_NAMES, IPA_QUADRANT_NAMES, type IpaQuadrant } from '../gaps/ipa';
import { interpolate } from '../i18n/interpolate';
import { plural } from '../i18n/texts';
import nlTexts from '../i18n/locales/nl/report-document.json';
import enTexts from '../i18n/locales/en/report-document.json';
import type { Language } from '../questionnaire/instrument';
import type { SectionId } from './sections';

export interface ReportWords {
  defaultTitle: string;
  subtitle: (client: string) => string;
  preparedFor: string;
  preparedBy: string;
  consultant: string;
  date: string;
  sampleNotice: string;
  contents: string;
  figure: string;
  table: string;
  page: string;
  of: string;
  sections: Record<Exclude<SectionId, 'cover'>, string>;
  /** "2 interne interviews": the count with the kind's plural form. */
  kinds: (kind: InterviewKind, count: number) => string;
  groupKinds: { department: string; management: string; customer: string };
  columns: {
    group: string;
    kind: string;
    respondents: string;
    dimension: string;
    score: string;
    index: string;
    norm: string;
    difference: string;
    percentile: string;
    mean: string;
    sd: string;
    n: string;
    item: string;
    statement: string;
    higher: string;
    lower: string;
    ci: string;
    g: string;
    p: string;
    notable: string;
    alpha: string;
    items: string;
    need: string;
    rank: string;
    importance: string;
    performance: string;
    quadrant: string;
    theme: string;
    quotes: string;
    action: string;
    owner: string;
    due: string;
    priority: string;
    successMeasure: string;
    evidence: string;
    customer: string;
    direction: string;
    favourable: string;
    invited: string;
    responseRate: string;
    marginOfError: string;
    f: string;
    omega: string;
    supported: string;
  };
  yes: string;
  no: string;
  overall: string;
  reverseMark: string;
  direction: { blindSpot: string; hiddenStrength: string; none: string };
  quadrants: Record<IpaQuadrant, string>;
  bands: { low: string; medium: string; high: string };
  otherQuotes: string;
  tipsHeading: string;
  actionPlan: string;
  evidenceLead: string;
  see: string;
  missing: (what: string) => string;
  priorities: Record<'high' | 'medium' | 'low', string>;
  itemTables: string;
  reliability: string;
  methodNotes: string;
  /** The appendix chapter holding the detailed statistics tables moved out of the main text. */
  statisticsTables: string;
  /** Lead-in of the summary's list of decisions. */
  decisions: string;
  /** Under a chart whose detailed statistics stand in the appendix: "Details: zie Tabel 9." */
  detailsLead: string;
  /** Where the scores of every group per dimension are drawn, when the summary's mirror has them. */
  groupsInMirror: string;
  captions: {
    participation: string;
    dimensionScores: (norm: boolean) => string;
    dimensionTable: (norm: boolean) => string;
    groupProfiles: string;
    groupTable: (dimension: string) => string;
    groupStatistics: string;
    mirror: string;
    largestGaps: string;
    largestGapTable: string;
    heatmap: string;
    blindSpots: (customer: string) => string;
    blindSpotTable: (group: string, customer: string) => string;
    needsImportance: string;
    needsTable: string;
    ipa: (group: string) => string;
    ipaTable: (group: string) => string;
    themeCounts: string;
    actions: string;
    items: (dimension: string) => string;
    reliability: string;
    anova: string;
  };
  axis: {
    score: (min: number, max: number) => string;
    difference: string;
    importance: string;
    performance: string;
    quotes: string;
    higherGroup: string;
    lowerGroup: string;
    importanceCutOff: string;
    performanceCutOff: string;
  };
  /** Between the two axes of a scatter's description: "Prestatie tegen belang". */
  against: string;
  chartAlt: {
    bars: string;
    dots: string;
    dumbbell: string;
    diverging: string;
    scatter: string;
  };
  noQuestionnaire: string;
  noComparison: string;
  noInterviews: string;
  normLabel: string;
  illustrativeNorm: string;
  /** `pooled`: the small groups together reach the threshold and count in the totals. */
  hiddenGroupsNote: (count: number, threshold: number, pooled: boolean) => string;
  questionnaireWithheld: (threshold: number) => string;
  pooledNote: (pooled: number) => string;
  linkedNote: (statements: number) => string;
  /** Under a table whose starred rows compare staff with customers on the linked statements. */
  linkedRowsNote: (statements: number) => string;
  notableNote: (diff: string, g: string, tests: number) => string;
  unsupportedMark: string;
  anovaNote: string;
  participationNote: string;
  heatmapNote: (diff: string) => string;
}

type ReportTexts = typeof nlTexts.reportDocument;

const TEXTS: Record<Language, ReportTexts> = {
  nl: nlTexts.reportDocument,
  en: enTexts.reportDocument,
};

function wordsOf(language: Language): ReportWords {
  const texts = TEXTS[language];
  const { captions, axis, hiddenGroupsNote: hidden } = texts;
  return {
    ...texts,
    subtitle: (client) => interpolate(texts.subtitle, { client }),
    missing: (what) => interpolate(texts.missing, { what }),
    kinds: (kind, count) => `${count} ${plural(language, texts.kinds, kind, count)}`,
    quadrants: quadrantNames(language),
    captions: {
      ...captions,
      dimensionScores: (norm) => (norm ? captions.dimensionScoresNorm : captions.dimensionScores),
      dimensionTable: (norm) => (norm ? captions.dimensionTableNorm : captions.dimensionTable),
      groupTable: (dimension) => interpolate(captions.groupTable, { dimension }),
      blindSpots: (customer) => interpolate(captions.blindSpots, { customer }),
      blindSpotTable: (group, customer) =>
        interpolate(captions.blindSpotTable, { group, customer }),
      ipa: (group) => interpolate(captions.ipa, { group }),
      ipaTable: (group) => interpolate(captions.ipaTable, { group }),
      items: (dimension) => interpolate(captions.items, { dimension }),
    },
    axis: {
      ...axis,
      score: (min, max) => interpolate(axis.score, { min, max }),
      importance: IPA_AXIS_NAMES.importance[language],
      performance: IPA_AXIS_NAMES.performance[language],
    },
    hiddenGroupsNote: (count, threshold, pooled) => {
      const groups = plural(language, hidden, 'groups', count, { threshold });
      const their = plural(language, hidden, 'their', count);
      return interpolate(pooled ? hidden.pooled : hidden.notPooled, { groups, threshold, their });
    },
    questionnaireWithheld: (threshold) => interpolate(texts.questionnaireWithheld, { threshold }),
    pooledNote: (pooled) => interpolate(texts.pooledNote, { pooled }),
    linkedNote: (statements) => interpolate(texts.linkedNote, { statements }),
    linkedRowsNote: (statements) => interpolate(texts.linkedRowsNote, { statements }),
    notableNote: (diff, g, tests) => interpolate(texts.notableNote, { diff, g, tests }),
    heatmapNote: (diff) => interpolate(texts.heatmapNote, { diff }),
  };
}

export const REPORT_WORDS: Record<Language, ReportWords> = { nl: wordsOf('nl'), en: wordsOf('en') };

function quadrantNames(language: Language): Record<IpaQuadrant, string> {
  return Object.fromEntries(
    Object.entries(IPA_QUADRANT_NAMES).map(([quadrant, name]) => [quadrant, name[language]]),
  ) as Record<IpaQuadrant, string>;
}

export function wordsFor(language: Language): ReportWords {
  return REPORT_WORDS[language];
}
