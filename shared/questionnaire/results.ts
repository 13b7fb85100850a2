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
import type { ScoreBlock, ScoringResult, Summary } from '../scoring/score';
import type { Instrument, LocalizedText } from './instrument';

/** Below this Cronbach's α a dimension's items do not hang together well enough to sum up. */
export const LOW_ALPHA = 0.7;
/** How many of the weakest dimensions get improvement tips. */
export const TIPPED_DIMENSIONS = 2;
/** A firm benchmark needs at least this many closed engagements. */
export const FIRM_BENCHMARK_MINIMUM = 5;

export interface ResultSummary {
  n: number;
  mean: number | null;
  sd: number | null;
}

export interface ItemResult extends ResultSummary {
  code: string;
  dimension: string | null;
  reverse: boolean;
  distribution: number[];
}

export interface DimensionResult extends ResultSummary {
  code: string;
  /** The mean on the 0–100 index. */
  index100: number | null;
}

export interface NeedResult {
  code: string;
  importance: ResultSummary;
  performance: ResultSummary;
}

export interface ResultBlock {
  respondents: number;
  items: ItemResult[];
  dimensions: DimensionResult[];
  overall: ResultSummary;
  overall100: ResultSummary;
  needs: NeedResult[];
}

export interface GroupResultInfo {
  groupId: number;
  name: string;
  kind: GroupKind;
  /** Null for a group below the anonymity threshold: not even its size is shown. */
  respondents: number | null;
  suppressed: boolean;
  /** Nobody of this group answered this instrument (nothing to hide, nothing to show). */
  empty: boolean;
}

export interface ReliabilityResult {
  code: string;
  itemCodes: string[];
  nComplete: number;
  alpha: number | null;
  alphaIfDeleted: (number | null)[];
  itemTotalCorrelation: (number | null)[];
  low: boolean;
}

export interface BenchmarkRow {
  /** A dimension code or NORM_OVERALL. */
  dimension: string;
  score: number | null;
  normMean: number;
  normSd: number;
  diff: number | null;
  percentile: number | null;
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
  total: ResultBlock;
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
  groups: { id: number; name: string; kind: GroupKind }[];
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
const summary = (value: Summary): ResultSummary => ({
  n: value.n,
  mean: finite(value.mean),
  sd: finite(value.sd),
});

function toBlock(block: ScoreBlock, instrument: Instrument): ResultBlock {
  const range = instrument.scale.max - instrument.scale.min;
  return {
    respondents: block.respondents,
    items: block.items.map((item) => ({
      ...summary(item),
      code: item.code,
      dimension: item.dimension,
      reverse: item.reverse,
      distribution: item.distribution,
    })),
    dimensions: block.dimensions.map((dimension) => ({
      ...summary(dimension),
      code: dimension.code,
      index100: finite(((dimension.mean - instrument.scale.min) / range) * 100),
    })),
    overall: summary(block.overall),
    overall100: summary(block.overall100),
    needs: block.needs.map((need) => ({
      code: need.code,
      importance: summary(need.importance),
      performance: summary(need.performance),
    })),
  };
}

export function buildResults(input: BuildResultsInput): QuestionnaireResults {
  const { scoring, instrument } = input;
  const suppressed = new Set(scoring.suppressedGroups);
  const total = toBlock(scoring.total, instrument);
  const byGroup = scoring.groups.map((block) => ({
    groupId: input.groups[block.group]?.id ?? -1,
    block: toBlock(block, instrument),
  }));
  const sizeOf = new Map(byGroup.map((entry) => [entry.groupId, entry.block.respondents]));
  return {
    instrumentId: input.instrumentId,
    anonymityThreshold: scoring.anonymityThreshold,
    minAnsweredFraction: input.minAnsweredFraction,
    groups: input.groups.map((group, index) => {
      const empty = (input.groupSizes[index] ?? 0) === 0;
      const hidden = suppressed.has(index) && !empty;
      return {
        groupId: group.id,
        name: group.name,
        kind: group.kind,
        respondents: hidden ? null : (sizeOf.get(group.id) ?? 0),
        suppressed: hidden,
        empty,
      };
    }),
    total,
    byGroup,
    reliability: scoring.reliability.map((entry) => ({
      code: entry.code,
      itemCodes: entry.itemCodes,
      nComplete: entry.nComplete,
      alpha: finite(entry.alpha),
      alphaIfDeleted: entry.alphaIfDeleted.map(finite),
      itemTotalCorrelation: entry.itemTotalCorrelation.map(finite),
      low: Number.isFinite(entry.alpha) && entry.alpha < LOW_ALPHA,
    })),
    benchmark: input.normSet ? compareWithNorm(total, input.normSet, instrument) : null,
    firmBenchmark: firmBenchmark(total, input.firmEngagementMeans),
    tips: tipsForWeakestDimensions(
      input.tipLibrary,
      total.dimensions.map((dimension) => ({
        dimension: dimension.code,
        index: dimension.index100,
      })),
      TIPPED_DIMENSIONS,
    ),
  };
}

function compareWithNorm(
  total: ResultBlock,
  stored: { id: number; normSet: NormSet },
  instrument: Instrument,
): BenchmarkComparison {
  const scores = [
    ...total.dimensions.map((dimension) => ({ dimension: dimension.code, score: dimension.mean })),
    { dimension: NORM_OVERALL, score: total.overall.mean },
  ];
  const scale = { min: instrument.scale.min, max: instrument.scale.max };
  const rows: BenchmarkRow[] = [];
  for (const { dimension, score } of scores) {
    const norm = normFor(stored.normSet, dimension);
    if (!norm) continue;
    rows.push({
      dimension,
      score,
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
