import type { CallArg } from '@shared/ipc';

export type EngagementListQuery = Required<CallArg<'engagements.list'>>;
export type EngagementSort = EngagementListQuery['sort'];

/** What the list shows when it opens; main.ts asks for it at start (a primed call). */
export const INITIAL_LIST_QUERY: EngagementListQuery = {
  search: '',
  status: 'all',
  sort: 'updated',
};

/**
 * A row's height before it is measured: one line of text (15 px at line height 1.5, 0.55 rem
 * padding above and below, a 1 px border). The columns hold their usual content on one line at
 * 1280 px (engagement-list.css), so the first screen is drawn once; taller rows are measured.
 */
export const ROW_ESTIMATE_PX = 40;

/**
 * The row a key moves the focus to in a list of `count` rows (from `index`; -1 when no row has
 * the focus yet); null for a key the list leaves alone. `pageRows` is how many rows a page holds.
 */
export function rowForKey(
  key: string,
  index: number,
  count: number,
  pageRows: number,
): number | null {
  if (count === 0) return null;
  const last = count - 1;
  const clamp = (row: number) => Math.min(last, Math.max(0, row));
  switch (key) {
    case 'ArrowDown':
      return clamp(index + 1);
    case 'ArrowUp':
      return clamp(index < 0 ? 0 : index - 1);
    case 'PageDown':
      return clamp(index + Math.max(1, pageRows));
    case 'PageUp':
      return clamp(index - Math.max(1, pageRows));
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/**
 * The rows to draw: those in view (with the margin) and the row that holds the focus, wherever
 * the list was scrolled, so the focus is never lost with a row that scrolled out of view.
 */
export function rowsToDraw(inView: readonly number[], focused: number | null): number[] {
  if (focused === null || inView.includes(focused)) return [...inView];
  return [...inView, focused].sort((a, b) => a - b);
}

/** A drawn row as the virtualizer places it: its index and its top and bottom edge (px). */
export interface PlacedRow {
  index: number;
  start: number;
  end: number;
}

export type TablePart =
  | { kind: 'row'; index: number }
  /** Empty height standing in for the rows not drawn (before, between or after drawn rows). */
  | { kind: 'gap'; key: string; height: number };

/**
 * The table body in order: the drawn rows with gaps where undrawn rows stand, so every drawn
 * row is at its place and the scroll height is the whole list's. `origin` is where the first
 * row starts, `end` where the last row ends.
 */
export function tableParts(rows: readonly PlacedRow[], origin: number, end: number): TablePart[] {
  const parts: TablePart[] = [];
  let edge = origin;
  for (const row of rows) {
    if (row.start - edge >= 1)
      parts.push({ kind: 'gap', key: `before-${row.index}`, height: row.start - edge });
    parts.push({ kind: 'row', index: row.index });
    edge = Math.max(edge, row.end);
  }
  if (end - edge >= 1) parts.push({ kind: 'gap', key: 'end', height: end - edge });
  return parts;
}
