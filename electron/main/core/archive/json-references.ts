/**
 * Ids kept inside JSON columns, which foreign keys cannot describe. An archive import gives
 * every row a new id; these references are translated the same way (a reference to a row the
 * archive does not hold is dropped: removed from a list, or null).
 *
 * A capability that stores ids of rows in JSON adds one line here (and, better still, keeps new
 * references in columns with foreign keys, which the archive follows by itself).
 */
export interface JsonReference {
  table: string;
  column: string;
  /**
   * Field of the JSON object → table whose integer `id` it holds (one id or a list). A path
   * reaches into nested values: "recommendations.*.quoteIds" is the `quoteIds` of every element
   * of the `recommendations` list.
   */
  fields: Record<string, string>;
}

export const JSON_REFERENCES: readonly JsonReference[] = [
  // The report's chosen quotes and the questionnaire it reports on (shared/report/settings.ts).
  {
    table: 'report_settings',
    column: 'settings_json',
    fields: {
      quoteIds: 'interview_quotes',
      instrumentId: 'instruments',
      // The quotes a recommendation cites as its evidence.
      'recommendations.*.quoteIds': 'interview_quotes',
    },
  },
];

/** Translates the ids in one JSON value; text that is not a JSON object is left as it is. */
export function translateJsonIds(
  text: unknown,
  reference: JsonReference,
  translate: (table: string, id: unknown) => unknown,
): unknown {
  if (typeof text !== 'string') return text;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return text;
  const object = value as Record<string, unknown>;
  for (const [path, table] of Object.entries(reference.fields)) {
    translateAt(object, path.split('.'), (current) => {
      if (Array.isArray(current)) {
        return current.map((id) => translate(table, id)).filter((id) => id != null);
      }
      return current === null || current === undefined
        ? current
        : (translate(table, current) ?? null);
    });
  }
  return JSON.stringify(object);
}

/** Replaces the value at a path ("a.*.b": `b` in every element of the list `a`) in place. */
function translateAt(
  node: unknown,
  path: readonly string[],
  replace: (current: unknown) => unknown,
): void {
  const [head, ...rest] = path;
  if (head === undefined || typeof node !== 'object' || node === null) return;
  if (head === '*') {
    if (Array.isArray(node)) for (const element of node) translateAt(element, rest, replace);
    return;
  }
  const object = node as Record<string, unknown>;
  if (rest.length === 0) {
    if (head in object) object[head] = replace(object[head]);
    return;
  }
  translateAt(object[head], rest, replace);
}
