/**
 * Typographic quotes and apostrophes: what the consultant types with straight quotes ("zo" en
 * 'zo', klant's) is printed as “zo”, ‘zo’ and klant’s, so a report never mixes the two.
 */

const OPENING_CONTEXT = /[\s([{\u2014\u2013/-]/;

/** Straight quotes in a text made curly: opening after a space or bracket, closing otherwise. */
export function curlyQuotes(text: string): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  let result = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char !== '"' && char !== "'") {
      result += char;
      continue;
    }
    const before = index === 0 ? ' ' : text[index - 1]!;
    const opening = OPENING_CONTEXT.test(before);
    if (char === '"') result += opening ? '“' : '”';
    else result += opening ? '‘' : '’';
  }
  return result;
}

/** Property names that hold identifiers or markup, never printed text. */
const NOT_TEXT = new Set(['kind', 'key', 'chart', 'type', 'language', 'languageTag', 'svg', 'id']);

/** The same value with every printed string's quotes made curly (a new object; input untouched). */
export function typographic<T>(value: T): T {
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return curlyQuotes(node);
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node === 'object' && node !== null) {
      return Object.fromEntries(
        Object.entries(node).map(([name, child]) => [
          name,
          NOT_TEXT.has(name) ? child : walk(child),
        ]),
      );
    }
    return node;
  };
  return walk(value) as T;
}
