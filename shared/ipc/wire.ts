/**
 * JSON encoding for the browser host. Electron IPC uses structured clone, which carries
 * Uint8Array as is; over HTTP bytes travel as {"$bytes": "<base64>"}.
 */
const BYTES_TAG = '$bytes';
/** Electron IPC: a value that travels as its wire text (see `PreEncoded`). */
const ENCODED_TAG = '$wire';

/**
 * A call's value already encoded as wire text, by the worker thread that computed it: the main
 * process passes the text on instead of copying, cloning or stringifying a large object itself.
 */
export class PreEncoded {
  constructor(readonly text: string) {}
}

export function encodeWire(value: unknown): string {
  if (value instanceof PreEncoded) return value.text;
  // A response around a pre-encoded value: spliced as text, never parsed.
  if (isResponseOf(value) && value.value instanceof PreEncoded) {
    return `{"ok":true,"value":${value.value.text}}`;
  }
  // Most answers hold no bytes, and JSON.stringify without a replacer is about twice as fast: a
  // large answer (a gap analysis, 4,000 respondents) would otherwise hold main up for tens of ms.
  if (!containsBytes(value)) return JSON.stringify(value);
  return JSON.stringify(value, (_key, item: unknown) =>
    item instanceof Uint8Array ? { [BYTES_TAG]: bytesToBase64(item) } : item,
  );
}

function isResponseOf(value: unknown): value is { ok: true; value: unknown } {
  return value !== null && typeof value === 'object' && (value as { ok?: unknown }).ok === true;
}

/**
 * A response as Electron IPC carries it: a pre-encoded value as its text (structured clone copies
 * one string at once), every other value as is.
 */
export function forStructuredClone<Response>(response: Response): Response {
  if (isResponseOf(response) && response.value instanceof PreEncoded) {
    return { ...response, value: { [ENCODED_TAG]: response.value.text } };
  }
  return response;
}

/** The renderer's side of `forStructuredClone`: a value that came as wire text is decoded. */
export function fromStructuredClone(response: unknown): unknown {
  if (!isResponseOf(response)) return response;
  const value = response.value as Record<string, unknown> | null;
  const text = value !== null && typeof value === 'object' ? value[ENCODED_TAG] : undefined;
  if (typeof text !== 'string' || Object.keys(value!).length !== 1) return response;
  return { ...response, value: decodeWire(text) };
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
