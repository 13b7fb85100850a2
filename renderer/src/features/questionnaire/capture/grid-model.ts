/**
 * The data-entry grid without React: its columns, its rows as the consultant edits them, and
 * what a typed key means for a cell. Kept pure so the grid component only wires events.
 */
import type { IpcError } from '@shared/ipc/errors';
import type { RespondentView } from '@shared/ipc/questionnaire';
import { scaleOfItem } from '@shared/questionnaire/answers';
import { nextSequentialCode } from '@shared/questionnaire/codes';
import type { Instrument, Item, Scale } from '@shared/questionnaire/instrument';

export type GridColumn =
  | { kind: 'code' }
  | { kind: 'group' }
  | { kind: 'role' }
  | { kind: 'scale'; item: Item; scale: Scale }
  | { kind: 'open'; item: Item };

/** Code, group and role come first; then every item of the instrument in questionnaire order. */
export const FIRST_ITEM_COLUMN = 3;

export function gridColumns(instrument: Instrument): GridColumn[] {
  return [
    { kind: 'code' },
    { kind: 'group' },
    { kind: 'role' },
    ...instrument.items.map((item): GridColumn =>
      item.kind === 'open'
        ? { kind: 'open', item }
        : { kind: 'scale', item, scale: scaleOfItem(instrument, item) },
    ),
  ];
}

/** Widths (rem) for the grid's fixed table layout: typing never makes the browser re-measure. */
export const ROW_HEAD_WIDTH = 5.2;

export function columnWidth(column: GridColumn): number {
  switch (column.kind) {
    case 'code':
      return 6.5;
    case 'group':
      return 11;
    case 'role':
      return 8;
    case 'open':
      return 11;
    case 'scale': {
      // Wide enough for the item code in the header (long codes wrap after "_"), capped.
      const forValues = String(column.scale.max).length > 1 || column.scale.min < 0 ? 3.4 : 2.8;
      return Math.min(6.5, Math.max(forValues, 0.55 * column.item.code.length + 0.8));
    }
  }
}

export type RowStatus = 'new' | 'dirty' | 'saving' | 'saved' | 'error';

export interface GridRow {
  /** Stable React key: the respondent id once saved, a local number before. */
  key: string;
  id: number | null;
  code: string;
  /** The code was generated and never touched: a clash may be solved by taking the next one. */
  codeAuto: boolean;
  groupId: number;
  role: string;
  /** Answered items only (scale values and open texts). */
  answers: Record<string, number | string>;
  status: RowStatus;
  error: IpcError | null;
  /** Counts edits, so a save that finishes after a newer edit does not mark the row saved. */
  version: number;
}

export function rowFromRespondent(respondent: RespondentView): GridRow {
  const answers: Record<string, number | string> = {};
  for (const [code, value] of Object.entries(respondent.answers)) {
    if (value !== null && value !== '') answers[code] = value;
  }
  return {
    key: `r${respondent.id}`,
    id: respondent.id,
    code: respondent.code,
    codeAuto: false,
    groupId: respondent.groupId,
    role: respondent.role,
    answers,
    status: 'saved',
    error: null,
    version: 0,
  };
}

/** The next free code R001, R002, … after the highest one in use. */
export function nextRowCode(codes: Iterable<string>): string {
  return nextSequentialCode('R', codes);
}

let localKeys = 0;

export function newRow(code: string, groupId: number): GridRow {
  localKeys += 1;
  return {
    key: `n${localKeys}`,
    id: null,
    code,
    codeAuto: true,
    groupId,
    role: '',
    answers: {},
    status: 'new',
    error: null,
    version: 0,
  };
}

// ---------------------------------------------------------------------------------------------
// Typing into a scale cell

/** Keys that mean "don't know / no answer" (stored as missing): on the main and numeric keypad. */
export function isMissingKey(key: string, scale: Scale): boolean {
  // A scale with negative values needs the minus sign to type them.
  return key === '.' || key === ',' || (key === '-' && scale.min >= 0);
}

export type DigitResult =
  | { kind: 'value'; text: string; value: number; complete: boolean }
  /** The start of a longer valid value (e.g. "1" of 10 on a 5–10 scale): not an answer yet. */
  | { kind: 'partial'; text: string }
  | { kind: 'refused'; text: string };

function scaleValues(scale: Scale): string[] {
  const values: string[] = [];
  for (let value = scale.min; value <= scale.max; value++) values.push(String(value));
  return values;
}

/**
 * A key typed into a scale cell. `pending` is what was typed into this cell just before without
 * moving on, so "1" then "0" gives 10 on a 1–10 scale. A key that makes no valid value is
 * refused: the cell keeps its value.
 */
export function typeIntoScale(pending: string | null, key: string, scale: Scale): DigitResult {
  const values = scaleValues(scale);
  const judge = (text: string): DigitResult | null => {
    const longer = values.some((value) => value.length > text.length && value.startsWith(text));
    if (values.includes(text))
      return { kind: 'value', text, value: Number(text), complete: !longer };
    return longer ? { kind: 'partial', text } : null;
  };
  if (pending !== null) {
    const extended = judge(pending + key);
    if (extended) return extended;
  }
  return judge(key) ?? { kind: 'refused', text: pending !== null ? pending + key : key };
}

// ---------------------------------------------------------------------------------------------
// Moving around

export interface CellPosition {
  row: number;
  col: number;
}

/** The cell after this one, row by row; null after the very last cell. */
export function nextCell(
  at: CellPosition,
  rowCount: number,
  colCount: number,
): CellPosition | null {
  if (at.col + 1 < colCount) return { row: at.row, col: at.col + 1 };
  if (at.row + 1 < rowCount) return { row: at.row + 1, col: FIRST_ITEM_COLUMN };
  return null;
}

/** The cell before this one, row by row; null before the very first cell. */
export function previousCell(at: CellPosition, colCount: number): CellPosition | null {
  if (at.col > 0) return { row: at.row, col: at.col - 1 };
  if (at.row > 0) return { row: at.row - 1, col: colCount - 1 };
  return null;
}

export function clampCell(at: CellPosition, rowCount: number, colCount: number): CellPosition {
  return {
    row: Math.max(0, Math.min(rowCount - 1, at.row)),
    col: Math.max(0, Math.min(colCount - 1, at.col)),
  };
}
