/**
 * One instrument family as the gap analysis sees it: the versions groups answered (a staff
 * version, customer versions, copies), their statements identified by statement id — never by
 * code — and the respondents of all versions in one matrix.
 *
 * - A statement's identity is `comparisonId(item)`: the staff statement it is linked to, or its
 *   own id. Statements of different versions with the same identity are the same statement.
 * - The matrix holds scored values: each answer is turned round where the respondent's own
 *   version words the statement in reverse, so every column means the same thing for everyone.
 *   With a single version the version's own matrix is used as it is (no copy), and `raw` says
 *   that scoring still has to turn the reversed statements round.
 * - Respondents only count in cells (group × version) that reach the anonymity threshold; a cell
 *   below it contributes to nothing (see shared/scoring/anonymity.ts).
 */
import {
  comparisonId,
  isScoredItem,
  type Instrument,
  type Item,
  type LocalizedText,
} from '../questionnaire/instrument';
import type { ResponseMatrix } from '../scoring/response-matrix';

export interface FamilyVersion {
  /** The stored version's id (database id in the app; an index in the CLI). */
  instrumentId: number;
  instrument: Instrument;
  /** This version's responses, groups indexed as in the analysis. */
  matrix: ResponseMatrix;
}

/** One statement of the family. */
export interface FamilyStatement {
  /** Comparison identity (see file comment). */
  id: string;
  /** Code and text as the first version that has it words them (the staff version first). */
  code: string;
  text: LocalizedText;
  kind: Exclude<Item['kind'], 'open'>;
  dimension: string | null;
  need: string | null;
  /** Per version (index into `versions`): whether it asks this statement. */
  inVersion: boolean[];
  /** Worded in reverse in the version that names it (what scoring needs for a `raw` matrix). */
  reverse: boolean;
}

export interface Family {
  versions: FamilyVersion[];
  statements: FamilyStatement[];
  dimensions: { code: string; name: LocalizedText }[];
  needs: { code: string; name: LocalizedText }[];
  /**
   * Respondents by statement, group per row; respondents of cells that are not shown have no
   * group (−1) or are left out. Scored values, unless `raw`.
   */
  matrix: ResponseMatrix;
  /** The matrix holds the answers as given (one version): reversed statements not turned yet. */
  raw: boolean;
  /** Version index per row of `matrix`. */
  versionOf: Int32Array;
  /** Per group: respondents per version (all cells, shown or not). */
  cellSizes: number[][];
  /** Per group: the version indices of its shown cells. */
  shownVersions: number[][];
}

/**
 * Builds the family from its versions (the first one, normally the staff version, names
 * statements, dimensions and needs). `threshold` decides which cells count.
 */
export function buildFamily(versions: FamilyVersion[], threshold: number): Family {
  const statements: FamilyStatement[] = [];
  const byId = new Map<string, FamilyStatement>();
  const dimensions = new Map<string, LocalizedText>();
  const needs = new Map<string, LocalizedText>();
  versions.forEach(({ instrument }, v) => {
    for (const dimension of instrument.dimensions) {
      if (!dimensions.has(dimension.code)) dimensions.set(dimension.code, dimension.name);
    }
    for (const need of instrument.needs) if (!needs.has(need.code)) needs.set(need.code, need.name);
    for (const item of instrument.items) {
      if (!isScoredItem(item)) continue;
      const id = comparisonId(item);
      let statement = byId.get(id);
      if (!statement) {
        statement = {
          id,
          code: item.code,
          text: item.text,
          kind: item.kind as FamilyStatement['kind'],
          dimension: item.dimension,
          need: item.need,
          inVersion: versions.map(() => false),
          reverse: item.reverse,
        };
        byId.set(id, statement);
        statements.push(statement);
      }
      // A linked statement of another kind (a likert item linked to an importance item) is a
      // mistake in the file; it is then simply not the same statement.
      if (statement.kind === item.kind) statement.inVersion[v] = true;
    }
  });

  const groupCount = versions[0]?.matrix.groupCount ?? 0;
  const cellSizes = Array.from({ length: groupCount }, () => versions.map(() => 0));
  versions.forEach(({ matrix }, v) => {
    // Indexed loops over the typed arrays here and below: run once per analysis on thousands of
    // respondents, mostly before the engine has compiled them, where an iterator or a callback
    // per respondent costs many times a plain loop.
    const of = matrix.groupOf;
    for (let r = 0; r < of.length; r++) {
      const g = of[r]!;
      if (g >= 0 && g < groupCount) cellSizes[g]![v]!++;
    }
  });
  const shownVersions = cellSizes.map((sizes) =>
    sizes.flatMap((size, v) => (size >= threshold ? [v] : [])),
  );

  const described = {
    versions,
    statements,
    dimensions: [...dimensions].map(([code, name]) => ({ code, name })),
    needs: [...needs].map(([code, name]) => ({ code, name })),
    cellSizes,
    shownVersions,
  };
  const single = versions.length === 1 ? versions[0]! : undefined;
  if (single) {
    // One version: its columns are the statements already. Only the groups of cells below the
    // threshold are taken away, so those respondents count in no group's figures.
    const idOf = new Map(
      single.instrument.items.filter(isScoredItem).map((item) => [item.code, comparisonId(item)]),
    );
    const { matrix } = single;
    const shownGroup = Uint8Array.from(shownVersions, (list) => (list.length > 0 ? 1 : 0));
    const groupOf = new Int32Array(matrix.groupOf.length);
    for (let r = 0; r < groupOf.length; r++) {
      const g = matrix.groupOf[r]!;
      groupOf[r] = g >= 0 && g < groupCount && shownGroup[g] === 1 ? g : -1;
    }
    return {
      ...described,
      // Columns that are no statement (unknown codes) get a name no statement has.
      matrix: {
        itemCodes: matrix.itemCodes.map((code) => idOf.get(code) ?? `\u0000${code}`),
        values: matrix.values,
        groupOf,
        groupCount,
      },
      raw: true,
      versionOf: new Int32Array(groupOf.length),
    };
  }

  const columnOf = new Map(statements.map((statement, column) => [statement.id, column]));
  const width = statements.length;
  // Whether a cell (group × version) is shown, flat: looked up once per respondent.
  const shownCell = new Uint8Array(groupCount * versions.length);
  shownVersions.forEach((list, g) => {
    for (const v of list) shownCell[g * versions.length + v] = 1;
  });
  const counts = (g: number, v: number) =>
    g >= 0 && g < groupCount && shownCell[g * versions.length + v] === 1;
  let rows = 0;
  versions.forEach(({ matrix }, v) => {
    for (let r = 0; r < matrix.groupOf.length; r++) if (counts(matrix.groupOf[r]!, v)) rows++;
  });
  const values = new Float64Array(rows * width).fill(Number.NaN);
  const groupOf = new Int32Array(rows);
  const versionOf = new Int32Array(rows);
  let row = 0;
  versions.forEach(({ instrument, matrix }, v) => {
    const sourceWidth = matrix.itemCodes.length;
    const items = new Map(instrument.items.map((item) => [item.code, item]));
    // Per source column: the family column (−1: none), the scale, and whether it is turned round.
    const column = new Int32Array(sourceWidth).fill(-1);
    const low = new Float64Array(sourceWidth);
    const high = new Float64Array(sourceWidth);
    const reverse = new Uint8Array(sourceWidth);
    matrix.itemCodes.forEach((code, c) => {
      const item = items.get(code);
      if (!item || !isScoredItem(item)) return;
      const target = columnOf.get(comparisonId(item));
      if (target === undefined || statements[target]!.kind !== item.kind) return;
      const scale = item.kind === 'likert' ? instrument.scale : instrument.needsScale;
      column[c] = target;
      low[c] = scale.min;
      high[c] = scale.max;
      reverse[c] = item.reverse ? 1 : 0;
    });
    for (let r = 0; r < matrix.groupOf.length; r++) {
      const g = matrix.groupOf[r]!;
      if (!counts(g, v)) continue;
      groupOf[row] = g;
      versionOf[row] = v;
      const base = row * width;
      const sourceBase = r * sourceWidth;
      for (let c = 0; c < sourceWidth; c++) {
        const target = column[c]!;
        if (target < 0) continue;
        const x = matrix.values[sourceBase + c]!;
        const min = low[c]!;
        const max = high[c]!;
        // Off-scale answers are missing, as in scoring.
        if (!(x >= min && x <= max)) continue;
        values[base + target] = reverse[c] === 1 ? min + max - x : x;
      }
      row++;
    }
  });

  return {
    ...described,
    matrix: { itemCodes: statements.map((s) => s.id), values, groupOf, groupCount },
    raw: false,
    versionOf,
  };
}

/** The likert statements every one of these versions asks: what they can be compared on. */
export function sharedStatements(family: Family, versionIndices: readonly number[]): number[] {
  return family.statements.flatMap((statement, index) =>
    statement.kind === 'likert' && versionIndices.every((v) => statement.inVersion[v])
      ? [index]
      : [],
  );
}

/** A comparison basis: the versions involved and the statements they share. */
export interface Basis {
  /** "12" for one version, "12+15" for linked versions (instrument ids). */
  id: string;
  versions: number[];
  statements: number[];
}

export function basisOf(family: Family, versionIndices: Iterable<number>): Basis {
  const versions = [...new Set(versionIndices)].sort((a, b) => a - b);
  return {
    id: versions.map((v) => family.versions[v]!.instrumentId).join('+'),
    versions,
    statements: sharedStatements(family, versions),
  };
}
