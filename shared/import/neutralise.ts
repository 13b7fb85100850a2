/**
 * Formula-injection defence for every CSV and XLSX the app writes.
 *
 * A spreadsheet treats a cell that starts with = + - @ (or a tab / carriage return followed by
 * one, in some programs) as a formula: `=cmd|' /C calc'!A0` from a survey comment would run on
 * the consultant's or the client's machine. Prefixing such text with an apostrophe makes Excel
 * and LibreOffice show it as text. Numbers are written as numbers and never need this.
 */

// Full-width variants are included because some spreadsheet programs normalise them.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function needsNeutralising(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The text as a spreadsheet will show it literally. */
export function neutraliseCell(text: string): string {
  return needsNeutralising(text) ? `'${text}` : text;
}
