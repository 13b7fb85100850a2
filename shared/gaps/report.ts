/**
 * The perception-gap report as the UI (and anything else that wants JSON) shows it: the typed-array
 * results of `compareAllPairs`, `blindSpots` and `needsPicture` turned into plain objects, with
 * NaN written as null ("not computable"), group indices replaced by the engagement's group ids,
 * and the five largest gaps told in plain words in Dutch and English.
 *
 * Anonymity: only groups at or above the threshold appear in comparisons, profiles, blind spots,
 * the needs picture and the sentences. A suppressed group appears once, in `groups`, with the
 * reason it is missing and without its size.
 */
import type { Audience, Instrument, Language, LocalizedText } from '../questionnaire/instrument';
import { localized } from '../questionnaire/instrument';
import type { GroupKind } from '../engagements/model';
import type { Moments } from '../stats/descriptives';
import { formatNumber } from '../i18n/format';
import { blindSpots, type GapDirection } from './blind-spots';
import { compareAllPairs, comparisonRows, type GroupComparison } from './compare';
import { isComparable, momentsOf, type GapData } from './gap-data';
import type { GapRow } from './gap-table';
import { importancePerformanceGrid, needsPicture, type IpaQuadrant } from './needs';
import { NOTABLE_ABS_G, NOTABLE_DIFF_FRACTION_OF_RANGE } from './thresholds';

/** How many gaps the plain-language summary tells. */
export const LARGEST_GAP_COUNT = 5;

/** Why a group is not compared: too few respondents (below the threshold) or none at all. */
export type GroupSuppression = 'belowThreshold' | 'noResponses';

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
}

/** n, mean and SD with "not computable" as null. */
export interface SummaryDto {
  n: number;
  mean: number | null;
  sd: number | null;
}

/** One compared group's scores, in the order of the report's dimensions, items and needs. */
export interface GroupProfile {
  groupId: number;
  name: string;
  kind: GroupKind;
  respondents: number;
  overall: SummaryDto;
  dimensions: SummaryDto[];
  items: SummaryDto[];
  importance: SummaryDto[];
  performance: SummaryDto[];
}

export interface ComparisonDto {
  /** Group ids; differences are A − B. */
  groupA: number;
  groupB: number;
  nameA: string;
  nameB: string;
  items: GapRow[];
  dimensions: GapRow[];
  overall: GapRow;
}

/** One of the largest dimension gaps, oriented so that `diff` ≥ 0 (higher − lower). */
export interface LargestGap {
  code: string;
  label: LocalizedText;
  higherGroupId: number;
  lowerGroupId: number;
  higherName: string;
  lowerName: string;
  diff: number;
  ciLow: number | null;
  ciHigh: number | null;
  g: number | null;
  gCiLow: number | null;
  gCiHigh: number | null;
  pHolm: number | null;
  notable: boolean;
  sentence: LocalizedText;
}

export type BlindSpotRow = GapRow & { direction: GapDirection };

/** An internal group (A) against a customer group (B): internal higher = blind spot. */
export interface BlindSpotDto {
  groupId: number;
  name: string;
  customerGroupId: number;
  customerName: string;
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

/** Which responses the comparison rests on (see gap-analysis.ts for how versions combine). */
export interface GapBasis {
  /**
   * `single`: every compared group answered the same instrument version, all its items count.
   * `parallel`: the groups answered different versions (staff and customers); only the items the
   * versions share (same code, kind, dimension and reverse coding) count, for everyone.
   */
  kind: 'single' | 'parallel';
  instruments: {
    id: number;
    key: string;
    version: number;
    name: LocalizedText;
    audience: Audience;
  }[];
  /** Items of the template instrument left out because not every version has them. */
  leftOutItems: { code: string; text: LocalizedText }[];
  /** Dimensions of the template left out because no version shares any of their items. */
  leftOutDimensions: { code: string; name: LocalizedText }[];
}

export interface GapThresholdsDto {
  scaleMin: number;
  scaleMax: number;
  /** |difference| that is notable on this scale. */
  notableDiff: number;
  diffFractionOfRange: number;
  absG: number;
}

export interface GapReport {
  anonymityThreshold: number;
  thresholds: GapThresholdsDto;
  /** Scale of the importance and performance ratings. */
  needsScale: { min: number; max: number };
  basis: GapBasis;
  /** Every group of the engagement, in engagement order. */
  groups: GapGroupStatus[];
  /** Ids of the groups actually compared: selected and shown. */
  compared: number[];
  dimensions: { code: string; name: LocalizedText }[];
  items: { code: string; text: LocalizedText; dimension: string | null }[];
  needs: { code: string; name: LocalizedText }[];
  profiles: GroupProfile[];
  comparisons: ComparisonDto[];
  largestGaps: LargestGap[];
  blindSpots: BlindSpotDto[];
  needsPicture: NeedsDto;
}

/** An instrument of the engagement that the analysis can be based on. */
export interface GapInstrumentChoice {
  id: number;
  key: string;
  version: number;
  name: LocalizedText;
  audience: Audience;
  /** Respondents of this engagement who answered this version. */
  respondents: number;
}

/** What `gaps.analyse` returns: the report plus what it was computed on. */
export interface GapAnalysis extends GapReport {
  engagementId: number;
  /** The instrument whose dimensions and items the comparison uses (the template). */
  instrumentId: number;
  instrumentChoices: GapInstrumentChoice[];
}

export interface ReportGroup {
  id: number;
  name: string;
  kind: GroupKind;
}

export interface GapReportInput {
  data: GapData;
  /** Respondents per group index (answered or not), the size the threshold is checked on. */
  groupSizes: ArrayLike<number>;
  /** The engagement's group per group index of the data. */
  groups: readonly ReportGroup[];
  /** Group indices asked for (suppressed ones are reported, not compared). */
  selected: readonly number[];
  /** The instrument the scoring model was built from: names of dimensions, items and needs. */
  instrument: Instrument;
  basis: GapBasis;
}

const nullable = (value: number): number | null => (Number.isNaN(value) ? null : value);

function summaryDto(moments: Moments): SummaryDto {
  return { n: moments.n, mean: nullable(moments.mean), sd: nullable(Math.sqrt(moments.variance)) };
}

export function buildGapReport(input: GapReportInput): GapReport {
  const { data, groups, instrument } = input;
  const { model, layout } = data;
  const selected = [...new Set(input.selected)];
  const compared = selected.filter((g) => isComparable(data, g));
  const idOf = (g: number) => groups[g]?.id ?? -1;

  const dimensionName = new Map(instrument.dimensions.map((d) => [d.code, d.name]));
  const itemText = new Map(instrument.items.map((item) => [item.code, item.text]));
  const needName = new Map(instrument.needs.map((need) => [need.code, need.name]));
  const fallback = (code: string): LocalizedText => ({ nl: code, en: code });
  const dimensions = model.dimensions.map((d) => ({
    code: d.code,
    name: dimensionName.get(d.code) ?? fallback(d.code),
  }));
  const items = model.items.map((item) => ({
    code: item.code,
    text: itemText.get(item.code) ?? fallback(item.code),
    dimension: item.dimension >= 0 ? (model.dimensions[item.dimension]?.code ?? null) : null,
  }));
  const needs = model.needs.map((need) => ({
    code: need.code,
    name: needName.get(need.code) ?? fallback(need.code),
  }));

  const profiles = compared.map((g): GroupProfile => {
    const at = (column: number) => summaryDto(momentsOf(data, g, column));
    return {
      groupId: idOf(g),
      name: groups[g]?.name ?? data.groupNames[g] ?? '',
      kind: groups[g]?.kind ?? 'department',
      respondents: Number(input.groupSizes[g] ?? 0),
      overall: at(layout.overall),
      dimensions: model.dimensions.map((_, d) => at(layout.dimensions + d)),
      items: model.items.map((_, i) => at(layout.items + i)),
      importance: model.needs.map((_, k) => at(layout.importance + k)),
      performance: model.needs.map((_, k) => at(layout.performance + k)),
    };
  });

  const pairs = compareAllPairs(data, compared);
  const comparisons = pairs.map((pair): ComparisonDto => {
    const rows = comparisonRows(pair);
    return {
      groupA: idOf(pair.groupA),
      groupB: idOf(pair.groupB),
      nameA: pair.nameA,
      nameB: pair.nameB,
      items: rows.items,
      dimensions: rows.dimensions,
      overall: rows.overall,
    };
  });

  const customers = compared.filter((g) => groups[g]?.kind === 'customer');
  const internal = compared.filter((g) => groups[g]?.kind !== 'customer');
  const blindSpotReports = customers.flatMap((customer) =>
    blindSpots(data, customer, internal).map((report): BlindSpotDto => {
      const rows = comparisonRows(report.comparison);
      const withDirection = (row: GapRow, direction: GapDirection | undefined): BlindSpotRow => ({
        ...row,
        direction: direction ?? 'none',
      });
      return {
        groupId: idOf(report.comparison.groupA),
        name: report.comparison.nameA,
        customerGroupId: idOf(customer),
        customerName: report.comparison.nameB,
        overall: withDirection(rows.overall, report.overall),
        dimensions: rows.dimensions.map((row, d) => withDirection(row, report.dimensions[d])),
        items: rows.items.map((row, i) => withDirection(row, report.items[i])),
      };
    }),
  );

  const picture = needsPicture(data, { groups: compared });
  const nameOfNeed = (code: string) => needName.get(code) ?? fallback(code);
  const needsDto: NeedsDto = {
    groups: picture.groups.map((g) => ({ groupId: idOf(g), name: groups[g]?.name ?? '' })),
    rankings: picture.needCodes.map((code, k) => ({
      code,
      name: nameOfNeed(code),
      importance: picture.importance.map((means) => nullable(means[k]!)),
      n: picture.importanceN.map((counts) => counts[k]!),
      rank: picture.ranks.map((ranks) => nullable(ranks[k]!)),
    })),
    correlations: picture.correlations.map((pair) => ({
      groupA: idOf(pair.groupA),
      groupB: idOf(pair.groupB),
      nameA: pair.nameA,
      nameB: pair.nameB,
      rho: nullable(pair.rho),
      needCount: pair.needCount,
    })),
    disagreement: picture.disagreement.map((row) => ({
      code: row.code,
      name: nameOfNeed(row.code),
      rank: row.ranks.map(nullable),
      rankRange: nullable(row.rankRange),
    })),
    ipa: customers.flatMap((customer): IpaDto[] => {
      const grid = importancePerformanceGrid(data, customer);
      if (!grid) return [];
      return [
        {
          groupId: idOf(customer),
          name: grid.name,
          importanceSplit: grid.importanceSplit,
          performanceSplit: grid.performanceSplit,
          needs: grid.needs.map((point) => ({
            code: point.code,
            name: nameOfNeed(point.code),
            importance: nullable(point.importance),
            performance: nullable(point.performance),
            quadrant: point.quadrant,
          })),
        },
      ];
    }),
  };

  const threshold = data.anonymityThreshold;
  const groupStatus = groups.map((group, g): GapGroupStatus => {
    const shown = data.visible[g] === true;
    const size = Number(input.groupSizes[g] ?? 0);
    return {
      groupId: group.id,
      name: group.name,
      kind: group.kind,
      selected: selected.includes(g),
      shown,
      respondents: shown ? size : null,
      reason: shown ? null : size === 0 ? 'noResponses' : 'belowThreshold',
    };
  });

  return {
    anonymityThreshold: threshold,
    thresholds: {
      scaleMin: model.scale.min,
      scaleMax: model.scale.max,
      notableDiff: data.notableDiff,
      diffFractionOfRange: NOTABLE_DIFF_FRACTION_OF_RANGE,
      absG: NOTABLE_ABS_G,
    },
    needsScale: { min: model.needsScale.min, max: model.needsScale.max },
    basis: input.basis,
    groups: groupStatus,
    compared: compared.map(idOf),
    dimensions,
    items,
    needs,
    profiles,
    comparisons,
    largestGaps: largestGaps(pairs, dimensions, idOf),
    blindSpots: blindSpotReports,
    needsPicture: needsDto,
  };
}

/**
 * The largest differences between dimension scores over all pairs, largest |difference| first.
 * Dimensions rather than single statements: they summarise several items and are what a
 * consultant discusses with the client first; the item gaps are in the sorted table.
 */
export function largestGaps(
  pairs: readonly GroupComparison[],
  dimensions: readonly { code: string; name: LocalizedText }[],
  idOf: (group: number) => number = (group) => group,
  count = LARGEST_GAP_COUNT,
): LargestGap[] {
  const candidates: { pair: GroupComparison; row: number; size: number }[] = [];
  for (const pair of pairs) {
    const { diff } = pair.dimensions;
    for (let row = 0; row < diff.length; row++) {
      const size = Math.abs(diff[row]!);
      if (!Number.isNaN(size)) candidates.push({ pair, row, size });
    }
  }
  // Stable sort: equal gaps keep pair and questionnaire order.
  candidates.sort((a, b) => b.size - a.size);
  return candidates.slice(0, count).map(({ pair, row }) => {
    const table = pair.dimensions;
    const flip = table.diff[row]! < 0;
    const sign = flip ? -1 : 1;
    const oriented = (value: number) => nullable(sign * value);
    const orientedCi = (low: number, high: number): [number | null, number | null] =>
      flip ? [oriented(high), oriented(low)] : [nullable(low), nullable(high)];
    const [ciLow, ciHigh] = orientedCi(table.ciLow[row]!, table.ciHigh[row]!);
    const [gCiLow, gCiHigh] = orientedCi(table.gCiLow[row]!, table.gCiHigh[row]!);
    const code = table.codes[row] ?? '';
    const label = dimensions.find((d) => d.code === code)?.name ?? { nl: code, en: code };
    const higher = flip ? pair.groupB : pair.groupA;
    const lower = flip ? pair.groupA : pair.groupB;
    const higherName = flip ? pair.nameB : pair.nameA;
    const lowerName = flip ? pair.nameA : pair.nameB;
    const diff = Math.abs(table.diff[row]!);
    const sentence = (language: Language) =>
      gapSentence(
        { higher: higherName, lower: lowerName, label: localized(label, language), diff },
        language,
      );
    return {
      code,
      label,
      higherGroupId: idOf(higher),
      lowerGroupId: idOf(lower),
      higherName,
      lowerName,
      diff,
      ciLow,
      ciHigh,
      g: oriented(table.g[row]!),
      gCiLow,
      gCiHigh,
      pHolm: nullable(table.pHolm[row]!),
      notable: table.notable[row] === 1,
      sentence: { nl: sentence('nl'), en: sentence('en') },
    };
  });
}

export interface GapSentenceParts {
  /** The group that scores higher, and the one that scores lower. */
  higher: string;
  lower: string;
  /** Dimension or statement, in the sentence's language. */
  label: string;
  /** Size of the difference in scale points (≥ 0). */
  diff: number;
}

/**
 * One gap in plain words, e.g. "Productie scoort 'Klantkennis delen' 1,2 punt hoger dan
 * Verkoop." / "Production scores 'Sharing customer knowledge' 1.2 points higher than Sales."
 * One decimal, in the language's number format; a difference that rounds to 0 reads as equal.
 */
export function gapSentence(parts: GapSentenceParts, language: Language): string {
  const { higher, lower, label } = parts;
  const points = formatNumber(Math.abs(parts.diff), language, 1);
  const rounded = Math.round(Math.abs(parts.diff) * 10) / 10;
  if (language === 'nl') {
    if (rounded === 0) return `${higher} en ${lower} scoren '${label}' vrijwel gelijk.`;
    return `${higher} scoort '${label}' ${points} punt hoger dan ${lower}.`;
  }
  if (rounded === 0) return `${higher} and ${lower} score '${label}' about the same.`;
  const unit = rounded === 1 ? 'point' : 'points';
  return `${higher} scores '${label}' ${points} ${unit} higher than ${lower}.`;
}
