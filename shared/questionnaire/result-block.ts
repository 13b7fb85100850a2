/**
 * A block of questionnaire results (the whole sample's or a group's) as every surface shows it,
 * and the favourable points of the scale: what `klantspiegel analyze` needs of the results. Apart
 * from results.ts, which also compares with norms and picks tips, so that the command does not
 * load the content library (norm, tip and guide schemas) for an analysis.
 */
import type { Favourable, ScoreBlock, Summary } from '../scoring/score';
import { responseRate } from '../stats/response-rate';
import { favourableValues } from '../stats/top-box';
import type { Instrument, LocalizedText } from './instrument';

/**
 * n, mean, SD and the 95 % interval of the mean; null where the figure may not be shown (fewer
 * answers than the anonymity threshold) or cannot be computed.
 */
export interface ResultSummary {
  n: number;
  mean: number | null;
  sd: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

/** % favourable (top-2-box): favourable answers out of all answers, as a share 0–1. */
export interface FavourableResult {
  favourable: number | null;
  answers: number;
  share: number | null;
}

export interface ItemResult extends ResultSummary {
  code: string;
  dimension: string | null;
  reverse: boolean;
  /** Null when too few answers to show it. */
  distribution: number[] | null;
  favourable: FavourableResult;
}

export interface DimensionResult extends ResultSummary {
  code: string;
  /** The mean on the 0–100 index. */
  index100: number | null;
  favourable: FavourableResult;
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

/** Which points of the answer scale count as favourable (top-2-box), for the column heading. */
export interface FavourableDefinition {
  values: number[];
  labels: LocalizedText[];
}

const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);
export const resultSummary = (value: Summary): ResultSummary => ({
  n: value.n,
  mean: finite(value.mean),
  sd: finite(value.sd),
  ciLow: finite(value.ciLow),
  ciHigh: finite(value.ciHigh),
});
const summary = resultSummary;
export const favourableResult = (value: Favourable): FavourableResult => ({
  favourable: finite(value.favourable),
  answers: value.answers,
  share: finite(value.share),
});

export function toResultBlock(block: ScoreBlock, instrument: Instrument): ResultBlock {
  const range = instrument.scale.max - instrument.scale.min;
  return {
    respondents: block.respondents,
    items: block.items.map((item) => ({
      ...summary(item),
      code: item.code,
      dimension: item.dimension,
      reverse: item.reverse,
      distribution: item.distribution,
      favourable: favourableResult(item.favourable),
    })),
    dimensions: block.dimensions.map((dimension) => ({
      ...summary(dimension),
      code: dimension.code,
      index100: finite(((dimension.mean - instrument.scale.min) / range) * 100),
      favourable: favourableResult(dimension.favourable),
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

/** The favourable points of the instrument's scale and their labels. */
export function favourableDefinition(instrument: Instrument): FavourableDefinition {
  const values = favourableValues(instrument.scale.min, instrument.scale.max);
  const labels = values.map(
    (value) =>
      instrument.scale.points.find((point) => point.value === value)?.label ?? {
        nl: String(value),
        en: String(value),
      },
  );
  return { values, labels };
}

/** Response rate and margin of error of a group whose size may be shown. */
export function participation(respondents: number | null, invited: number | null) {
  if (respondents === null) return { invited: null, responseRate: null, marginOfError: null };
  const rate = responseRate(respondents, invited);
  return { invited, responseRate: rate.rate, marginOfError: rate.marginOfError };
}
