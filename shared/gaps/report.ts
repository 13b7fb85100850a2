/**
 * The perception-gap analysis as every surface shows it (the Kloof tab, the gap export,
 * `klantspiegel analyze --json`, the Word report): plain objects, NaN written as null ("not
 * computable"), group ids instead of indices. Computed by `analyseFamily` (analysis.ts) only.
 *
 * Anonymity: only groups whose respondents reach the threshold appear in comparisons, profiles,
 * blind spots, the needs picture and the sentences, and every figure rests on at least threshold
 * answers. A suppressed group appears once, in `groups`, with the reason it is missing and
 * without its size.
 */
import type { GroupKind } from '../engagements/model';
import { formatNumber, SCALE_DIGITS } from '../i18n/format';
import { fill, plural } from '../i18n/texts';
import type { Audience, Language, LocalizedText } from '../questionnaire/instrument';
import type { TestStatus } from '../stats/status';
import type { GapDirection } from './blind-spots';
import type { GapRow } from './gap-table';
import type { IpaQuadrant } from './ipa';
import { gapsText } from './texts';

/** How many gaps the plain-language summary tells (more when the last place is shared). */
export const LARGEST_GAP_COUNT = 5;

/** Why a group is not compared: too few respondents (below the threshold) or none at all. */
export type GroupSuppression = 'belowThreshold' | 'noResponses';

/** n, mean, SD and the 95 % interval of the mean, with "not shown / not computable" as null. */
export interface SummaryDto {
  n: number;
  mean: number | null;
  sd: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

export interface GapVersionDto {
  instrumentId: number;
  key: string;
  version: number;
  name: LocalizedText;
  audience: Audience;
}

/**
 * What a comparison rests on. `version`: groups that answered the same version, compared on all
 * its statements. `linked`: groups that answered different versions (staff and customers),
 * compared only on the statements linked between them — every figure computed on such a basis
 * says so where it is shown.
 */
export interface GapBasisDto {
  id: string;
  kind: 'version' | 'linked';
  instrumentIds: number[];
  /** Family statement ids compared on this basis. */
  statementIds: string[];
  dimensionCodes: string[];
  /** Statements of these versions left out because not every version asks them. */
  leftOutStatements: { id: string; code: string; text: LocalizedText }[];
  /** Dimensions left out because no statement of theirs is shared. */
  leftOutDimensions: { code: string; name: LocalizedText }[];
}

export interface GapGroupStatus {
  groupId: number;
  name: string;
  kind: GroupKind;
  /** Asked for in this analysis. */
  selected: boolean;
  /** At or above the anonymity threshold: may be compared. */
  shown: boolean;
  /** Respondents; null for a suppressed group (not even its size is shown). */
  respondents: number | null;
  reason: GroupSuppression | null;
  /** Invited (entered with the groups), response rate and 95 % margin of error; null if unknown. */
  invited: number | null;
  responseRate: number | null;
  marginOfError: number | null;
  /** The versions the group answered (shown cells only). */
  instrumentIds: number[];
}

/** Scores of one compared group on a basis, in the order of the report's dimensions and items. */
export interface BasisScores {
  basisId: string;
  overall: SummaryDto;
  /** Per family dimension; null when the basis has none of its statements. */
  dimensions: (SummaryDto | null)[];
  /** Per family statement; null when not on the basis. */
  items: (SummaryDto | null)[];
}

export interface GroupProfile {
  groupId: number;
  name: string;
  kind: GroupKind;
  respondents: number;
  /** On the group's own basis: all statements of the version(s) it answered. */
  own: BasisScores;
  /** On the basis every compared group shares: what side-by-side pictures show. */
  common: BasisScores;
  /** Per family need. */
  importance: SummaryDto[];
  performance: SummaryDto[];
}

export interface ComparisonDto {
  /** Group ids; differences are A − B. */
  groupA: number;
  groupB: number;
  nameA: string;
  nameB: string;
  basisId: string;
  items: GapRow[];
  dimensions: GapRow[];
  overall: GapRow;
}

/** Welch's ANOVA of one dimension (or 'overall') across the compared groups. */
export interface AnovaRowDto {
  code: string;
  groups: number;
  f: number | null;
  df1: number | null;
  df2: number | null;
  p: number | null;
  /** Holm across the dimensions and the overall index. */
  pHolm: number | null;
  omegaSquared: number | null;
  supported: boolean;
  status: TestStatus;
}

/** One of the largest notable dimension gaps, oriented so that `diff` ≥ 0 (higher − lower). */
export interface LargestGap {
  code: string;
  label: LocalizedText;
  basisId: string;
  higherGroupId: number;
  lowerGroupId: number;
  higherName: string;
  lowerName: string;
  /** The two means as shown, and their difference as shown. */
  meanHigher: number;
  meanLower: number;
  diff: number;
  ciLow: number | null;
  ciHigh: number | null;
  g: number | null;
  gCiLow: number | null;
  gCiHigh: number | null;
  pHolm: number | null;
  /** 1 = largest; gaps of the same shown size share their rank. */
  rank: number;
  /** Another gap of exactly the same shown size is in the list. */
  tied: boolean;
  sentence: LocalizedText;
}

export type BlindSpotRow = GapRow & { direction: GapDirection };

/** An internal group (A) against a customer group (B): internal higher = blind spot. */
export interface BlindSpotDto {
  groupId: number;
  name: string;
  customerGroupId: number;
  customerName: string;
  basisId: string;
  overall: BlindSpotRow;
  dimensions: BlindSpotRow[];
  items: BlindSpotRow[];
}

export interface NeedRankingDto {
  code: string;
  name: LocalizedText;
  /** Per group of `NeedsDto.groups`: mean importance, number of ratings, rank (1 = most important). */
  importance: (number | null)[];
  n: number[];
  rank: (number | null)[];
}

export interface NeedsCorrelationDto {
  groupA: number;
  groupB: number;
  nameA: string;
  nameB: string;
  rho: number | null;
  needCount: number;
}

export interface NeedDisagreementDto {
  code: string;
  name: LocalizedText;
  rank: (number | null)[];
  /** Highest minus lowest rank; null when fewer than two groups ranked the need. */
  rankRange: number | null;
}

export interface IpaPointDto {
  code: string;
  name: LocalizedText;
  importance: number | null;
  performance: number | null;
  quadrant: IpaQuadrant | null;
}

export interface IpaDto {
  groupId: number;
  name: string;
  importanceSplit: number;
  performanceSplit: number;
  needs: IpaPointDto[];
}

export interface NeedsDto {
  groups: { groupId: number; name: string }[];
  /** Questionnaire order. */
  rankings: NeedRankingDto[];
  correlations: NeedsCorrelationDto[];
  /** Largest disagreement first. */
  disagreement: NeedDisagreementDto[];
  /** One grid per compared customer group that rated performance. */
  ipa: IpaDto[];
}

export interface GapThresholdsDto {
  scaleMin: number;
  scaleMax: number;
  /** |difference| that is large on this scale. */
  notableDiff: number;
  diffFractionOfRange: number;
  absG: number;
  /** Holm-adjusted p below this is statistically supported. */
  significance: number;
}

/** How many tests each Holm family holds (all pairs of groups together). */
export interface MultiplicityDto {
  method: 'holm';
  /** All pairs × (dimensions + overall index). */
  dimensionTests: number;
  /** All pairs × statements. */
  statementTests: number;
  /** Welch ANOVAs: dimensions + overall index. */
  anovaTests: number;
}

export interface GapFamilyDto {
  family: string;
  name: LocalizedText;
  versions: GapVersionDto[];
}

export interface GapReport {
  anonymityThreshold: number;
  thresholds: GapThresholdsDto;
  multiplicity: MultiplicityDto;
  /** Scale of the importance and performance ratings. */
  needsScale: { min: number; max: number };
  family: GapFamilyDto;
  bases: GapBasisDto[];
  /** The basis every compared group shares; null with fewer than two compared groups. */
  commonBasisId: string | null;
  /** Every group of the engagement, in engagement order. */
  groups: GapGroupStatus[];
  /** Ids of the groups actually compared: selected and shown. */
  compared: number[];
  dimensions: { code: string; name: LocalizedText }[];
  /** The family's statements: `id` is the comparison identity, `code` what is shown. */
  items: { id: string; code: string; text: LocalizedText; dimension: string | null }[];
  needs: { code: string; name: LocalizedText }[];
  profiles: GroupProfile[];
  comparisons: ComparisonDto[];
  anova: AnovaRowDto[];
  largestGaps: LargestGap[];
  blindSpots: BlindSpotDto[];
  needsPicture: NeedsDto;
}

/** A family of instruments the engagement has responses for, as the Kloof tab offers it. */
export interface GapFamilyChoice {
  family: string;
  name: LocalizedText;
  versions: GapVersionDto[];
  /** Respondents in the groups that may be shown (so no small group can be worked out). */
  respondents: number;
}

/** What `gaps.analyse` returns: the report plus what it was computed on. */
export interface GapAnalysis extends GapReport {
  engagementId: number;
  familyChoices: GapFamilyChoice[];
}

export interface GapSentenceParts {
  /** The group that scores higher, and the one that scores lower. */
  higher: string;
  lower: string;
  /** Dimension or statement, in the sentence's language. */
  label: string;
  /** The two means as shown. */
  meanHigher: number;
  meanLower: number;
  /** The difference as shown (≥ 0). */
  diff: number;
}

/**
 * One gap in plain words with the figures it rests on, e.g. "Productie scoort 'Kennis delen'
 * 1,35 punt hoger dan Verkoop (4,21 tegen 2,86)." Two decimals throughout, so the figures add
 * up; a difference that is 0 as shown reads as equal.
 */
export function gapSentence(parts: GapSentenceParts, language: Language): string {
  const { higher, lower, label } = parts;
  const figure = (value: number) => formatNumber(value, language, SCALE_DIGITS);
  const words = gapsText(language).sentence;
  const means = fill(words.means, {
    higher: figure(parts.meanHigher),
    lower: figure(parts.meanLower),
  });
  if (parts.diff === 0) return fill(words.equal, { higher, lower, label, means });
  return plural(language, words, 'higher', parts.diff, {
    higher,
    lower,
    label,
    diff: figure(parts.diff),
    means,
  });
}
