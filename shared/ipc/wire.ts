/**
 * JSON encoding for the browser host. Electron IPC uses structured clone, which carries
 * Uint8Array as is; over HTTP bytes travel as {"$bytes": "<base64>"}.
 */
const BYTES_TAG = '$bytes';

export function encodeWire(value: unknown): string {
  // Most answers hold no bytes, and JSON.stringify without a replacer is about twice as fast: a
  // large answer (a gap analysis, 4,000 respondents) would otherwise hold main up for tens of ms.
  if (!containsBytes(value)) return JSON.stringify(value);
  return JSON.stringify(value, (_key, item: unknown) =>
    item instanceof Uint8Array ? { [BYTES_TAG]: bytesToBase64(item) } : item,
  );
}

function containsBytes(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (value instanceof Uint8Array) return true;
  if (Array.isArray(value)) return value.some(containsBytes);
  for (const key in value) {
    if (containsBytes((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, item: unknown) => {
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
      const tagged = item as Record<string, unknown>;
      const encoded = tagged[BYTES_TAG];
      if (typeof encoded === 'string' && Object.keys(tagged).length === 1) {
        return base64ToBytes(encoded);
      }
    }
    return item;
  });
}

const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

export function base64ToBytes(encoded: string): Uint8Array {
  const binary = atob(encoded);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
