/**
 * Matching what respondents typed or picked as their department to the engagement's groups:
 * case and accents do not matter, and "Verkoop" finds "Verkoop / Commercie".
 */
import { compactKey, normaliseText } from './text-normalise';

export interface GroupRef {
  id: string;
  name: string;
}

interface GroupKeys {
  id: string;
  compact: string;
  words: string[];
  parts: string[];
}

// Group names list alternatives or combine departments: "Verkoop / Commercie", "R&D",
// "Inkoop en logistiek".
const PART_SEPARATORS = /\s*(?:[/,&|+()]|\s-\s|\sen\s|\sand\s)\s*/i;

function keysOf(group: GroupRef): GroupKeys {
  const normalised = normaliseText(group.name);
  return {
    id: group.id,
    compact: compactKey(group.name),
    words: normalised === '' ? [] : normalised.split(' '),
    parts: group.name
      .split(PART_SEPARATORS)
      .map(compactKey)
      .filter((part) => part !== ''),
  };
}

function startsWithWords(all: string[], prefix: string[]): boolean {
  return prefix.length > 0 && prefix.length < all.length && prefix.every((w, i) => all[i] === w);
}

/** Group values that differ only in case, accents or punctuation are one value. */
export function groupValueKey(text: string): string {
  return compactKey(text) || text.trim();
}

/**
 * Returns a function that maps a value to a group id, or null when no group or more than one
 * group fits equally well.
 */
export function createGroupMatcher(groups: GroupRef[]): (value: string) => string | null {
  const keyed = groups.map(keysOf);
  const unique = (matches: GroupKeys[]): string | null | undefined => {
    const ids = new Set(matches.map((g) => g.id));
    if (ids.size === 1) return matches[0]?.id ?? null;
    return ids.size > 1 ? null : undefined;
  };
  return (value: string): string | null => {
    const compact = compactKey(value);
    if (compact === '') return null;
    const normalised = normaliseText(value);
    const valueWords = normalised.split(' ');
    const steps: ((g: GroupKeys) => boolean)[] = [
      (g) => g.compact === compact,
      (g) => g.parts.includes(compact),
      (g) => startsWithWords(g.words, valueWords),
    ];
    for (const step of steps) {
      const result = unique(keyed.filter(step));
      if (result !== undefined) return result;
    }
    return null;
  };
}
