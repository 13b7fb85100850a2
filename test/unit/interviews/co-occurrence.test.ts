import { describe, expect, it } from 'vitest';
import { coOccurrence, type PlacedPassage } from '@shared/interviews/co-occurrence';

const at = (start: number, end: number) => ({ start, end });
const passage = (
  id: number,
  themeIds: number[],
  range: { start: number; end: number } | null,
  place: { interviewId?: number; sectionKey?: string } = {},
): PlacedPassage => ({
  id,
  interviewId: place.interviewId ?? 1,
  sectionKey: place.sectionKey ?? 'free',
  range,
  themeIds,
});

describe('theme co-occurrence', () => {
  it('counts a passage with two themes and overlapping passages, symmetric, once each', () => {
    const table = coOccurrence(
      [
        passage(1, [10, 20], at(0, 10)),
        passage(2, [30], at(5, 15)), // overlaps 1: 10–30 and 20–30
        passage(3, [20], at(20, 30)), // touches nothing
        passage(4, [10], at(8, 9), { sectionKey: 'q:a' }), // another section
        passage(5, [30], null), // not found in the notes: meets only itself
      ],
      [10, 20, 30],
    );
    expect(table.counts).toEqual([
      [2, 1, 1],
      [1, 2, 1],
      [1, 1, 2],
    ]);
  });

  it('does not let passages of different interviews meet', () => {
    const table = coOccurrence(
      [passage(1, [10], at(0, 10)), passage(2, [20], at(0, 10), { interviewId: 2 })],
      [10, 20],
    );
    expect(table.counts).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });
});
