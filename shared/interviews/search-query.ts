/**
 * Turning what a consultant types into a safe SQLite FTS5 query, and the highlighted snippets
 * back into text parts.
 *
 * Word forms: the index is built with `unicode61 remove_diacritics 2`, so "cafe" finds "café".
 * Every word typed becomes a prefix query ("klant" finds "klanten", "klantgericht"), and in
 * addition every indexed word with the same Dutch stem is looked up in the index vocabulary
 * ("afspraak" finds "afspraken", "gesprekken" finds "gesprek"). The stem is only used to pick
 * real words from the index, so snippets highlight the words as written.
 *
 * Safety: the user's text never reaches FTS5 syntax. It is split into words of letters and
 * digits only, and each word is written as a double-quoted string, so AND, OR, NEAR, column
 * filters, parentheses or stray quotes are searched for as words, not interpreted.
 */
import { dutchStem } from './dutch-stem';

export interface SearchTerm {
  /** Folded like the index: lower case, no diacritics. */
  word: string;
  /** Words from the index vocabulary with the same stem (filled in by the repository). */
  forms: string[];
}

export interface ParsedQuery {
  /** Words matched individually (with prefix and word forms). */
  terms: SearchTerm[];
  /** Quoted phrases typed by the user, matched exactly as a sequence of words. */
  phrases: string[][];
}

export const SEARCH_LIMITS = { maxTerms: 10, maxFormsPerTerm: 24, minPrefixLength: 2 } as const;

/** Lower case, diacritics removed: the folding of FTS5's unicode61 tokenizer. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The words of a text as the index tokenizer sees them. */
export function searchWords(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function parseSearchQuery(input: string): ParsedQuery {
  const terms: SearchTerm[] = [];
  const phrases: string[][] = [];
  const seen = new Set<string>();
  let budget: number = SEARCH_LIMITS.maxTerms;
  // Text between double quotes is a phrase; everything else is single words.
  const parts = input.slice(0, 500).split('"');
  parts.forEach((part, index) => {
    const words = searchWords(part);
    if (index % 2 === 1 && words.length > 1) {
      if (budget > 0) phrases.push(words.slice(0, SEARCH_LIMITS.maxTerms));
      budget--;
      return;
    }
    for (const word of words) {
      if (budget <= 0 || seen.has(word)) continue;
      seen.add(word);
      terms.push({ word, forms: [] });
      budget--;
    }
  });
  return { terms, phrases };
}

export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.terms.length === 0 && query.phrases.length === 0;
}

export function stemOf(word: string): string {
  return dutchStem(word);
}

/**
 * The vocabulary range to scan for a word's forms: all index words that start with the part of
 * the stem that Dutch inflection leaves untouched (a doubled vowel or consonant may change).
 */
export function formScanPrefix(word: string): string | null {
  const stem = stemOf(word);
  const prefix = stem.slice(0, Math.max(3, stem.length - 2));
  return prefix.length >= 3 ? prefix : null;
}

/** The vocabulary words that are forms of `word` (same stem), excluding the word itself. */
export function pickForms(word: string, candidates: string[]): string[] {
  const stem = stemOf(word);
  return candidates
    .filter((candidate) => candidate !== word && stemOf(candidate) === stem)
    .slice(0, SEARCH_LIMITS.maxFormsPerTerm);
}

/** A double-quoted FTS5 string; `"` is doubled, though our words never contain one. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The FTS5 MATCH expression: every term (any of its forms) and every phrase must occur. */
export function buildMatchExpression(query: ParsedQuery): string {
  const clauses = query.terms.map((term) => {
    const prefix =
      term.word.length >= SEARCH_LIMITS.minPrefixLength
        ? `${quoted(term.word)}*`
        : quoted(term.word);
    const alternatives = [prefix, ...term.forms.map(quoted)];
    return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' OR ')})`;
  });
  for (const phrase of query.phrases) clauses.push(quoted(phrase.join(' ')));
  return clauses.join(' AND ');
}

/** Markers `snippet()` puts around each hit; control characters are stripped from notes. */
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

export interface SnippetPart {
  text: string;
  hit: boolean;
}

/** Splits a snippet with hit markers into parts the UI renders as text and <mark>. */
export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let hit = false;
  let current = '';
  const push = () => {
    if (current) parts.push({ text: current, hit });
    current = '';
  };
  for (const character of snippet) {
    if (character === HIT_START || character === HIT_END) {
      push();
      hit = character === HIT_START;
    } else current += character;
  }
  push();
  return parts;
}

/**
 * Whether a theme's name answers the query: every typed word starts a word of the name or has
 * its Dutch stem, and every phrase stands in it. Lets a search for "levertijd" find the passages
 * coded with the theme "Levertijden", even where the word itself is not in the text.
 */
export function nameMatches(name: string, query: ParsedQuery): boolean {
  if (isEmptyQuery(query)) return false;
  const words = searchWords(name);
  const stems = words.map(stemOf);
  const folded = words.join(' ');
  return (
    query.terms.every(
      ({ word }) =>
        words.some((candidate) => candidate.startsWith(word)) || stems.includes(stemOf(word)),
    ) && query.phrases.every((phrase) => ` ${folded} `.includes(` ${phrase.join(' ')} `))
  );
}
