/**
 * Column widths for the report's tables: the columns' relative widths, but never narrower than
 * their longest word, so "Difference" in an English header is never broken as "Differenc/e".
 */
import type { TableColumn } from '@shared/report/document';
import { plainText, type RichText } from '@shared/report/rich-text';
import type { TextMeasure } from './text-measure';

/** The table style's text size and the cell's left + right margins (85 twips each), in points. */
export const TABLE_FONT_SIZE = 9.5;
const CELL_MARGINS_PT = 8.5;
const SLACK_PT = 3;
const TWIPS_PER_PT = 20;

function longestWord(text: string, measure: TextMeasure, bold: boolean): number {
  let longest = 0;
  for (const word of text.split(/\s+/)) {
    if (word) longest = Math.max(longest, measure.width(word, TABLE_FONT_SIZE, bold));
  }
  return longest;
}

/** Widths in twips that add up to `total`. */
export function columnWidths(
  columns: readonly TableColumn[],
  rows: readonly (readonly RichText[])[],
  total: number,
  measure: TextMeasure,
): number[] {
  const minimum = columns.map((column, index) => {
    const words = Math.max(
      longestWord(column.header, measure, true),
      ...rows.map((row) => longestWord(plainText(row[index] ?? ''), measure, false)),
    );
    return Math.ceil((words + CELL_MARGINS_PT + SLACK_PT) * TWIPS_PER_PT);
  });
  const weight = columns.reduce((sum, column) => sum + column.width, 0) || 1;
  let widths = columns.map((column) => (column.width / weight) * total);
  // Give narrow columns their minimum, taken from the columns with room to spare.
  for (let pass = 0; pass < columns.length; pass++) {
    const short = widths.map((width, index) => Math.max(0, minimum[index]! - width));
    const needed = short.reduce((sum, value) => sum + value, 0);
    if (needed <= 0.5) break;
    const spare = widths.map((width, index) => Math.max(0, width - minimum[index]!));
    const available = spare.reduce((sum, value) => sum + value, 0);
    if (available <= 0) break;
    const take = Math.min(1, needed / available);
    widths = widths.map((width, index) =>
      short[index]! > 0 ? minimum[index]! : width - spare[index]! * take,
    );
  }
  const rounded = widths.map((width) => Math.max(1, Math.round(width)));
  const drift = total - rounded.reduce((sum, value) => sum + value, 0);
  const widest = rounded.indexOf(Math.max(...rounded));
  if (widest >= 0) rounded[widest] = rounded[widest]! + drift;
  return rounded;
}
