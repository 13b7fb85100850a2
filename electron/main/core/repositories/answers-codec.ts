/**
 * Reading stored answers (`answers_json`, a flat JSON object of item code → value) straight into
 * a response matrix row. Reports and analyses read tens of thousands of them at once; parsing each
 * into an object and walking its entries made the garbage collector the bottleneck. This reads the
 * numbers in place and allocates only the item codes; anything it does not expect (escapes in a
 * code, nested values) is handed to JSON.parse, so the result is always what JSON.parse gives.
 */

const QUOTE = 0x22;
/** A number as JSON writes it (no hex, no leading +, no bare dot). */
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const BACKSLASH = 0x5c;

/**
 * The keys of the row read before, in their order, with their columns: rows of one instrument
 * are stored with the same keys in the same order (item order), so a key is recognised by
 * comparing it in place with the one at its position before, without cutting a string out of the
 * text or looking it up. A key that differs is read the long way and remembered.
 */
export class KeyOrder {
  readonly keys: string[] = [];
  readonly columns: number[] = [];
}

/**
 * Writes the numeric answers of `json` into `values` at `offset + column(code)`; the row
 * (`width` cells from `offset`) starts as NaN, the "not answered" of the matrix. Pass one
 * `KeyOrder` for all rows of one read.
 */
export function decodeAnswersInto(
  json: string,
  column: ReadonlyMap<string, number>,
  values: Float64Array,
  offset: number,
  width: number,
  order: KeyOrder = new KeyOrder(),
): void {
  if (fastDecode(json, column, values, offset, order)) return;
  // Anything unusual: start the row again and let JSON.parse read it.
  values.fill(Number.NaN, offset, offset + width);
  slowDecode(json, column, values, offset);
}

function slowDecode(
  json: string,
  column: ReadonlyMap<string, number>,
  values: Float64Array,
  offset: number,
): void {
  const answers = JSON.parse(json) as Record<string, unknown>;
  for (const code in answers) {
    const index = column.get(code);
    const value = answers[code];
    if (index !== undefined && typeof value === 'number') values[offset + index] = value;
  }
}

/**
 * The common case: {"code":number,"code":"text",...} with no escapes in the codes. Returns false
 * when the text is anything else (the caller then clears the row and uses JSON.parse).
 */
function fastDecode(
  json: string,
  column: ReadonlyMap<string, number>,
  values: Float64Array,
  offset: number,
  order: KeyOrder,
): boolean {
  const length = json.length;
  let at = skipSpace(json, 0);
  if (json.charCodeAt(at) !== 0x7b) return false; // {
  at = skipSpace(json, at + 1);
  if (json.charCodeAt(at) === 0x7d) return true; // {}
  for (let position = 0; ; position++) {
    if (json.charCodeAt(at) !== QUOTE) return false;
    // The key at this position in the row before, if this row has it too (no slicing).
    const known = order.keys[position];
    let index: number | undefined;
    let keyEnd: number;
    if (
      known !== undefined &&
      json.charCodeAt(at + 1 + known.length) === QUOTE &&
      json.startsWith(known, at + 1)
    ) {
      keyEnd = at + 1 + known.length;
      index = order.columns[position]!;
    } else {
      keyEnd = json.indexOf('"', at + 1);
      if (keyEnd < 0) return false;
      const key = json.slice(at + 1, keyEnd);
      if (key.includes('\\')) return false;
      index = column.get(key);
      order.keys[position] = key;
      order.columns[position] = index ?? -1;
    }
    at = skipSpace(json, keyEnd + 1);
    if (json.charCodeAt(at) !== 0x3a) return false; // :
    at = skipSpace(json, at + 1);
    const first = json.charCodeAt(at);
    if (first === QUOTE) {
      // A text answer (an open question): skipped, as it is not a number.
      let end = at + 1;
      while (end < length && json.charCodeAt(end) !== QUOTE) {
        if (json.charCodeAt(end) === BACKSLASH) end++;
        end++;
      }
      if (end >= length) return false;
      at = end + 1;
    } else if (
      first >= 0x30 &&
      first <= 0x39 &&
      (json.charCodeAt(at + 1) === 0x2c || json.charCodeAt(at + 1) === 0x7d)
    ) {
      // One digit, the common answer: no text to cut or check.
      if (index !== undefined && index >= 0) values[offset + index] = first - 0x30;
      at++;
    } else {
      let end = at;
      while (end < length) {
        const code = json.charCodeAt(end);
        if (
          code === 0x2c ||
          code === 0x7d ||
          code === 0x20 ||
          code === 0x0a ||
          code === 0x09 ||
          code === 0x0d
        )
          break;
        end++;
      }
      const text = json.slice(at, end);
      if (text === 'null' || text === 'true' || text === 'false') {
        at = end;
      } else {
        if (!JSON_NUMBER.test(text)) return false;
        const value = Number(text);
        // A repeated key keeps its last value, as with JSON.parse.
        if (index !== undefined && index >= 0) values[offset + index] = value;
        at = end;
      }
    }
    at = skipSpace(json, at);
    const separator = json.charCodeAt(at);
    if (separator === 0x2c) {
      at = skipSpace(json, at + 1);
      continue;
    }
    if (separator !== 0x7d) return false;
    return skipSpace(json, at + 1) === length;
  }
}

function skipSpace(json: string, at: number): number {
  while (at < json.length) {
    const code = json.charCodeAt(at);
    if (code !== 0x20 && code !== 0x0a && code !== 0x09 && code !== 0x0d) break;
    at++;
  }
  return at;
}
