/**
 * The shape of a JSON text, found in one pass over its characters before `JSON.parse` builds
 * anything: how deeply it nests and how many values it holds. The app's own JSON nests a handful
 * of levels; a file nesting thousands deep is crafted, and everything that walks the parsed value
 * (schema checks, the structured clone to the main thread) would recurse that deep. A small file
 * can also hold tens of millions of tiny values (`[[],[],…]`), each an object in memory.
 */
export interface JsonLimits {
  maxDepth: number;
  /** Values of any kind (arrays, objects, strings, numbers, literals). */
  maxValues: number;
}

/** Null when the text stays within the limits, else which limit it passes. */
export function jsonBeyondLimits(text: string, limits: JsonLimits): 'depth' | 'values' | null {
  let depth = 0;
  // Every value but the first follows a comma or an opening bracket; counting those (outside
  // strings) counts the values, give or take empty containers.
  let values = 1;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c)
        index++; // backslash: skip the escaped character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      if (++depth > limits.maxDepth) return 'depth';
      if (++values > limits.maxValues) return 'values';
    } else if (code === 0x2c) {
      if (++values > limits.maxValues) return 'values';
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
  return null;
}
