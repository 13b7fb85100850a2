/**
 * `klantspiegel analyze`: a survey export analysed exactly as the app would after importing it.
 * The file goes through the app's import path — header matching (codes and question texts),
 * answer labels ("Helemaal mee eens"), the respondent-id column, group names that differ only in
 * case, accents or spaces taken as one group — and is refused where the app's preview names a
 * problem (duplicate respondent ids, no data rows, unknown labels, off-scale answers, short rows,
 * a column that matches no statement while statements are missing, two columns with one header),
 * every problem with its row and column. The figures come from the app's own functions
 * (shared/questionnaire/analysis-json.ts).
 */
// First: before any module below builds its zod schemas (see zod-jitless.ts).
import './zod-jitless';
import { basename } from 'node:path';
// The import's modules themselves, not its index: the index also builds the import mapping's
// zod schema (for the app's IPC), which an analysis has no use for.
import { groupValueKey, type GroupRef } from '@shared/import/group-match';
import type { ImportMapping } from '@shared/import/mapping';
import { previewImport, type ImportRows, type PreviewOptions } from '@shared/import/preview';
import { describeProblem, type ImportProblem } from '@shared/import/problems';
import { suggestLabels, suggestMapping } from '@shared/import/suggest-mapping';
import { columnLetter, type Table } from '@shared/import/table';
import { isPersonalDataHeader } from '@shared/import/header-roles';
import { compactKey } from '@shared/import/text-normalise';
import { analysisJson, type AnalysisJson } from '@shared/questionnaire/analysis-json';
import { formatNumber, SCALE_DIGITS } from '@shared/i18n/format';
import { localized, scoredItemCodes, type Instrument } from '@shared/questionnaire/instrument';
import { parseInstrumentFile } from '@shared/questionnaire/instrument-file';
import type { ResponseMatrix } from '@shared/scoring';
import { readTable } from '../files/read-table';

import { InputError } from './input-error';

export { InputError };

// Not `import … from 'node:fs'`, which loads Node's stream modules (see index.ts).
const { existsSync, readFileSync } = process.getBuiltinModule('node:fs');

const MAX_LISTED_PROBLEMS = 20;
/** The group of every row when the file has no group column. */
const ALL_RESPONDENTS = 'all';
/** Preview problems the app shows as warnings but a command without a person to ask refuses. */
const REFUSED_WARNINGS = new Set<ImportProblem['kind']>(['raggedRow']);

/**
 * An instrument file, or else a built-in instrument by id. The built-in content (instruments,
 * guides, tips, norms and their schemas) is loaded only then: an analysis of an instrument file
 * does without it.
 */
export async function loadInstrument(reference: string): Promise<Instrument> {
  if (!existsSync(reference)) {
    const { builtinInstruments } = await import('../core/content/builtin-content');
    const builtin = builtinInstruments().find((instrument) => instrument.id === reference);
    if (builtin) return builtin;
    const known = builtinInstruments()
      .map((instrument) => instrument.id)
      .join(', ');
    throw new InputError(
      `Instrument "${reference}" is neither a file nor a built-in instrument (${known}).`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(reference, 'utf8'));
  } catch {
    throw new InputError(`${reference}: not a JSON instrument file.`);
  }
  const parsed = parseInstrumentFile(json);
  if (!parsed.ok) {
    const lines = parsed.problems
      .slice(0, MAX_LISTED_PROBLEMS)
      .map((problem) => `  ${problem.path || '(file)'}: ${problem.message}`);
    throw new InputError(`${reference}: the instrument file has problems:\n${lines.join('\n')}`);
  }
  return parsed.instrument;
}

function refuse(problems: string[]): never {
  const more =
    problems.length > MAX_LISTED_PROBLEMS
      ? `\n  … and ${problems.length - MAX_LISTED_PROBLEMS} more`
      : '';
  throw new InputError(
    `The responses file has ${problems.length} problem(s):\n  ${problems.slice(0, MAX_LISTED_PROBLEMS).join('\n  ')}${more}`,
  );
}

function where(table: Table, column: number): string {
  return `column ${columnLetter(column)} "${table.headers[column] ?? ''}"`;
}

/** Two columns with the same header: which one is meant cannot be told. */
function duplicateHeaders(table: Table): string[] {
  const first = new Map<string, number>();
  const problems: string[] = [];
  table.headers.forEach((header, column) => {
    const key = compactKey(header);
    if (key === '') return;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, column);
    else problems.push(`${where(table, column)}: the same header as ${where(table, earlier)}.`);
  });
  return problems;
}

/** The group column: the one named, or the one the app would pick from its header. */
function groupColumnOf(table: Table, instrument: Instrument, named: string | undefined) {
  if (named === undefined) {
    // A whole first mapping of the file, made only when no column was named.
    const probe = suggestMapping(table, instrument, []);
    return probe.columns.find((column) => column.target.kind === 'group')?.index;
  }
  const wanted = compactKey(named);
  const index = table.headers.findIndex((header) => compactKey(header) === wanted);
  if (index < 0) throw new InputError(`There is no column "${named}" for the groups.`);
  return index;
}

/**
 * The groups are the distinct values of the group column, taken as the app matches group names:
 * "Productie", "productie " and "PRODUCTIE" are one group, named as first written.
 */
function groupsOf(table: Table, column: number | undefined): GroupRef[] {
  if (column === undefined) return [{ id: ALL_RESPONDENTS, name: ALL_RESPONDENTS }];
  const groups = new Map<string, GroupRef>();
  // The same few names repeat in every row: each distinct text is normalised once.
  const seen = new Set<string>();
  for (let index = 0; index < table.rows.length; index++) {
    const text = (table.rows[index]![column] ?? '').trim();
    if (text === '' || seen.has(text)) continue;
    seen.add(text);
    const key = groupValueKey(text);
    if (!groups.has(key)) groups.set(key, { id: key, name: text });
  }
  return [...groups.values()];
}

/**
 * Reads the table as the app's import does and returns the response matrix, or refuses with
 * every problem named by row and column.
 */
export function tableToMatrix(
  table: Table,
  instrument: Instrument,
  groupColumn: string | undefined,
): { matrix: ResponseMatrix; groupNames: string[]; warnings: string[] } {
  const problems = duplicateHeaders(table);
  const { groups, mapping, preview } = previewOfTable(table, instrument, groupColumn);

  const itemCodes = scoredItemCodes(instrument);
  const scored = new Set(itemCodes);
  const missing = preview.summary.unmappedItemCodes.filter((code) => scored.has(code));
  const unmatched = mapping.columns.filter(
    (column) =>
      column.target.kind === 'ignore' &&
      column.header.trim() !== '' &&
      !isPersonalDataHeader(column.header),
  );
  if (preview.summary.mappedItemCodes.length === 0) {
    throw new InputError(
      `No column header matches a statement of the instrument (e.g. ${instrument.items[0]?.code ?? '?'}).`,
    );
  }
  if (missing.length > 0) {
    // A column that matches nothing while statements have no column is most likely misspelled.
    for (const column of unmatched) {
      problems.push(
        `${where(table, column.index)}: matches no statement of the instrument; without a column: ${missing.join(', ')}.`,
      );
    }
  }
  const warnings: string[] = [];
  for (const problem of preview.problems) {
    if (problem.severity === 'error' || REFUSED_WARNINGS.has(problem.kind)) {
      problems.push(describeProblem(problem));
    } else {
      warnings.push(describeProblem(problem));
    }
  }
  if (!preview.canImport && problems.length === 0) problems.push('Nothing can be analysed.');
  if (problems.length > 0) refuse(problems);

  const matrix = matrixOfRows(
    preview.rows,
    itemCodes,
    groups.map((group) => group.id),
  );
  return {
    matrix,
    groupNames: groups.map((group) => group.name),
    warnings,
  };
}

/**
 * The mapping the app proposes for the file, with only the group column (named, or else the one
 * the app would pick) mapped to the groups, which are its values. `withLabels: false` leaves the
 * answer labels out (see `previewOfTable`); `suggestedColumns` are the columns as proposed.
 */
export function analyzeMapping(
  table: Table,
  instrument: Instrument,
  groupColumn: string | undefined,
  { withLabels }: { withLabels: boolean },
) {
  // The group column (found by a first mapping when not named); the groups come from its values.
  const groupIndex = groupColumnOf(table, instrument, groupColumn);
  const groups = groupsOf(table, groupIndex);
  // Without labels, the columns only: the group values are mapped below, from `groups`.
  const suggested = suggestMapping(table, instrument, groups, { withValues: withLabels });
  const columns = suggested.columns.map((column) => {
    if (column.index === groupIndex) return { ...column, target: { kind: 'group' as const } };
    // Only the named column holds the groups.
    return column.target.kind === 'group'
      ? { ...column, target: { kind: 'ignore' as const } }
      : column;
  });
  const mapping: ImportMapping = {
    ...suggested,
    columns,
    groupValues: groups.map((group) => ({ text: group.name, count: 0, groupId: group.id })),
  };
  const options: PreviewOptions =
    groupIndex === undefined ? { defaultGroupId: ALL_RESPONDENTS } : {};
  return { groups, mapping, suggestedColumns: suggested.columns, options };
}

/**
 * The app's preview of the file under `analyzeMapping`, reading its cells once when they hold no answer labels (most
 * exports: numbers only). The app scans the item columns for labels before the preview; here the
 * preview runs first with no labels known, and only when it meets a label (an "unknown label"
 * cell, exactly the cells the scan would collect) are the labels scanned, as the app would
 * suggest them from the columns it proposed, and the preview made again.
 * Without labels the label mapping is never consulted, so both previews are the same.
 */
export function previewOfTable(
  table: Table,
  instrument: Instrument,
  groupColumn: string | undefined,
) {
  const proposed = analyzeMapping(table, instrument, groupColumn, { withLabels: false });
  const { groups, mapping, suggestedColumns, options } = proposed;
  // The preview's respondents as columns (ImportRows), not one object of answers each: the
  // matrix is read from its array of answers.
  let preview = previewImport(table, mapping, instrument, groups, options);
  if (preview.summary.problemCounts.unknownLabel) {
    const labels = suggestLabels(table, suggestedColumns, instrument);
    preview = previewImport(table, { ...mapping, labels }, instrument, groups, options);
  }
  return { groups, mapping, preview };
}

/**
 * The response matrix of the preview's respondents (`ImportRows`) on `itemCodes`, groups numbered
 * in the order of `groupIds`: the answers the app's import stores, read straight from the
 * preview's array rather than from one answers object per respondent.
 */
export function matrixOfRows(
  rows: ImportRows,
  itemCodes: string[],
  groupIds: readonly string[],
): ResponseMatrix {
  const groupNumber = new Map(groupIds.map((id, index) => [id, index]));
  const count = rows.codes.length;
  const width = itemCodes.length;
  const groupOf = new Int32Array(count);
  for (let r = 0; r < count; r++) groupOf[r] = groupNumber.get(rows.groupIds[r] ?? '') ?? -1;
  // The preview's columns are usually the statements in order: its array is the matrix.
  const sameColumns =
    rows.itemCodes.length === width && rows.itemCodes.every((code, i) => code === itemCodes[i]);
  if (sameColumns && rows.values.length === count * width) {
    return { itemCodes, values: rows.values, groupOf, groupCount: groupIds.length };
  }
  const values = new Float64Array(count * width).fill(Number.NaN);
  // Each statement's column among the preview's (the last one, should a code repeat: as answers
  // written into one object per respondent would keep it); statements without one stay missing.
  const previewColumn = new Map(rows.itemCodes.map((code, column) => [code, column]));
  const previewWidth = rows.itemCodes.length;
  for (let index = 0; index < width; index++) {
    const column = previewColumn.get(itemCodes[index]!);
    if (column === undefined) continue;
    for (let r = 0; r < count; r++) {
      values[r * width + index] = rows.values[r * previewWidth + column]!;
    }
  }
  return { itemCodes, values, groupOf, groupCount: groupIds.length };
}

export interface AnalyzeOptions {
  instrument: string;
  responses: string;
  groupColumn?: string | undefined;
  anonymityThreshold?: number | undefined;
  minAnsweredFraction?: number | undefined;
}

export async function analyze(
  options: AnalyzeOptions,
): Promise<{ instrument: Instrument; json: AnalysisJson; warnings: string[] }> {
  const instrument = await loadInstrument(options.instrument);
  if (!existsSync(options.responses)) throw new InputError(`${options.responses}: file not found.`);
  let table: Table;
  try {
    table = await readTable(readFileSync(options.responses), basename(options.responses));
  } catch (error) {
    throw new InputError(
      `${options.responses}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const { matrix, groupNames, warnings } = tableToMatrix(table, instrument, options.groupColumn);
  const json = analysisJson({
    instrument,
    matrix,
    groupNames,
    anonymityThreshold: options.anonymityThreshold ?? 5,
    minAnsweredFraction: options.minAnsweredFraction ?? 0.5,
  });
  return { instrument, json, warnings };
}

const fmt = (value: number | null) =>
  value === null ? '–' : formatNumber(value, 'en', SCALE_DIGITS);

/** The human-readable summary printed without --json (figures as the app shows them). */
export function formatAnalysis(instrument: Instrument, json: AnalysisJson): string {
  const total = json.total;
  const lines = [
    `${localized(instrument.name, 'en')} (v${instrument.version}) — ${total ? `${total.respondents} respondents shown` : 'nothing may be shown'}`,
  ];
  const groups = json.groups.filter(
    (group): group is Extract<typeof group, { suppressed: false }> => !group.suppressed,
  );
  lines.push(
    [
      'Dimension'.padEnd(12),
      'All'.padStart(7),
      ...groups.map((group) => group.name.slice(0, 10).padStart(11)),
    ].join(''),
  );
  (total?.dimensions ?? []).forEach((dimension, index) => {
    lines.push(
      [
        dimension.code.padEnd(12),
        fmt(dimension.mean).padStart(7),
        ...groups.map((group) => fmt(group.dimensions[index]?.mean ?? null).padStart(11)),
      ].join(''),
    );
  });
  if (total) {
    lines.push(
      [
        'Overall'.padEnd(12),
        fmt(total.overall.mean).padStart(7),
        ...groups.map((group) => fmt(group.overall.mean).padStart(11)),
      ].join(''),
    );
  }
  const suppressed = json.groups.filter((group) => group.suppressed).map((group) => group.name);
  if (suppressed.length > 0)
    lines.push(
      `Not shown (fewer than ${json.anonymityThreshold} respondents): ${suppressed.join(', ')}`,
    );
  lines.push(
    'Reliability (Cronbach α): ' +
      json.reliability.map((entry) => `${entry.dimension} ${fmt(entry.alpha)}`).join(', '),
  );
  const notable = json.largestGaps;
  lines.push(
    notable.length === 0
      ? 'No difference between groups is both large and statistically supported (Holm, all comparisons).'
      : `Notable gaps (large and supported, Holm across all ${json.multiplicity.dimensionTests} dimension comparisons):`,
  );
  for (const gap of notable) {
    lines.push(
      `  ${gap.rank}${gap.tied ? '=' : ''}. ${gap.dimension}: ${gap.higher} ${fmt(gap.meanHigher)} − ${gap.lower} ${fmt(gap.meanLower)} = ${fmt(gap.diff)}`,
    );
  }
  return lines.join('\n');
}
