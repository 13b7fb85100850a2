/**
 * The import preview: what will be imported from a table under a mapping, and every problem
 * with its row and column. Pure and single-pass, so 10,000 rows × 60 columns take milliseconds.
 */
import type { Instrument, Item } from '../questionnaire/instrument';
import { groupValueKey, type GroupRef } from './group-match';
import { isPersonalDataHeader } from './header-roles';
import {
  labelKey,
  labelScaleOf,
  parseNumericAnswer,
  scaleFor,
  singleDigitAnswer,
  type LabelScale,
  type LabelValue,
} from './labels';
import type { ColumnMapping, ImportMapping } from './mapping';
import {
  problemEffect,
  problemSeverity,
  type ImportProblem,
  type ImportProblemKind,
} from './problems';
import { columnLetter, fileRowNumber, type Table } from './table';

export interface ImportRespondent {
  /** 1-based row in the file. */
  row: number;
  code: string;
  /** True when the file had no code for this respondent and one was generated (R001, …). */
  codeGenerated: boolean;
  groupId: string | null;
  /** Per mapped scale item: the value, or null for missing (blank, don't know, a problem). */
  answers: Record<string, number | null>;
  /** Per mapped open item with a non-blank answer: the text. */
  openAnswers: Record<string, string>;
}

export interface PreviewOptions {
  /** Codes of respondents already in the engagement: a file code that repeats one is refused. */
  existingCodes?: Iterable<string>;
  /** Group for every row when no column is mapped to the group. */
  defaultGroupId?: string | null;
  /** Prefix of generated respondent codes (default "R": R001, R002, …). */
  codePrefix?: string;
  /** At most this many problems are listed (default 5,000); `summary.problemCounts` is complete. */
  maxProblems?: number;
}

export interface ImportSummary {
  /** Rows below the header, empty ones included. */
  dataRows: number;
  respondents: number;
  skippedRows: number;
  emptyRows: number;
  /** Answers that will be stored (not missing), over all respondents and scale items. */
  answers: number;
  /** Missing answers of imported respondents: blank, don't know, or a problem value. */
  missingAnswers: number;
  openAnswers: number;
  generatedCodes: number;
  mappedItemCodes: string[];
  /** Instrument items that no column is mapped to. */
  unmappedItemCodes: string[];
  errors: number;
  warnings: number;
  problemCounts: Partial<Record<ImportProblemKind, number>>;
}

export interface ImportPreview {
  respondents: ImportRespondent[];
  problems: ImportProblem[];
  /** More problems were found than listed. */
  problemsTruncated: boolean;
  summary: ImportSummary;
  /** Something can be imported and no problem blocks the import. */
  canImport: boolean;
}

/**
 * The respondents to import in columns rather than one object each: a 10,000 × 60 file is then
 * a handful of arrays (one of numbers) instead of 10,000 objects of 60 keys, cheap to build,
 * to hand to another thread (the buffer is transferred, not copied) and to store.
 */
export interface ImportRows {
  /** The mapped scale items, in column order: the columns of `values`. */
  itemCodes: string[];
  /** Row-major, `count × itemCodes.length`: the answer, or NaN for missing. */
  values: Float64Array;
  /** Per respondent: its code (generated ones included), … */
  codes: string[];
  /** … its group (null only when the preview blocks the import: no group at all), … */
  groupIds: (string | null)[];
  /** … and its 1-based row in the file. */
  fileRows: Int32Array;
  /** Respondents whose code was generated (R001, …), by index. */
  generatedCodes: Int32Array;
  /** The non-blank open answers: respondent index, item code, text. */
  openAnswers: [respondent: number, itemCode: string, text: string][];
}

/** The preview with its respondents as `ImportRows` (see `previewImport`). */
export type CompactImportPreview = Omit<ImportPreview, 'respondents'> & { rows: ImportRows };

/** The respondents of `rows` as objects, from `start` up to `end` (the preview's sample). */
export function importRespondents(
  rows: ImportRows,
  start = 0,
  end = rows.codes.length,
): ImportRespondent[] {
  const width = rows.itemCodes.length;
  const generated = new Set(rows.generatedCodes);
  const open = new Map<number, Record<string, string>>();
  for (const [index, code, text] of rows.openAnswers) {
    if (index < start || index >= end) continue;
    let texts = open.get(index);
    if (!texts) open.set(index, (texts = {}));
    texts[code] = text;
  }
  const respondents: ImportRespondent[] = [];
  for (let index = start; index < Math.min(end, rows.codes.length); index++) {
    const answers: Record<string, number | null> = {};
    rows.itemCodes.forEach((code, item) => {
      const value = rows.values[index * width + item]!;
      answers[code] = Number.isNaN(value) ? null : value;
    });
    respondents.push({
      row: rows.fileRows[index]!,
      code: rows.codes[index]!,
      codeGenerated: generated.has(index),
      groupId: rows.groupIds[index] ?? null,
      answers,
      openAnswers: open.get(index) ?? {},
    });
  }
  return respondents;
}

interface ItemColumn {
  index: number;
  item: Item;
  labelScale: LabelScale;
  min: number;
  max: number;
}

type ParsedAnswer =
  | { kind: 'blank' }
  | { kind: 'value'; value: number }
  | { kind: 'missing' }
  | { kind: 'unknownLabel' };

const MAX_VALUE_LENGTH = 100;
const BLANK: ParsedAnswer = { kind: 'blank' };
const MISSING: ParsedAnswer = { kind: 'missing' };
const UNKNOWN: ParsedAnswer = { kind: 'unknownLabel' };

function clip(text: string): string {
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;
}

class ProblemList {
  readonly problems: ImportProblem[] = [];
  readonly counts: Partial<Record<ImportProblemKind, number>> = {};
  truncated = false;
  errors = 0;
  warnings = 0;

  constructor(
    private readonly table: Table,
    private readonly max: number,
  ) {}

  add(
    kind: ImportProblemKind,
    where: { row?: number; column?: number; value?: string },
    params: Record<string, string | number> = {},
  ): void {
    this.counts[kind] = (this.counts[kind] ?? 0) + 1;
    const severity = problemSeverity(kind);
    if (severity === 'error') this.errors++;
    else this.warnings++;
    const wholeFile = where.row === undefined;
    if (this.problems.length >= this.max && !wholeFile) {
      this.truncated = true;
      return;
    }
    const column = where.column;
    this.problems.push({
      kind,
      severity,
      effect: problemEffect(kind),
      row: where.row ?? null,
      column: column === undefined ? null : (this.table.headers[column] ?? ''),
      columnIndex: column ?? null,
      columnLetter: column === undefined ? null : columnLetter(column),
      value: where.value === undefined ? null : clip(where.value),
      messageKey: `import.problem.${kind}`,
      params,
    });
  }
}

interface ActiveColumns {
  items: ItemColumn[];
  openItems: ItemColumn[];
  group: number | null;
  code: number | null;
}

/** The usable roles of the mapping's columns; refuses mappings that cannot be right. */
function activeColumns(
  table: Table,
  columns: ColumnMapping[],
  instrument: Instrument,
  problems: ProblemList,
): ActiveColumns {
  const itemsByCode = new Map(instrument.items.map((item) => [item.code, item]));
  const active: ActiveColumns = { items: [], openItems: [], group: null, code: null };
  const firstColumnOf = new Map<string, number>();
  for (const column of columns) {
    const { index, target } = column;
    if (target.kind === 'ignore' || index >= table.headers.length) continue;
    // Checked on the header, not on the mapping's flag, which the UI may have changed.
    if (isPersonalDataHeader(table.headers[index] ?? '')) {
      problems.add('personalDataColumn', { column: index });
      continue;
    }
    const targetKey = target.kind === 'item' ? `item:${target.itemCode}` : target.kind;
    const first = firstColumnOf.get(targetKey);
    if (first !== undefined) {
      const name = target.kind === 'item' ? target.itemCode : target.kind;
      problems.add(
        'columnMappedTwice',
        { column: index },
        { firstColumn: columnLetter(first), target: name },
      );
      continue;
    }
    if (target.kind === 'item') {
      const item = itemsByCode.get(target.itemCode);
      if (!item) {
        problems.add('unknownItemCode', { column: index }, { itemCode: target.itemCode });
        continue;
      }
      const labelScale = labelScaleOf(item);
      const { min, max } = scaleFor(instrument, labelScale);
      const itemColumn = { index, item, labelScale, min, max };
      (item.kind === 'open' ? active.openItems : active.items).push(itemColumn);
    } else if (target.kind === 'group') {
      active.group = index;
    } else {
      active.code = index;
    }
    firstColumnOf.set(targetKey, index);
  }
  return active;
}

function isEmptyRow(cells: string[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    if (cells[i]!.trim() !== '') return false;
  }
  return true;
}

function hasExtraCells(cells: string[], width: number): boolean {
  for (let i = width; i < cells.length; i++) {
    if ((cells[i] ?? '').trim() !== '') return true;
  }
  return false;
}

function* codeGenerator(prefix: string, taken: Set<string>, count: number): Generator<string> {
  const width = Math.max(3, String(count + taken.size).length);
  for (let n = 1; ; n++) {
    const code = `${prefix}${String(n).padStart(width, '0')}`;
    if (!taken.has(code.toLowerCase())) yield code;
  }
}

/**
 * Builds the preview of importing `table` with `mapping` into an engagement with `groups`.
 * Names and other ignored columns are never read into the result.
 */
export function buildPreview(
  table: Table,
  mapping: ImportMapping,
  instrument: Instrument,
  groups: GroupRef[],
  options: PreviewOptions = {},
): ImportPreview {
  const { rows, ...preview } = previewImport(table, mapping, instrument, groups, options);
  return { respondents: importRespondents(rows), ...preview };
}

/** Cell texts to parsed answers, each distinct text parsed once per scale. */
function answerParser(mapping: ImportMapping): (raw: string, scale: LabelScale) => ParsedAnswer {
  const labelValues = new Map<string, LabelValue | null>();
  for (const label of mapping.labels)
    labelValues.set(labelKey(label.scale, label.text), label.value);
  // Survey exports repeat a handful of distinct answers; parse each distinct text once per scale.
  const parsedAnswers: Record<LabelScale, Map<string, ParsedAnswer>> = {
    likert: new Map(),
    needs: new Map(),
  };
  return (raw, labelScale) => {
    const cache = parsedAnswers[labelScale];
    let parsed = cache.get(raw);
    if (parsed !== undefined) return parsed;
    const text = raw.trim();
    const number = text === '' ? null : parseNumericAnswer(text);
    if (text === '') parsed = BLANK;
    else if (number !== null) parsed = { kind: 'value', value: number };
    else {
      const value = labelValues.get(labelKey(labelScale, text));
      if (value === undefined || value === null) parsed = UNKNOWN;
      else parsed = value === 'missing' ? MISSING : { kind: 'value', value };
    }
    cache.set(raw, parsed);
    return parsed;
  };
}

/**
 * One row's answers to the scale items into `values` from `base` on (NaN: missing, or a problem,
 * which is listed); returns how many answers count. A function of its own, called once per row,
 * so that a fresh process compiles this loop over every cell after a few rows rather than after
 * hundreds of calls of the whole row's code.
 */
function readItemAnswers(
  cells: string[],
  items: readonly ItemColumn[],
  itemIndexes: Int32Array,
  values: Float64Array,
  base: number,
  parseAnswer: (raw: string, labelScale: LabelScale) => ParsedAnswer,
  problems: ProblemList,
  row: number,
): number {
  let given = 0;
  for (let item = 0; item < items.length; item++) {
    const column = items[item]!;
    const raw = cells[itemIndexes[item]!] ?? '';
    // One digit is by far the most common cell: a value without a lookup.
    let number = singleDigitAnswer(raw);
    if (number < 0) {
      const parsed = parseAnswer(raw, column.labelScale);
      if (parsed.kind === 'unknownLabel') {
        problems.add('unknownLabel', { row, column: column.index, value: raw.trim() });
      }
      number = parsed.kind === 'value' ? parsed.value : Number.NaN;
    }
    let value = Number.NaN;
    if (Number.isInteger(number) && number >= column.min && number <= column.max) {
      value = number;
      given++;
    } else if (!Number.isNaN(number)) {
      // Only a problem cell makes an object: 600,000 good cells make none.
      const where = { row, column: column.index, value: raw.trim() };
      if (!Number.isInteger(number)) problems.add('notWholeNumber', where);
      else problems.add('outOfRange', where, { min: column.min, max: column.max });
    }
    values[base + item] = value;
  }
  return given;
}

/** The group of a group cell's text, each distinct text matched once. */
function groupFinder(
  mapping: ImportMapping,
  groupIds: Set<string>,
): (text: string) => string | null {
  const groupOfValue = new Map<string, string | null>();
  for (const entry of mapping.groupValues) {
    const known = entry.groupId !== null && groupIds.has(entry.groupId);
    groupOfValue.set(groupValueKey(entry.text), known ? entry.groupId : null);
  }
  const byText = new Map<string, string | null>();
  return (text) => {
    let groupId = byText.get(text);
    if (groupId === undefined) {
      groupId = groupOfValue.get(groupValueKey(text)) ?? null;
      byText.set(text, groupId);
    }
    return groupId;
  };
}

/**
 * The preview as `buildPreview` makes it, with the respondents as `ImportRows`: what the import
 * analysis uses, single pass, no object per row.
 */
export function previewImport(
  table: Table,
  mapping: ImportMapping,
  instrument: Instrument,
  groups: GroupRef[],
  options: PreviewOptions = {},
): CompactImportPreview {
  const problems = new ProblemList(table, options.maxProblems ?? 5000);
  const groupIds = new Set(groups.map((g) => g.id));
  const columns = activeColumns(table, mapping.columns, instrument, problems);
  const defaultGroupId =
    options.defaultGroupId != null && groupIds.has(options.defaultGroupId)
      ? options.defaultGroupId
      : null;

  if (table.rows.length === 0) problems.add('noDataRows', {});
  if (columns.items.length + columns.openItems.length === 0) problems.add('noItemColumns', {});
  if (columns.group === null && defaultGroupId === null) problems.add('noGroup', {});

  const parseAnswer = answerParser(mapping);
  const groupOf = groupFinder(mapping, groupIds);
  const existingCodes = new Set<string>();
  for (const code of options.existingCodes ?? []) existingCodes.add(code.trim().toLowerCase());
  const firstRowOfCode = new Map<string, number>();
  const itemCount = columns.items.length;
  const itemIndexes = Int32Array.from(columns.items, (column) => column.index);
  // Sized for every data row; trimmed to the respondents found at the end.
  let values = new Float64Array(table.rows.length * itemCount);
  const codes: string[] = [];
  const rowGroups: (string | null)[] = [];
  const fileRows: number[] = [];
  const openAnswers: ImportRows['openAnswers'] = [];
  const rowOpenAnswers: [string, string][] = [];
  const needsCode: number[] = [];
  const width = table.headers.length;
  const isCsv = table.delimiter !== undefined;
  let emptyRows = 0;
  let skippedRows = 0;
  let answerCount = 0;
  let missingCount = 0;
  let openCount = 0;

  table.rows.forEach((cells, rowIndex) => {
    const row = fileRowNumber(table, rowIndex);
    if (isEmptyRow(cells)) {
      emptyRows++;
      skippedRows++;
      problems.add('emptyRow', { row });
      return;
    }
    let skip = false;
    if ((isCsv && cells.length < width) || hasExtraCells(cells, width)) {
      problems.add('raggedRow', { row }, { cells: cells.length, expected: width });
    }

    let groupId = defaultGroupId;
    if (columns.group !== null) {
      const text = (cells[columns.group] ?? '').trim();
      groupId = text === '' ? null : groupOf(text);
      if (groupId === null) {
        skip = true;
        if (text === '') problems.add('missingGroup', { row, column: columns.group });
        else problems.add('unknownGroup', { row, column: columns.group, value: text });
      }
    }

    const code = columns.code === null ? '' : (cells[columns.code] ?? '').trim();
    if (code !== '') {
      const key = code.toLowerCase();
      const firstRow = firstRowOfCode.get(key);
      if (existingCodes.has(key) || firstRow !== undefined) {
        skip = true;
        const where = { row, column: columns.code!, value: code };
        problems.add('duplicateCode', where, { firstRow: firstRow ?? 'existing' });
      } else {
        firstRowOfCode.set(key, row);
      }
    }

    // Read straight into the next respondent's place: a skipped row's values are overwritten by
    // the next row, or cut off at the end.
    const given = readItemAnswers(
      cells,
      columns.items,
      itemIndexes,
      values,
      codes.length * itemCount,
      parseAnswer,
      problems,
      row,
    );
    rowOpenAnswers.length = 0;
    // Indexed loops: a fresh process runs this once per row, mostly before compiling it, where
    // `for … of` makes an iterator each time.
    for (let i = 0; i < columns.openItems.length; i++) {
      const column = columns.openItems[i]!;
      const text = (cells[column.index] ?? '').trim();
      if (text !== '') rowOpenAnswers.push([column.item.code, text]);
    }
    if (given + rowOpenAnswers.length === 0 && itemCount + columns.openItems.length > 0) {
      skip = true;
      problems.add('noAnswers', { row });
    }
    if (skip) {
      skippedRows++;
      return;
    }
    const respondent = codes.length;
    codes.push(code);
    rowGroups.push(groupId);
    fileRows.push(row);
    for (let i = 0; i < rowOpenAnswers.length; i++) {
      const [itemCode, text] = rowOpenAnswers[i]!;
      openAnswers.push([respondent, itemCode, text]);
    }
    if (code === '') needsCode.push(respondent);
    answerCount += given;
    missingCount += itemCount - given;
    openCount += rowOpenAnswers.length;
  });

  if (needsCode.length > 0) {
    // The set of codes taken only when codes are generated: a file's own codes, one per row, are
    // many, and copying them costs a fresh process milliseconds.
    const taken = new Set([...existingCodes, ...firstRowOfCode.keys()]);
    const codeSource = codeGenerator(options.codePrefix ?? 'R', taken, needsCode.length);
    for (const respondent of needsCode) {
      const code = codeSource.next().value as string;
      codes[respondent] = code;
      if (columns.code !== null) {
        problems.add('missingCode', { row: fileRows[respondent]!, column: columns.code }, { code });
      }
    }
  }
  if (values.length !== codes.length * itemCount) {
    values = values.slice(0, codes.length * itemCount);
  }

  problems.problems.sort(
    (a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.columnIndex ?? -1) - (b.columnIndex ?? -1),
  );
  const mappedItemCodes = [...columns.items, ...columns.openItems].map((c) => c.item.code);
  const mapped = new Set(mappedItemCodes);
  const blocked = problems.problems.some((p) => p.effect === 'importBlocked');
  return {
    rows: {
      itemCodes: columns.items.map((column) => column.item.code),
      values,
      codes,
      groupIds: rowGroups,
      fileRows: Int32Array.from(fileRows),
      generatedCodes: Int32Array.from(needsCode),
      openAnswers,
    },
    problems: problems.problems,
    problemsTruncated: problems.truncated,
    canImport: codes.length > 0 && !blocked,
    summary: {
      dataRows: table.rows.length,
      respondents: codes.length,
      skippedRows,
      emptyRows,
      answers: answerCount,
      missingAnswers: missingCount,
      openAnswers: openCount,
      generatedCodes: needsCode.length,
      mappedItemCodes,
      unmappedItemCodes: instrument.items.filter((i) => !mapped.has(i.code)).map((i) => i.code),
      errors: problems.errors,
      warnings: problems.warnings,
      problemCounts: problems.counts,
    },
  };
}
