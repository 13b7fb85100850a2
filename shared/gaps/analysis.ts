/**
 * The perception-gap analysis: the one function that compares groups. The Kloof tab, the gap
 * export, `klantspiegel analyze` and the Word report all call `analyseFamily`, so the same
 * comparison gives the same numbers everywhere.
 *
 * How groups are compared:
 * - Only versions of one instrument family take part (see family.ts); statements are matched by
 *   statement id, never by code.
 * - Two groups that answered the same version are compared on all its statements. Groups that
 *   answered different versions (staff and customers) are compared on the statements linked
 *   between those versions; that basis is named with every figure computed on it.
 * - Every comparison of the analysis is one multiplicity family: Holm across all pairs ×
 *   (dimensions + overall index), and across all pairs × statements (thresholds.ts). A gap is
 *   notable when large and supported.
 * - Welch's ANOVA per dimension across the compared groups on their common basis, with ω².
 * - Anonymity: cells (group × version) below the threshold take no part; a figure with fewer
 *   answers than the threshold is not shown.
 */
import type { GroupKind } from '../engagements/model';
import { shownDifference, roundTo } from '../i18n/format';
import {
  localized,
  type Instrument,
  type Item,
  type LocalizedText,
} from '../questionnaire/instrument';
import { participation } from '../questionnaire/result-block';
import { effectiveAnonymityThreshold, isShownCell } from '../scoring/anonymity';
import {
  computeScoredGroupMoments,
  type GroupMoments,
  type ScoredGroupMoments,
} from '../scoring/group-moments';
import { buildScoringModel, type ScoringModel } from '../scoring/model';
import type { ScoredLayout } from '../scoring/respondent-scores';
import { meanConfidenceInterval } from '../stats/confidence';
import type { Moments } from '../stats/descriptives';
import { holmAdjust } from '../stats/holm';
import { welchAnova } from '../stats/welch-anova';
import { flipRow, gapDirection } from './blind-spots';
import { basisOf, buildFamily, type Basis, type Family, type FamilyVersion } from './family';
import {
  adjustTables,
  createGapTable,
  fillGapRows,
  gapRow,
  gapRows,
  type GapRow,
  type GapTable,
} from './gap-table';
import { ipaGrid } from './ipa';
import { basisMoments } from './reuse-moments';
import { needsPicture } from './needs';
import {
  gapColumnsOf,
  shownBlindSpotRow,
  shownGapRow,
  type ComparisonView,
  type GapReportView,
  type GroupProfileView,
} from './view';
import {
  LARGEST_GAP_COUNT,
  gapSentence,
  type AnovaRowDto,
  type BasisScores,
  type BlindSpotDto,
  type ComparisonDto,
  type GapBasisDto,
  type GapGroupStatus,
  type GapReport,
  type GroupProfile,
  type IpaDto,
  type LargestGap,
  type NeedsDto,
  type SummaryDto,
} from './report';
import {
  NOTABLE_ABS_G,
  NOTABLE_DIFF_FRACTION_OF_RANGE,
  notableDifference,
  SIGNIFICANCE_LEVEL,
} from './thresholds';

export const OVERALL_CODE = 'overall';

export interface AnalysisGroup {
  id: number;
  name: string;
  kind: GroupKind;
  invited: number | null;
}

export interface FamilyAnalysisInput {
  /**
   * The versions, the one whose texts and dimensions lead (the staff version) first. `scored`:
   * the groups' moments of a scoring of this version's matrix (`scoreResponses(…).groupMoments`)
   * when the caller has one, so respondents are not scored twice (same figures either way).
   */
  versions: (FamilyVersion & { key: string; version: number; scored?: ScoredGroupMoments })[];
  /** The engagement's groups, in the order used as group index in the versions' matrices. */
  groups: readonly AnalysisGroup[];
  /** Group indices to compare (suppressed ones are reported, not compared). */
  selected: readonly number[];
  anonymityThreshold?: number | null;
  minAnsweredFraction?: number;
}

/** Moments of every scored variable per group on one basis. */
interface BasisData {
  basis: Basis;
  model: ScoringModel;
  layout: ScoredLayout;
  moments: GroupMoments;
  /** What pairs on this basis are compared on (comparedRows), once asked. */
  rows?: ComparedRows;
}

const nullable = (value: number): number | null => (Number.isNaN(value) ? null : value);

/** The whole analysis: what the export, the report and `analyze --json` show. */
export function analyseFamily(input: FamilyAnalysisInput): GapReport {
  return analyse(input, 'report') as GapReport;
}

/**
 * The same analysis as the Kloof tab is sent it (view.ts): the same values from the same code,
 * without computing what the tab does not show — the profiles' n, SD and intervals, and a row
 * object per comparison row (rows go into columns straight from the analysis' tables).
 */
export function analyseFamilyView(input: FamilyAnalysisInput): GapReportView {
  return analyse(input, 'view') as GapReportView;
}

function analyse(input: FamilyAnalysisInput, shape: 'report' | 'view'): GapReport | GapReportView {
  const threshold = effectiveAnonymityThreshold(input.anonymityThreshold);
  const family = buildFamily(input.versions, threshold);
  const template = input.versions[0]!.instrument;
  const scale = template.scale;
  const notableDiff = notableDifference(scale.min, scale.max);
  const groups = input.groups;
  const scorings = input.versions.map((version) => version.scored);
  const idOf = (g: number) => groups[g]?.id ?? -1;
  const nameOf = (g: number) => groups[g]?.name ?? `#${g}`;
  const selected = [...new Set(input.selected)];
  const compared = selected.filter((g) => (family.shownVersions[g]?.length ?? 0) > 0);

  const bases = new Map<string, BasisData>();
  // By the set of versions asked for: every pair of groups asks, usually for the same one.
  const basisOfVersions = new Map<string, BasisData>();
  const basisData = (versionIndices: readonly number[]): BasisData => {
    const versions = [...new Set(versionIndices)].sort((a, b) => a - b).join(',');
    const known = basisOfVersions.get(versions);
    if (known) return known;
    const basis = basisOf(family, versionIndices);
    let data = bases.get(basis.id);
    if (!data) {
      data = scoreBasis(family, basis, template, input.minAnsweredFraction, scorings);
      bases.set(basis.id, data);
    }
    basisOfVersions.set(versions, data);
    return data;
  };
  const versionsOf = (list: readonly number[]) =>
    list.flatMap((g) => family.shownVersions[g] ?? []);
  const common = compared.length > 0 ? basisData(versionsOf(compared)) : null;

  const cell = (data: BasisData, g: number, column: number): Moments => {
    const k = g * data.moments.variableCount + column;
    return {
      n: data.moments.n[k]!,
      mean: data.moments.mean[k]!,
      variance: data.moments.variance[k]!,
    };
  };
  const summary = (moments: Moments): SummaryDto => summaryDto(moments, threshold);
  const likertStatements = family.statements.filter((statement) => statement.kind === 'likert');
  const likertIndices = likertStatements.map((statement) => family.statements.indexOf(statement));

  // Profiles: every compared group on its own basis and on the common one.
  const onBasis = <T>(data: BasisData, g: number, figure: (moments: Moments) => T) => {
    const statementColumn = new Map(data.model.items.map((item, i) => [item.code, i]));
    const dimensionIndex = new Map(data.model.dimensions.map((d, i) => [d.code, i]));
    const statements = new Set(data.basis.statements);
    return {
      basisId: data.basis.id,
      overall: figure(cell(data, g, data.layout.overall)),
      dimensions: family.dimensions.map((dimension) => {
        const d = dimensionIndex.get(dimension.code);
        return d === undefined || data.model.dimensions[d]!.items.length === 0
          ? null
          : figure(cell(data, g, data.layout.dimensions + d));
      }),
      items: likertStatements.map((statement, k) => {
        const i = statementColumn.get(statement.id);
        return i === undefined || !statements.has(likertIndices[k]!)
          ? null
          : figure(cell(data, g, data.layout.items + i));
      }),
    };
  };
  const scoresOn = (data: BasisData, g: number): BasisScores => onBasis(data, g, summary);
  /** Each compared group's needs (importance, performance), for the needs picture. */
  const needsOf: GroupNeeds[] = [];
  const shownMean = (moments: Moments) => shownMeanOf(moments, threshold);
  const needColumns = (data: BasisData) => {
    const importance = new Map(data.model.needs.map((need, k) => [need.code, k]));
    return family.needs.map((need) => importance.get(need.code));
  };
  // The tab draws each group's means on the common basis only (view.ts): no n, SD or interval.
  const profiles: GroupProfile[] = [];
  const profileViews: GroupProfileView[] = [];
  if (common) {
    for (const g of compared) {
      // Asked for in the tab's view too: the analysis lists the same bases in the same order.
      const own = basisData(family.shownVersions[g]!);
      const columns = needColumns(common);
      const need = (offset: number) =>
        columns.map((k) =>
          k === undefined ? emptySummary() : summary(cell(common, g, offset + k)),
        );
      const group = {
        groupId: idOf(g),
        name: nameOf(g),
        kind: groups[g]?.kind ?? 'department',
        respondents: groupSize(family, g, threshold),
      };
      const importance = need(common.layout.importance);
      const performance = need(common.layout.performance);
      needsOf.push({ ...group, importance, performance });
      if (shape === 'view') {
        profileViews.push({ ...group, common: onBasis(common, g, shownMean) });
        continue;
      }
      const ownScores = scoresOn(own, g);
      profiles.push({
        ...group,
        own: ownScores,
        // Usually the same basis (every group answered the same version): computed once.
        common: own === common ? ownScores : scoresOn(common, g),
        importance,
        performance,
      });
    }
  }

  // Every pair of compared groups on the basis of the versions they answered. All pairs' rows
  // stand in two tables — statements, and dimensions with the overall index — which are also the
  // two multiplicity families: a few arrays per analysis rather than dozens per pair.
  interface Pair {
    a: number;
    b: number;
    data: BasisData;
    /** First row in `statementTable`, and in `dimensionTable` (its last row: the overall index). */
    statementStart: number;
    dimensionStart: number;
  }
  const pairs: Pair[] = [];
  let statementRows = 0;
  let dimensionRows = 0;
  for (let i = 0; i < compared.length; i++) {
    for (let j = i + 1; j < compared.length; j++) {
      const a = compared[i]!;
      const b = compared[j]!;
      const data = basisData(versionsOf([a, b]));
      const rows = comparedRows(data, family);
      pairs.push({ a, b, data, statementStart: statementRows, dimensionStart: dimensionRows });
      statementRows += rows.statementColumns.length;
      dimensionRows += rows.dimensionColumns.length;
    }
  }
  const statementTable = createGapTable(
    pairs.flatMap((pair) => comparedRows(pair.data, family).statementIds),
    pairs.flatMap((pair) => comparedRows(pair.data, family).statementCodes),
  );
  const dimensionTable = createGapTable(
    pairs.flatMap((pair) => comparedRows(pair.data, family).dimensionCodes),
  );
  for (const pair of pairs) {
    const rows = comparedRows(pair.data, family);
    const { moments } = pair.data;
    const fill = (table: GapTable, start: number, columns: Int32Array) =>
      fillGapRows(table, start, moments, pair.a, pair.b, columns, notableDiff, threshold);
    fill(statementTable, pair.statementStart, rows.statementColumns);
    fill(dimensionTable, pair.dimensionStart, rows.dimensionColumns);
  }
  const dimensionTests = adjustTables([dimensionTable]);
  const statementTests = adjustTables([statementTable]);

  // Each pair's rows: as row objects for the report; for the tab as columns straight from the
  // tables, with row objects only where rows are read here (largest gaps, blind spots).
  const pairRows = pairs.map((pair) => {
    const rows = comparedRows(pair.data, family);
    return {
      head: {
        groupA: idOf(pair.a),
        groupB: idOf(pair.b),
        nameA: nameOf(pair.a),
        nameB: nameOf(pair.b),
        basisId: pair.data.basis.id,
      },
      statements: [pair.statementStart, pair.statementStart + rows.statementColumns.length],
      dimensions: [pair.dimensionStart, pair.dimensionStart + rows.dimensionColumns.length - 1],
    } as const;
  });
  type PairRows = (typeof pairRows)[number];
  const dimensionRowsOf = ({ head, dimensions: [start, overall] }: PairRows) =>
    gapRows(dimensionTable, head.nameA, head.nameB, start, overall);
  const comparisonOf = (pair: PairRows): ComparisonDto => {
    const { head, statements, dimensions } = pair;
    return {
      ...head,
      items: gapRows(statementTable, head.nameA, head.nameB, statements[0], statements[1]),
      dimensions: dimensionRowsOf(pair),
      overall: gapRow(dimensionTable, dimensions[1], head.nameA, head.nameB),
    };
  };
  const comparisons: ComparisonDto[] = shape === 'report' ? pairRows.map(comparisonOf) : [];
  const comparisonViews: ComparisonView[] =
    shape === 'view'
      ? pairRows.map(({ head, statements, dimensions }) => ({
          ...head,
          items: gapColumnsOf(statementTable, statements[0], statements[1]),
          dimensions: gapColumnsOf(dimensionTable, dimensions[0], dimensions[1]),
          overall: shownGapRow(gapRow(dimensionTable, dimensions[1], head.nameA, head.nameB)),
        }))
      : [];

  const dimensionName = new Map(family.dimensions.map((d) => [d.code, d.name]));
  const anova = common ? anovaRows(common, compared, cell, threshold) : [];

  const customers = compared.filter((g) => groups[g]?.kind === 'customer');
  const blindSpots: BlindSpotDto[] = [];
  for (const customer of customers) {
    for (const internal of compared) {
      if (groups[internal]?.kind === 'customer') continue;
      const index = pairRows.findIndex(
        ({ head }) =>
          (head.groupA === idOf(internal) && head.groupB === idOf(customer)) ||
          (head.groupA === idOf(customer) && head.groupB === idOf(internal)),
      );
      const pair = pairRows[index];
      if (!pair) continue;
      const comparison = comparisons[index] ?? comparisonOf(pair);
      const flip = comparison.groupA === idOf(customer);
      const orient = (row: GapRow) => {
        const oriented = flip ? flipRow(row) : row;
        return { ...oriented, direction: gapDirection(oriented.diff) };
      };
      blindSpots.push({
        groupId: idOf(internal),
        name: nameOf(internal),
        customerGroupId: idOf(customer),
        customerName: nameOf(customer),
        basisId: comparison.basisId,
        overall: orient(comparison.overall),
        dimensions: comparison.dimensions.map(orient),
        items: comparison.items.map(orient),
      });
    }
  }

  const basisDtos = [...bases.values()].map((data) => basisDto(family, data.basis));
  const head: Omit<GapReport, OwnFigures | 'anova'> = {
    anonymityThreshold: threshold,
    thresholds: {
      scaleMin: scale.min,
      scaleMax: scale.max,
      notableDiff,
      diffFractionOfRange: NOTABLE_DIFF_FRACTION_OF_RANGE,
      absG: NOTABLE_ABS_G,
      significance: SIGNIFICANCE_LEVEL,
    },
    multiplicity: {
      method: 'holm',
      dimensionTests,
      statementTests,
      anovaTests: anova.filter((row) => row.p !== null).length,
    },
    needsScale: { min: template.needsScale.min, max: template.needsScale.max },
    family: {
      family: template.family,
      name: template.name,
      versions: input.versions.map((version) => ({
        instrumentId: version.instrumentId,
        key: version.key,
        version: version.version,
        name: version.instrument.name,
        audience: version.instrument.audience,
      })),
    },
    bases: basisDtos,
    commonBasisId: common && compared.length >= 2 ? common.basis.id : null,
    groups: groups.map((group, g): GapGroupStatus => {
      const shown = (family.shownVersions[g]?.length ?? 0) > 0;
      const all = (family.cellSizes[g] ?? []).reduce((sum, n) => sum + n, 0);
      const respondents = shown ? groupSize(family, g, threshold) : null;
      return {
        groupId: group.id,
        name: group.name,
        kind: group.kind,
        selected: selected.includes(g),
        shown,
        respondents,
        reason: shown ? null : all === 0 ? 'noResponses' : 'belowThreshold',
        ...participation(respondents, group.invited),
        instrumentIds: (family.shownVersions[g] ?? []).map((v) => family.versions[v]!.instrumentId),
      };
    }),
    compared: compared.map(idOf),
    dimensions: family.dimensions,
    items: likertStatements.map((statement) => ({
      id: statement.id,
      code: statement.code,
      text: statement.text,
      dimension: statement.dimension,
    })),
    needs: family.needs,
  };
  const needsPictureDto = needsDto(needsOf, family, threshold);
  if (shape === 'report') {
    return {
      ...head,
      profiles,
      comparisons,
      anova,
      largestGaps: largestGaps(comparisons, dimensionName),
      blindSpots,
      needsPicture: needsPictureDto,
    };
  }
  return {
    ...head,
    profiles: profileViews,
    comparisons: comparisonViews,
    anova,
    largestGaps: largestGaps(
      pairRows.map((pair) => ({ ...pair.head, dimensions: dimensionRowsOf(pair) })),
      dimensionName,
    ),
    blindSpots: blindSpots.map(({ overall, dimensions, items, ...spot }) => ({
      ...spot,
      overall: shownBlindSpotRow(overall),
      dimensions: dimensions.map(shownBlindSpotRow),
      items: items.map(shownBlindSpotRow),
    })),
    needsPicture: needsPictureDto,
  };
}

/** What the report and the tab's view hold in different forms, and the parts computed from them. */
type OwnFigures = 'profiles' | 'comparisons' | 'largestGaps' | 'blindSpots' | 'needsPicture';

function emptySummary(): SummaryDto {
  return { n: 0, mean: null, sd: null, ciLow: null, ciHigh: null };
}

/** Respondents of a group in its shown cells. */
function groupSize(family: Family, g: number, threshold: number): number {
  return (family.cellSizes[g] ?? []).reduce((sum, n) => sum + (n >= threshold ? n : 0), 0);
}

/** A mean as shown: none with fewer answers than the threshold or none at all (as `summaryDto`). */
function shownMeanOf(moments: Moments, threshold: number): number | null {
  return isShownCell(moments.n, threshold) ? nullable(moments.mean) : null;
}

function summaryDto(moments: Moments, threshold: number): SummaryDto {
  if (!isShownCell(moments.n, threshold)) {
    return { n: moments.n, mean: null, sd: null, ciLow: null, ciHigh: null };
  }
  const interval = meanConfidenceInterval(moments);
  return {
    n: moments.n,
    mean: shownMeanOf(moments, threshold),
    sd: nullable(Math.sqrt(moments.variance)),
    ciLow: interval ? interval.low : null,
    ciHigh: interval ? interval.high : null,
  };
}

/**
 * The scoring model of a basis — its shared likert statements, every importance and performance
 * statement of the family — and every group's moments on it. A family matrix of scored values
 * has its statements turned round already; a raw one (one version) is turned round here.
 */
function scoreBasis(
  family: Family,
  basis: Basis,
  template: Instrument,
  minAnsweredFraction: number | undefined,
  scorings: readonly (ScoredGroupMoments | undefined)[],
): BasisData {
  const statements = [
    ...basis.statements.map((index) => family.statements[index]!),
    ...family.statements.filter((statement) => statement.kind !== 'likert'),
  ];
  const used = new Set(statements.map((statement) => statement.dimension));
  const instrument: Instrument = {
    ...template,
    dimensions: family.dimensions
      .filter((dimension) => used.has(dimension.code))
      .map((dimension) => ({ ...dimension, description: null })),
    needs: family.needs,
    items: statements.map((statement): Item => ({
      id: statement.id,
      linkedTo: null,
      code: statement.id,
      kind: statement.kind,
      text: statement.text,
      dimension: statement.kind === 'likert' ? statement.dimension : null,
      reverse: family.raw && statement.kind === 'likert' && statement.reverse,
      need: statement.kind === 'likert' ? null : statement.need,
    })),
  };
  const model = buildScoringModel(instrument, family.matrix.itemCodes, {
    ...(minAnsweredFraction === undefined ? {} : { minAnsweredFraction }),
  });
  // Only the groups' moments are needed (no whole-sample figure): taken from the caller's scoring
  // of the same answers where it has one, else respondents are scored as they are read, and
  // respondents outside the compared cells not at all.
  const { layout, moments } =
    basisMoments(family, model, scorings) ??
    computeScoredGroupMoments(family.matrix, model, { withTotal: false });
  return { basis, model, layout, moments };
}

/**
 * What two groups on a basis are compared on, as columns of its scored layout with their ids and
 * codes: the shared likert statements; the dimensions with statements, then the overall index.
 * Worked out once per basis: every pair on it has the same rows.
 */
interface ComparedRows {
  statementColumns: Int32Array;
  statementIds: string[];
  statementCodes: string[];
  dimensionColumns: Int32Array;
  dimensionCodes: string[];
}

function comparedRows(data: BasisData, family: Family): ComparedRows {
  if (data.rows) return data.rows;
  const { model, layout } = data;
  const shared = new Set(data.basis.statements.map((index) => family.statements[index]!.id));
  const likert = model.items.flatMap((item, i) => (shared.has(item.code) ? [i] : []));
  const codeOf = new Map(family.statements.map((statement) => [statement.id, statement.code]));
  const scoredDimensions = model.dimensions.flatMap((d, index) =>
    d.items.length > 0 ? [index] : [],
  );
  data.rows = {
    statementColumns: Int32Array.from(likert, (i) => layout.items + i),
    statementIds: likert.map((i) => model.items[i]!.code),
    statementCodes: likert.map((i) => codeOf.get(model.items[i]!.code) ?? model.items[i]!.code),
    dimensionColumns: Int32Array.from([
      ...scoredDimensions.map((d) => layout.dimensions + d),
      layout.overall,
    ]),
    dimensionCodes: [...scoredDimensions.map((d) => model.dimensions[d]!.code), OVERALL_CODE],
  };
  return data.rows;
}

function anovaRows(
  data: BasisData,
  compared: readonly number[],
  cell: (data: BasisData, g: number, column: number) => Moments,
  threshold: number,
): AnovaRowDto[] {
  if (compared.length < 2) return [];
  const columns = [
    ...data.model.dimensions.flatMap((d, index) =>
      d.items.length > 0 ? [{ code: d.code, column: data.layout.dimensions + index }] : [],
    ),
    { code: OVERALL_CODE, column: data.layout.overall },
  ];
  const results = columns.map(({ code, column }) => {
    const moments = compared
      .map((g) => cell(data, g, column))
      .filter((m) => isShownCell(m.n, threshold));
    return { code, result: welchAnova(moments) };
  });
  // A Float64Array like every other caller in the analysis: one shape for the engine to compile.
  const adjusted = holmAdjust(Float64Array.from(results, ({ result }) => result.p));
  return results.map(({ code, result }, index) => ({
    code,
    groups: result.groups,
    f: nullable(result.f),
    df1: nullable(result.df1),
    df2: nullable(result.df2),
    p: nullable(result.p),
    pHolm: nullable(adjusted[index]!),
    omegaSquared: nullable(result.omegaSquared),
    supported: adjusted[index]! < SIGNIFICANCE_LEVEL,
    status: result.status,
  }));
}

function basisDto(family: Family, basis: Basis): GapBasisDto {
  const statementIds = basis.statements.map((index) => family.statements[index]!.id);
  const shared = new Set(statementIds);
  const inAny = family.statements.filter(
    (statement) =>
      statement.kind === 'likert' && basis.versions.some((v) => statement.inVersion[v]),
  );
  const dimensionCodes = [
    ...new Set(basis.statements.map((index) => family.statements[index]!.dimension)),
  ].filter((code): code is string => code !== null);
  const askedDimensions = new Set(inAny.map((statement) => statement.dimension));
  return {
    id: basis.id,
    kind: basis.versions.length > 1 ? 'linked' : 'version',
    instrumentIds: basis.versions.map((v) => family.versions[v]!.instrumentId),
    statementIds,
    dimensionCodes: family.dimensions
      .map((dimension) => dimension.code)
      .filter((code) => dimensionCodes.includes(code)),
    leftOutStatements: inAny
      .filter((statement) => !shared.has(statement.id))
      .map((statement) => ({ id: statement.id, code: statement.code, text: statement.text })),
    leftOutDimensions: family.dimensions.filter(
      (dimension) =>
        askedDimensions.has(dimension.code) && !dimensionCodes.includes(dimension.code),
    ),
  };
}

/**
 * The largest notable differences between dimension scores over all pairs, largest first by the
 * difference as shown. Dimensions rather than single statements: they summarise several
 * statements and are what a consultant discusses with the client first. Gaps of the same shown
 * size share their rank, and a tie at the last place keeps every tied gap.
 */
export function largestGaps(
  comparisons: readonly Omit<ComparisonDto, 'items' | 'overall'>[],
  dimensionName: ReadonlyMap<string, LocalizedText>,
  count = LARGEST_GAP_COUNT,
): LargestGap[] {
  const candidates = comparisons.flatMap((comparison) =>
    comparison.dimensions
      .filter(
        (row) => row.notable && row.shownDiff !== null && row.meanA !== null && row.meanB !== null,
      )
      .map((row) => ({ comparison, row, size: Math.abs(row.shownDiff!) })),
  );
  // Stable sort: equal gaps keep pair and questionnaire order.
  candidates.sort((x, y) => y.size - x.size);
  const cutOff = candidates[count - 1]?.size;
  const chosen = candidates.filter(
    (candidate, index) => index < count || candidate.size === cutOff,
  );
  return chosen.map(({ comparison, row, size }) => {
    const flip = row.diff! < 0;
    const oriented = flip ? flipRow(row) : row;
    const gap: Omit<LargestGap, 'sentence'> = {
      code: row.code,
      label: dimensionName.get(row.code) ?? { nl: row.code, en: row.code },
      basisId: comparison.basisId,
      higherGroupId: flip ? comparison.groupB : comparison.groupA,
      lowerGroupId: flip ? comparison.groupA : comparison.groupB,
      higherName: flip ? comparison.nameB : comparison.nameA,
      lowerName: flip ? comparison.nameA : comparison.nameB,
      meanHigher: roundTo(oriented.meanA!),
      meanLower: roundTo(oriented.meanB!),
      diff: shownDifference(oriented.meanA!, oriented.meanB!),
      ciLow: oriented.ciLow,
      ciHigh: oriented.ciHigh,
      g: oriented.g,
      gCiLow: oriented.gCiLow,
      gCiHigh: oriented.gCiHigh,
      pHolm: row.pHolm,
      rank: 1 + candidates.findIndex((candidate) => candidate.size === size),
      tied: candidates.filter((candidate) => candidate.size === size).length > 1,
    };
    return Object.defineProperty(gap, 'sentence', SENTENCE_PROPERTY) as LargestGap;
  });
}

/**
 * A largest gap's sentence is worded when first read (the screen, JSON, a structured clone all
 * read it): a process that never shows a sentence — `analyze --json` — does not build the number
 * formatters. One getter for every gap, reading the gap's own fields: a getter written in each
 * gap's literal was a new function per gap, which gave every gap a map of its own (long-lived
 * memory the young-generation collector treats as alive), so each analysis's whole report
 * survived its first collections.
 */
const SENTENCE_PROPERTY: PropertyDescriptor = {
  get: wordedSentence,
  enumerable: true,
  configurable: true,
};
const wordedSentences = new WeakMap<object, LocalizedText>();

function wordedSentence(this: Omit<LargestGap, 'sentence'>): LocalizedText {
  let sentences = wordedSentences.get(this);
  if (!sentences) {
    const sentence = (language: 'nl' | 'en') =>
      gapSentence(
        {
          higher: this.higherName,
          lower: this.lowerName,
          label: localized(this.label, language),
          meanHigher: this.meanHigher,
          meanLower: this.meanLower,
          diff: this.diff,
        },
        language,
      );
    sentences = { nl: sentence('nl'), en: sentence('en') };
    wordedSentences.set(this, sentences);
  }
  return sentences;
}

type GroupNeeds = Pick<GroupProfile, 'groupId' | 'name' | 'kind' | 'importance' | 'performance'>;

function needsDto(profiles: GroupNeeds[], family: Family, threshold: number): NeedsDto {
  const mean = (summary: SummaryDto | undefined) =>
    summary && summary.mean !== null && summary.n >= threshold ? summary.mean : Number.NaN;
  const importance = profiles.map((profile) =>
    Float64Array.from(family.needs, (_, k) => mean(profile.importance[k])),
  );
  const picture = needsPicture(importance);
  const ipa = profiles.flatMap((profile): IpaDto[] => {
    if (profile.kind !== 'customer') return [];
    const grid = ipaGrid(
      family.needs.map((need, k) => ({
        code: need.code,
        importance: mean(profile.importance[k]),
        performance: mean(profile.performance[k]),
      })),
    );
    if (!grid) return [];
    return [
      {
        groupId: profile.groupId,
        name: profile.name,
        importanceSplit: grid.importanceSplit,
        performanceSplit: grid.performanceSplit,
        needs: grid.needs.map((point, k) => ({
          code: point.code,
          name: family.needs[k]!.name,
          importance: nullable(point.importance),
          performance: nullable(point.performance),
          quadrant: point.quadrant,
        })),
      },
    ];
  });
  return {
    groups: profiles.map((profile) => ({ groupId: profile.groupId, name: profile.name })),
    rankings: family.needs.map((need, k) => ({
      code: need.code,
      name: need.name,
      importance: importance.map((means) => nullable(means[k]!)),
      n: profiles.map((profile) => profile.importance[k]?.n ?? 0),
      rank: picture.ranks.map((ranks) => nullable(ranks[k]!)),
    })),
    correlations: picture.correlations.map((pair) => ({
      groupA: profiles[pair.a]!.groupId,
      groupB: profiles[pair.b]!.groupId,
      nameA: profiles[pair.a]!.name,
      nameB: profiles[pair.b]!.name,
      rho: nullable(pair.rho),
      needCount: pair.needCount,
    })),
    disagreement: picture.disagreement.map((row) => ({
      code: family.needs[row.need]!.code,
      name: family.needs[row.need]!.name,
      rank: row.ranks.map(nullable),
      rankRange: nullable(row.rankRange),
    })),
    ipa,
  };
}
