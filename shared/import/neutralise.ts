/**
 * Formula-injection defence for every CSV and XLSX the app writes: the one function all writers
 * use.
 *
 * A spreadsheet treats a cell that starts with = + - @ as a formula: `=cmd|' /C calc'!A0` (a DDE
 * call) from a survey comment would run on the consultant's or the client's machine, and
 * `=HYPERLINK(…)` would send data elsewhere. Spreadsheets skip more than one might think before
 * deciding: leading spaces (also no-break and other Unicode spaces), tabs, line breaks, other
 * control and invisible characters and double quotes; and the full-width forms of the four signs
 * count too. Prefixing such text with an apostrophe makes Excel and
 * LibreOffice show it as text.
 *
 * In a CSV file the start of a cell is not only the start of the text: the reader may split on
 * another separator than the writer used (an English Excel opening a Dutch `;` file splits on
 * commas, whatever the quotes say) and a line break can end the record. So in CSV every part of
 * the text that follows a comma, semicolon, tab or line break is neutralised the same way. In an
 * XLSX file a text cell is always text; only its start is neutralised there (for the consultant
 * who saves the sheet as CSV later), so line-wise lists in quotes stay as typed.
 *
 * Numbers are written as numbers and never need this.
 */

/** What a spreadsheet skips before it looks for a formula sign. */
const SKIPPED = String.raw`[\s\p{Cc}\p{Cf}"]*`;
/** The signs that start a formula, also in their full-width forms. */
const SIGN = String.raw`[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]`;
/** Where a spreadsheet may start a new cell in a CSV file. */
const CELL_BREAK = String.raw`[,;\t\r\n]`;

const FORMULA_AT_START = new RegExp(`^${SKIPPED}${SIGN}`, 'u');
const FORMULA_AFTER_BREAK = new RegExp(`(${CELL_BREAK})(${SKIPPED})(?=${SIGN})`, 'gu');

/** Where the text goes: one CSV field, or one XLSX text cell. */
export type SpreadsheetTarget = 'csv' | 'xlsx';

/** True when a spreadsheet could read (part of) the text as a formula. */
export function needsNeutralising(text: string, target: SpreadsheetTarget = 'csv'): boolean {
  if (FORMULA_AT_START.test(text)) return true;
  if (target === 'xlsx') return false;
  FORMULA_AFTER_BREAK.lastIndex = 0;
  return FORMULA_AFTER_BREAK.test(text);
}

/**
 * The text as a spreadsheet will show it literally: an apostrophe before it when it could start
 * a formula, and (CSV) before every part after a separator or line break that could.
 */
export function neutraliseCell(text: string, target: SpreadsheetTarget = 'csv'): string {
  const atStart = FORMULA_AT_START.test(text);
  const rest = target === 'csv' ? text.replace(FORMULA_AFTER_BREAK, "$1$2'") : text;
  return atStart ? `'${rest}` : rest;
}

/**
 * True when a value read from a spreadsheet file is a formula rather than data (`=HYPERLINK(…)`
 * in a CSV cell). Imports that expect codes or numbers refuse such cells instead of keeping them.
 */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_AT_START.test(text);
}

/**
 * Quotes a field with a separator of any kind (not only the one the file uses), a quote, a line
 * break or surrounding spaces: a spreadsheet set to the other separator still keeps it together.
 */
const NEEDS_QUOTES = /[,;\t"\r\n]|^\s|\s$/;

/** One text field of a CSV file: neutralised, then quoted where needed. */
export function csvTextField(text: string): string {
  const safe = neutraliseCell(text, 'csv');
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number, date or other non-text field: it cannot be a formula, only needs its quotes. */
export function csvPlainField(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
