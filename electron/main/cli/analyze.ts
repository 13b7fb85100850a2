import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { columnLetter, fileRowNumber, parseNumericAnswer } from '@shared/import';
import { analysisJson, type AnalysisJson } from '@shared/questionnaire/analysis-json';
import { localized, type Instrument } from '@shared/questionnaire/instrument';
import { parseInstrumentFile } from '@shared/questionnaire/instrument-file';
import type { ResponseMatrix } from '@shared/scoring';
import { builtinInstruments } from '../core/content/builtin-content';
import { readTable } from '../files/read-table';
import type { Table } from '@shared/import';

/** A problem in the user's input: reported as one line, exit code 1, never a stack trace. */
export class InputError extends Error {}

const SCORED_KINDS = new Set(['likert', 'importance', 'performance']);
const MAX_LISTED_PROBLEMS = 20;
const BRACKETED_CODE = /\[([^\]]+)\]\s*$/;

export function loadInstrument(reference: string): Instrument {
  if (!existsSync(reference)) {
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

/**
 * Reads one row per respondent with item codes as headers. Every cell that is not blank must be
 * a whole number on the item's scale; problems name their row and column as a spreadsheet does.
 */
export function tableToMatrix(
  table: Table,
  instrument: Instrument,
  groupColumn: string | undefined,
) {
  const items = instrument.items.filter((item) => SCORED_KINDS.has(item.kind));
  const headerIndex = new Map(
    table.headers.map((header, index) => [header.trim().toLowerCase(), index]),
  );
  // Survey tools such as Google Forms put the code in brackets after the question text.
  table.headers.forEach((header, index) => {
    const bracketed = BRACKETED_CODE.exec(header)?.[1]?.trim().toLowerCase();
    if (bracketed && !headerIndex.has(bracketed)) headerIndex.set(bracketed, index);
  });
  const columns = items.map((item) => headerIndex.get(item.code.toLowerCase()));
  if (columns.every((column) => column === undefined)) {
    throw new InputError(
      'No column header matches an item code of the instrument (e.g. ' +
        (items[0]?.code ?? '?') +
        ').',
    );
  }
  let groupIndex: number | undefined;
  if (groupColumn !== undefined) {
    groupIndex = headerIndex.get(groupColumn.trim().toLowerCase());
    if (groupIndex === undefined)
      throw new InputError(`There is no column "${groupColumn}" for the groups.`);
  }
  const problems: string[] = [];
  const where = (row: number, column: number) =>
    `Row ${fileRowNumber(table, row)}, column ${columnLetter(column)} (${table.headers[column] ?? ''})`;
  const groupNames: string[] = [];
  const groupNumber = new Map<string, number>();
  const values = new Float64Array(table.rows.length * items.length).fill(Number.NaN);
  const groupOf = new Int32Array(table.rows.length).fill(-1);
  table.rows.forEach((row, r) => {
    if (groupIndex !== undefined) {
      const name = (row[groupIndex] ?? '').trim();
      if (name === '') problems.push(`${where(r, groupIndex)}: no group.`);
      else {
        if (!groupNumber.has(name)) {
          groupNumber.set(name, groupNames.length);
          groupNames.push(name);
        }
        groupOf[r] = groupNumber.get(name) ?? -1;
      }
    }
    items.forEach((item, i) => {
      const column = columns[i];
      if (column === undefined) return;
      const text = (row[column] ?? '').trim();
      if (text === '') return;
      const value = parseNumericAnswer(text);
      const scale = item.kind === 'likert' ? instrument.scale : instrument.needsScale;
      if (value === null || !Number.isInteger(value)) {
        problems.push(`${where(r, column)}: "${text}" is not a whole number.`);
      } else if (value < scale.min || value > scale.max) {
        problems.push(
          `${where(r, column)}: ${value} is outside the scale ${scale.min}–${scale.max}.`,
        );
      } else {
        values[r * items.length + i] = value;
      }
    });
  });
  if (problems.length > 0) {
    const more =
      problems.length > MAX_LISTED_PROBLEMS
        ? `\n  … and ${problems.length - MAX_LISTED_PROBLEMS} more`
        : '';
    throw new InputError(
      `The responses file has ${problems.length} problem(s):\n  ${problems.slice(0, MAX_LISTED_PROBLEMS).join('\n  ')}${more}`,
    );
  }
  const matrix: ResponseMatrix = {
    itemCodes: items.map((item) => item.code),
    values,
    groupOf,
    groupCount: groupNames.length,
  };
  return { matrix, groupNames };
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
): Promise<{ instrument: Instrument; json: AnalysisJson }> {
  const instrument = loadInstrument(options.instrument);
  if (!existsSync(options.responses)) throw new InputError(`${options.responses}: file not found.`);
  let table: Table;
  try {
    table = await readTable(readFileSync(options.responses), basename(options.responses));
  } catch (error) {
    throw new InputError(
      `${options.responses}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const { matrix, groupNames } = tableToMatrix(table, instrument, options.groupColumn);
  const json = analysisJson({
    instrument,
    matrix,
    groupNames,
    anonymityThreshold: options.anonymityThreshold ?? 5,
    minAnsweredFraction: options.minAnsweredFraction ?? 0.5,
  });
  return { instrument, json };
}

const fmt = (value: number | null, digits = 2) => (value === null ? '–' : value.toFixed(digits));

/** The human-readable summary printed without --json. */
export function formatAnalysis(instrument: Instrument, json: AnalysisJson): string {
  const lines = [
    `${localized(instrument.name, 'en')} (v${instrument.version}) — ${json.total.respondents} respondents`,
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
  json.total.dimensions.forEach((dimension, index) => {
    lines.push(
      [
        dimension.code.padEnd(12),
        fmt(dimension.mean).padStart(7),
        ...groups.map((group) => fmt(group.dimensions[index]?.mean ?? null).padStart(11)),
      ].join(''),
    );
  });
  lines.push(
    [
      'Overall'.padEnd(12),
      fmt(json.total.overall.mean).padStart(7),
      ...groups.map((group) => fmt(group.overall.mean).padStart(11)),
    ].join(''),
  );
  const suppressed = json.groups.filter((group) => group.suppressed).map((group) => group.name);
  if (suppressed.length > 0)
    lines.push(
      `Not shown (fewer than ${json.anonymityThreshold} respondents): ${suppressed.join(', ')}`,
    );
  lines.push(
    'Reliability (Cronbach α): ' +
      json.reliability.map((entry) => `${entry.dimension} ${fmt(entry.alpha)}`).join(', '),
  );
  return lines.join('\n');
}
