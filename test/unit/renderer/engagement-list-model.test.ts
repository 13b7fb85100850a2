import { describe, expect, it } from 'vitest';
import {
  rowForKey,
  rowsToDraw,
  tableParts,
} from '@renderer/features/engagements/engagement-list-model';

describe('engagement list keys', () => {
  it('moves one row, a page, or to either end, and stays inside the list', () => {
    expect(rowForKey('ArrowDown', 3, 501, 15)).toBe(4);
    expect(rowForKey('ArrowUp', 3, 501, 15)).toBe(2);
    expect(rowForKey('ArrowUp', 0, 501, 15)).toBe(0);
    expect(rowForKey('ArrowDown', 500, 501, 15)).toBe(500);
    expect(rowForKey('PageDown', 3, 501, 15)).toBe(18);
    expect(rowForKey('PageDown', 495, 501, 15)).toBe(500);
    expect(rowForKey('PageUp', 10, 501, 15)).toBe(0);
    expect(rowForKey('Home', 250, 501, 15)).toBe(0);
    expect(rowForKey('End', 0, 501, 15)).toBe(500);
  });

  it('starts at the first row when no row had the focus', () => {
    expect(rowForKey('ArrowDown', -1, 501, 15)).toBe(0);
    expect(rowForKey('ArrowUp', -1, 501, 15)).toBe(0);
  });

  it('leaves other keys and an empty list alone', () => {
    expect(rowForKey('Enter', 3, 501, 15)).toBe(null);
    expect(rowForKey('a', 3, 501, 15)).toBe(null);
    expect(rowForKey('ArrowDown', -1, 0, 15)).toBe(null);
  });
});

describe('engagement list rows drawn', () => {
  it('keeps the focused row drawn when it scrolled out of view', () => {
    expect(rowsToDraw([40, 41, 42], 3)).toEqual([3, 40, 41, 42]);
    expect(rowsToDraw([40, 41, 42], 41)).toEqual([40, 41, 42]);
    expect(rowsToDraw([40, 41, 42], null)).toEqual([40, 41, 42]);
  });

  it('puts every drawn row at its place, with gaps for the rows not drawn', () => {
    // Rows of 40 px from y = 100; rows 3 (focused) and 40–41 drawn; 50 rows in all.
    const placed = [3, 40, 41].map((index) => ({
      index,
      start: 100 + index * 40,
      end: 140 + index * 40,
    }));
    const parts = tableParts(placed, 100, 100 + 50 * 40);
    expect(parts).toEqual([
      { kind: 'gap', key: 'before-3', height: 120 },
      { kind: 'row', index: 3 },
      { kind: 'gap', key: 'before-40', height: 36 * 40 },
      { kind: 'row', index: 40 },
      { kind: 'row', index: 41 },
      { kind: 'gap', key: 'end', height: 8 * 40 },
    ]);
    // The heights add up to the whole list: the scroll bar is the list's.
    const height = parts.reduce((sum, part) => sum + (part.kind === 'gap' ? part.height : 40), 0);
    expect(height).toBe(50 * 40);
  });

  it('draws no gap when the first rows are in view', () => {
    const placed = [0, 1].map((index) => ({ index, start: index * 40, end: (index + 1) * 40 }));
    expect(tableParts(placed, 0, 80)).toEqual([
      { kind: 'row', index: 0 },
      { kind: 'row', index: 1 },
    ]);
  });
});
