/**
 * One instrument family as the gap analysis sees it: the versions groups answered (a staff
 * version, customer versions, copies), their statements identified by statement id — never by
 * code — and the respondents of all versions in one matrix.
 *
 * - A statement's identity is `comparisonId(item)`: the staff statement it is linked to, or its
 *   own id. Statements of different versions with the same identity are the same statement.
 * - The matrix holds scored values: each answer is turned round where the respondent's own
 *   version words the statement in reverse, so every column means the same thing for everyone.
 * - Respondents only count in cells (group × version) that reach the anonymity threshold; a cell
 *   below it contributes to nothing (see shared/scoring/anonymity.ts).
 */
import {
  comparisonId,
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
}

export interface Family {
  versions: FamilyVersion[];
  statements: FamilyStatement[];
  dimensions: { code: string; name: LocalizedText }[];
  needs: { code: string; name: LocalizedText }[];
  /** All respondents of shown cells: columns = statements (scored values), group per row. */
  matrix: ResponseMatrix;
  /** Version index per row of `matrix`. */
  versionOf: Int32Array;
  /** Per group: respondents per version (all cells, shown or not). */
  cellSizes: number[][];
  /** Per group: the version indices of its shown cells. */
  shownVersions: number[][];
}

const SCORED = new Set(['likert', 'importance', 'performance']);

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
      if (!SCORED.has(item.kind)) continue;
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
    for (const g of matrix.groupOf) if (g >= 0 && g < groupCount) cellSizes[g]![v]!++;
  });
  const shownVersions = cellSizes.map((sizes) =>
    sizes.flatMap((size, v) => (size >= threshold ? [v] : [])),
  );

  const columnOf = new Map(statements.map((statement, column) => [statement.id, column]));
  const width = statements.length;
  let rows = 0;
  versions.forEach(({ matrix }, v) => {
    for (const g of matrix.groupOf) if (g >= 0 && shownVersions[g]?.includes(v)) rows++;
  });
  const values = new Float64Array(rows * width).fill(Number.NaN);
  const groupOf = new Int32Array(rows);
  const versionOf = new Int32Array(rows);
  let row = 0;
  versions.forEach(({ instrument, matrix }, v) => {
    const sourceWidth = matrix.itemCodes.length;
    const items = new Map(instrument.items.map((item) => [item.code, item]));
    // Per source column: the family column and whether the answer is turned round.
    const targets = matrix.itemCodes.map((code) => {
      const item = items.get(code);
      if (!item || !SCORED.has(item.kind)) return null;
      const column = columnOf.get(comparisonId(item));
      if (column === undefined || statements[column]!.kind !== item.kind) return null;
      const scale = item.kind === 'likert' ? instrument.scale : instrument.needsScale;
      return { column, reverse: item.reverse, min: scale.min, max: scale.max };
    });
    for (let r = 0; r < matrix.groupOf.length; r++) {
      const g = matrix.groupOf[r]!;
      if (!(g >= 0 && shownVersions[g]?.includes(v))) continue;
      groupOf[row] = g;
      versionOf[row] = v;
      const base = row * width;
      const sourceBase = r * sourceWidth;
      for (let c = 0; c < sourceWidth; c++) {
        const target = targets[c];
        if (!target) continue;
        const x = matrix.values[sourceBase + c]!;
        // Off-scale answers are missing, as in scoring.
        if (!(x >= target.min && x <= target.max)) continue;
        values[base + target.column] = target.reverse ? target.min + target.max - x : x;
      }
      row++;
    }
  });

  return {
    versions,
    statements,
    dimensions: [...dimensions].map(([code, name]) => ({ code, name })),
    needs: [...needs].map(([code, name]) => ({ code, name })),
    matrix: { itemCodes: statements.map((s) => s.id), values, groupOf, groupCount },
    versionOf,
    cellSizes,
    shownVersions,
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
