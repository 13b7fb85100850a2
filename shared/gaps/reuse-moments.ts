/**
 * The gap analysis' group moments on a basis, taken from a scoring of the same answers
 * (`scoreResponses`' `groupMoments`) instead of scoring the respondents again: the Results
 * figures and the gap analysis of one report or one `analyze` then score each respondent once.
 *
 * The numbers are the very same, bit for bit, because nothing is recomputed differently: a
 * group's slot in a scoring holds the n, mean and variance of exactly its own respondents, summed
 * in row order, as the analysis' own pass sums them. A column of the basis is taken from the
 * scoring's column that means the same thing — the same statement, the same dimension (its
 * statements in the same order and the same number required), the same overall index — worked
 * out as a text per column (`columnMeanings`). What cannot be shown to mean the same is not
 * taken: a group whose rows on the basis come from more than this one version, or a scoring
 * whose scales, codes or columns do not match, is scored by the analysis as before.
 */
import { comparisonId, isScoredItem, type Instrument } from '../questionnaire/instrument';
import {
  computeScoredGroupMoments,
  type GroupMoments,
  type ScoredGroupMoments,
} from '../scoring/group-moments';
import type { ScoringModel } from '../scoring/model';
import { scoredLayout, type ScoredLayout } from '../scoring/respondent-scores';
import type { Family } from './family';

/** A column that is missing for every respondent (no answers: n 0). */
const ALWAYS_MISSING = '';
/** A basis column taken as n 0 (its statement is not in the version). */
const EMPTY = -1;

/**
 * What each column of a scored layout holds, as a text: two columns with the same text hold the
 * same value for every respondent of the version. `statementOf` names a model item's statement.
 */
function columnMeanings(
  model: ScoringModel,
  layout: ScoredLayout,
  statementOf: (code: string) => string,
): string[] {
  const meanings = new Array<string>(layout.stride).fill(ALWAYS_MISSING);
  const itemMeaning = model.items.map((item) =>
    item.column < 0 ? ALWAYS_MISSING : `item:${statementOf(item.code)}`,
  );
  itemMeaning.forEach((meaning, i) => (meanings[layout.items + i] = meaning));
  const dimensionMeaning = model.dimensions.map(
    (dimension) =>
      `dimension:${dimension.requiredAnswers}:${dimension.items.map((i) => itemMeaning[i]).join(',')}`,
  );
  dimensionMeaning.forEach((meaning, d) => (meanings[layout.dimensions + d] = meaning));
  // Dimensions without statements never have a score and so never count toward the index.
  const scored = model.dimensions.flatMap((dimension, d) =>
    dimension.items.length > 0 ? [dimensionMeaning[d]] : [],
  );
  meanings[layout.overall] = `overall:${model.requiredDimensions}:${scored.join('|')}`;
  model.needs.forEach((need, k) => {
    if (need.importanceColumn >= 0 && need.importanceItem !== null) {
      meanings[layout.importance + k] = `importance:${statementOf(need.importanceItem)}`;
    }
    if (need.performanceColumn >= 0 && need.performanceItem !== null) {
      meanings[layout.performance + k] = `performance:${statementOf(need.performanceItem)}`;
    }
  });
  return meanings;
}

/**
 * Per basis column, the scoring's column with the same meaning (EMPTY: no answers on this
 * version's rows), or null when some column cannot be matched.
 */
function columnSources(
  family: Family,
  version: number,
  instrument: Instrument,
  scoring: ScoredGroupMoments,
  model: ScoringModel,
  layout: ScoredLayout,
): Int32Array | null {
  const sameScale = (a: ScoringModel['scale'], b: ScoringModel['scale']) =>
    a.min === b.min && a.max === b.max;
  if (!sameScale(scoring.model.scale, model.scale)) return null;
  if (!sameScale(scoring.model.needsScale, model.needsScale)) return null;
  // A code or statement twice in the version: which answer the family keeps is not obvious.
  const codes = scoring.matrix.itemCodes;
  if (new Set(codes).size !== codes.length) return null;
  const statementOfCode = new Map<string, string>();
  const statements = new Set<string>();
  for (const item of instrument.items) {
    if (!isScoredItem(item)) continue;
    const id = comparisonId(item);
    if (statements.has(id) || statementOfCode.has(item.code)) return null;
    statements.add(id);
    statementOfCode.set(item.code, id);
  }
  const ownColumns = new Map<string, number>();
  columnMeanings(scoring.model, scoring.layout, (code) => statementOfCode.get(code) ?? '').forEach(
    (meaning, column) => {
      if (meaning !== ALWAYS_MISSING && !ownColumns.has(meaning)) ownColumns.set(meaning, column);
    },
  );
  const inVersion = new Map(
    family.statements.map((statement) => [statement.id, statement.inVersion[version] === true]),
  );
  const meanings = columnMeanings(model, layout, (code) => code);
  const sources = new Int32Array(meanings.length);
  for (let column = 0; column < meanings.length; column++) {
    const meaning = meanings[column]!;
    const own = ownColumns.get(meaning);
    if (own !== undefined) {
      sources[column] = own;
      continue;
    }
    // A statement this version does not ask: no answers on its rows.
    const statement = /^(?:item|importance|performance):(.*)$/.exec(meaning)?.[1];
    if (
      meaning === ALWAYS_MISSING ||
      (statement !== undefined && inVersion.get(statement) === false)
    ) {
      sources[column] = EMPTY;
      continue;
    }
    return null;
  }
  return sources;
}

/**
 * The moments of every group on the basis (as `computeScoredGroupMoments` with `withTotal:
 * false` gives them), each group whose rows are one scored version's taken from that scoring,
 * the other groups scored here. `scorings` is per version index of the family (undefined: none).
 */
export function basisMoments(
  family: Family,
  model: ScoringModel,
  scorings: readonly (ScoredGroupMoments | undefined)[],
): { layout: ScoredLayout; moments: GroupMoments } | null {
  const groupCount = family.matrix.groupCount;
  const basisLayout = scoredLayout(model);
  const sources = scorings.map((scoring, v) => {
    const version = family.versions[v];
    if (!scoring || !version || scoring.matrix !== version.matrix) return null;
    if (scoring.matrix.groupCount !== groupCount) return null;
    return columnSources(family, v, version.instrument, scoring, model, basisLayout);
  });
  // Per group: the version whose scoring holds its rows, or −1.
  const takenFrom = Int32Array.from({ length: groupCount }, (_, g) => {
    const shown = family.shownVersions[g] ?? [];
    const v = shown.length === 1 ? shown[0]! : -1;
    return v >= 0 && sources[v] && scorings[v]!.ownSlot[g] === true ? v : -1;
  });
  if (!takenFrom.some((v) => v >= 0)) return null;

  // The other groups with rows on the basis are scored here, and only they.
  const groupOf = new Int32Array(family.matrix.groupOf.length);
  for (let r = 0; r < groupOf.length; r++) {
    const g = family.matrix.groupOf[r]!;
    groupOf[r] = g >= 0 && g < groupCount && takenFrom[g]! < 0 ? g : -1;
  }
  const scored = computeScoredGroupMoments({ ...family.matrix, groupOf }, model, {
    withTotal: false,
  });
  const { layout, moments } = scored;
  const stride = layout.stride;
  for (let g = 0; g < groupCount; g++) {
    const v = takenFrom[g]!;
    if (v < 0) continue;
    const from = scorings[v]!.moments;
    const columns = sources[v]!;
    for (let column = 0; column < stride; column++) {
      const k = g * stride + column;
      const source = columns[column]!;
      if (source === EMPTY) {
        moments.n[k] = 0;
        moments.mean[k] = Number.NaN;
        moments.variance[k] = Number.NaN;
      } else {
        const s = g * from.variableCount + source;
        moments.n[k] = from.n[s]!;
        moments.mean[k] = from.mean[s]!;
        moments.variance[k] = from.variance[s]!;
      }
    }
  }
  return { layout, moments };
}
