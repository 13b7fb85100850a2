/**
 * Which themes occur together (MAXQDA's code relations): two themes meet where one passage
 * carries both, or where a passage with the one overlaps a passage with the other in the same
 * note. Each such meeting counts once; the diagonal holds how many passages carry the theme.
 */
import type { TextRange } from './note-text';

export interface PlacedPassage {
  id: number;
  interviewId: number;
  sectionKey: string;
  /** Where it stands in its note; null when it could not be found (meets only itself). */
  range: TextRange | null;
  themeIds: readonly number[];
}

export interface CoOccurrenceTable {
  /** Theme ids in the order of the rows and columns. */
  themeIds: number[];
  /** counts[row][column]; symmetric. */
  counts: number[][];
}

const overlaps = (a: PlacedPassage, b: PlacedPassage): boolean =>
  a.interviewId === b.interviewId &&
  a.sectionKey === b.sectionKey &&
  a.range !== null &&
  b.range !== null &&
  a.range.start < b.range.end &&
  b.range.start < a.range.end;

export function coOccurrence(
  passages: readonly PlacedPassage[],
  themeIds: readonly number[],
): CoOccurrenceTable {
  const index = new Map(themeIds.map((themeId, position) => [themeId, position]));
  const counts = themeIds.map(() => themeIds.map(() => 0));
  const add = (row: number | undefined, column: number | undefined) => {
    if (row !== undefined && column !== undefined) counts[row]![column]! += 1;
  };
  // Passages meet only within a note section: group them so the pairs stay few.
  const bySection = new Map<string, PlacedPassage[]>();
  for (const passage of passages) {
    const key = `${passage.interviewId}\u0000${passage.sectionKey}`;
    bySection.set(key, [...(bySection.get(key) ?? []), passage]);
  }
  for (const group of bySection.values()) {
    for (const [position, passage] of group.entries()) {
      const own = [...new Set(passage.themeIds)];
      for (const a of own) for (const b of own) add(index.get(a), index.get(b));
      for (const other of group.slice(position + 1)) {
        if (!overlaps(passage, other)) continue;
        for (const a of own) {
          for (const b of new Set(other.themeIds)) {
            if (a === b) continue;
            add(index.get(a), index.get(b));
            add(index.get(b), index.get(a));
          }
        }
      }
    }
  }
  return { themeIds: [...themeIds], counts };
}
