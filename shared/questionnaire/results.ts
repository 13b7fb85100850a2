/**
 * The questionnaire results as the UI, exports and reports show them: built from the scoring
 * result, the engagement's groups, the chosen norm set and the tip library. Plain JSON only
 * (NaN becomes null), because the browser host sends results as JSON.
 */
import {
  NORM_OVERALL,
  normFor,
  percentileOf,
  tipsForWeakestDimensions,
  type DimensionTips,
  type NormSet,
  type TipLibrary,
} from '../content';
import type { GroupKind } from '../engagements/model';
import type { ScoringResult } from '../scoring/score';
import type { Instrument, LocalizedText } from './instrument';
import {
  favourableDefinition,
  participation,
  toResultBlock,
  type FavourableDefinition,
  type ResultBlock,
} from './result-block';

/** Below this Cronbach's α a dimension's items do not hang together well enough to sum up. */
export const LOW_ALPHA = 0.7;
/** How many of the weakest dimensions get improvement tips. */
export const TIPPED_DIMENSIONS = 2;
/** A firm benchmark needs at least this many closed engagements. */
export const FIRM_BENCHMARK_MINIMUM = 5;

export interface GroupResultInfo {
  groupId: number;
  name: string;
  kind: GroupKind;
  /** Null for a group below the anonymity threshold: not even its size is shown. */
  respondents: number | null;
  suppressed: boolean;
  /** Nobody of this group answered this instrument (nothing to hide, nothing to show). */
  empty: boolean;
  /** How many were invited (entered with the groups); null when not entered or suppressed. */
  invited: number | null;
  /** respondents / invited; null without an invited count. */
  responseRate: number | null;
  /** Margin of error of a percentage at 95 % (finite-population corrected), as a fraction. */
  marginOfError: number | null;
}

export interface ReliabilityResult {
  code: string;
  itemCodes: string[];
  nComplete: number;
  alpha: number | null;
  /** Feldt's 95 % interval of α. */
  ciLow: number | null;
  ciHigh: number | null;
  alphaIfDeleted: (number | null)[];
  itemTotalCorrelation: (number | null)[];
  low: boolean;
}

export interface BenchmarkRow {
  /** A dimension code or NORM_OVERALL. */
  dimension: string;
  score: number | null;
  /** The 95 % interval of the score: the position against the norm is read from it. */
  ciLow: number | null;
  ciHigh: number | null;
  /** Above, below or level with the norm: the interval lies wholly above / below it, or not. */
  position: NormPosition | null;
  normMean: number;
  normSd: number;
  diff: number | null;
  percentile: number | null;
}

export type NormPosition = 'above' | 'below' | 'level';

/** Where a score stands against the norm: only "above" or "below" when its interval says so. */
export function normPosition(
  ciLow: number | null,
  ciHigh: number | null,
  normMean: number,
): NormPosition | null {
  if (ciLow === null || ciHigh === null) return null;
  if (ciLow > normMean) return 'above';
  if (ciHigh < normMean) return 'below';
  return 'level';
}

export interface BenchmarkComparison {
  normSetId: number;
  name: LocalizedText;
  illustrative: boolean;
  note: LocalizedText | null;
  rows: BenchmarkRow[];
}

export interface FirmBenchmark {
  /** Closed engagements with this instrument that contributed. */
  engagementCount: number;
  /** Null while fewer than FIRM_BENCHMARK_MINIMUM engagements contribute. */
  rows:
    { dimension: string; mean: number; sd: number | null; n: number; diff: number | null }[] | null;
}

export interface QuestionnaireResults {
  instrumentId: number;
  anonymityThreshold: number;
  minAnsweredFraction: number;
  groups: GroupResultInfo[];
  /**
   * The whole sample as it may be shown (see shared/scoring/anonymity.ts); null when every group
   * is below the threshold and nothing may be shown.
   */
  total: ResultBlock | null;
  /** Respondents of groups below the threshold pooled into the total ("other groups"); 0: none. */
  pooledRespondents: number;
  favourableDefinition: FavourableDefinition;
  byGroup: { groupId: number; block: ResultBlock }[];
  reliability: ReliabilityResult[];
  benchmark: BenchmarkComparison | null;
  firmBenchmark: FirmBenchmark;
  tips: DimensionTips[];
}

export interface BuildResultsInput {
  instrumentId: number;
  instrument: Instrument;
  /** The engagement's groups, in the order used as group index in the response matrix. */
  groups: { id: number; name: string; kind: GroupKind; invited: number | null }[];
  scoring: ScoringResult;
  /** Respondents per group index (answered or not), as in the response matrix. */
  groupSizes: ArrayLike<number>;
  minAnsweredFraction: number;
  normSet: { id: number; normSet: NormSet } | null;
  tipLibrary: TipLibrary;
  /** Mean dimension scores (and OVERALL) of each other closed engagement with this instrument. */
  firmEngagementMeans: Record<string, number>[];
}

const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);

export function buildResults(input: BuildResultsInput): QuestionnaireResults {
  const { scoring, instrument } = input;
  const suppressed = new Set(scoring.suppressedGroups);
  const total = scoring.total ? toResultBlock(scoring.total, instrument) : null;
  const byGroup = scoring.groups.map((block) => ({
    groupId: input.groups[block.group]?.id ?? -1,
    block: toResultBlock(block, instrument),
  }));
  const sizeOf = new Map(byGroup.map((entry) => [entry.groupId, entry.block.respondents]));
  return {
    instrumentId: input.instrumentId,
    anonymityThreshold: scoring.anonymityThreshold,
    minAnsweredFraction: input.minAnsweredFraction,
    groups: input.groups.map((group, index) => {
      const empty = (input.groupSizes[index] ?? 0) === 0;
      const hidden = suppressed.has(index) && !empty;
      const respondents = hidden ? null : (sizeOf.get(group.id) ?? 0);
      return {
        groupId: group.id,
        name: group.name,
        kind: group.kind,
        respondents,
        suppressed: hidden,
        empty,
        ...participation(empty ? null : respondents, group.invited),
      };
    }),
    total,
    pooledRespondents: scoring.pooledRespondents,
    favourableDefinition: favourableDefinition(instrument),
    byGroup,
    reliability: scoring.reliability.map((entry) => ({
      code: entry.code,
      itemCodes: entry.itemCodes,
      nComplete: entry.nComplete,
      alpha: finite(entry.alpha),
      ciLow: finite(entry.ciLow),
      ciHigh: finite(entry.ciHigh),
      alphaIfDeleted: entry.alphaIfDeleted.map(finite),
      itemTotalCorrelation: entry.itemTotalCorrelation.map(finite),
      low: Number.isFinite(entry.alpha) && entry.alpha < LOW_ALPHA,
    })),
    benchmark: total && input.normSet ? compareWithNorm(total, input.normSet, instrument) : null,
    firmBenchmark: total
      ? firmBenchmark(total, input.firmEngagementMeans)
      : { engagementCount: input.firmEngagementMeans.length, rows: null },
    tips: total
      ? tipsForWeakestDimensions(
          input.tipLibrary,
          total.dimensions.map((dimension) => ({
            dimension: dimension.code,
            index: dimension.index100,
          })),
          TIPPED_DIMENSIONS,
        )
      : [],
  };
}

function compareWithNorm(
  total: ResultBlock,
  stored: { id: number; normSet: NormSet },
  instrument: Instrument,
): BenchmarkComparison {
  const scores = [
    ...total.dimensions.map((dimension) => ({ dimension: dimension.code, score: dimension })),
    { dimension: NORM_OVERALL, score: total.overall },
  ];
  const scale = { min: instrument.scale.min, max: instrument.scale.max };
  const rows: BenchmarkRow[] = [];
  for (const { dimension, score: summary } of scores) {
    const norm = normFor(stored.normSet, dimension);
    if (!norm) continue;
    const score = summary.mean;
    rows.push({
      dimension,
      score,
      ciLow: summary.ciLow,
      ciHigh: summary.ciHigh,
      position: normPosition(summary.ciLow, summary.ciHigh, norm.mean),
      normMean: norm.mean,
      normSd: norm.sd,
      diff: score === null ? null : score - norm.mean,
      percentile: score === null ? null : finite(percentileOf(score, norm, scale)),
    });
  }
  return {
    normSetId: stored.id,
    name: stored.normSet.name,
    illustrative: stored.normSet.illustrative,
    note: stored.normSet.note,
    rows,
  };
}

/** Mean dimension scores (and OVERALL) of one engagement, for other engagements' firm benchmark. */
export function engagementMeans(total: {
  dimensions: { code: string; mean: number | null }[];
  overall: { mean: number | null };
}): Record<string, number> {
  const means: Record<string, number> = {};
  for (const dimension of total.dimensions) {
    if (dimension.mean !== null && Number.isFinite(dimension.mean))
      means[dimension.code] = dimension.mean;
  }
  if (total.overall.mean !== null && Number.isFinite(total.overall.mean))
    means[NORM_OVERALL] = total.overall.mean;
  return means;
}

function firmBenchmark(total: ResultBlock, others: Record<string, number>[]): FirmBenchmark {
  if (others.length < FIRM_BENCHMARK_MINIMUM) return { engagementCount: others.length, rows: null };
  const own = engagementMeans(total);
  const codes = [...total.dimensions.map((dimension) => dimension.code), NORM_OVERALL];
  const rows = codes.flatMap((dimension) => {
    const values = others
      .map((means) => means[dimension])
      .filter((value): value is number => value !== undefined);
    if (values.length === 0) return [];
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const sd =
      values.length > 1
        ? Math.sqrt(
            values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1),
          )
        : null;
    const score = own[dimension];
    return [
      { dimension, mean, sd, n: values.length, diff: score === undefined ? null : score - mean },
    ];
  });
  return { engagementCount: others.length, rows };
}
