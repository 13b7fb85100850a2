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

/**
 * Whether a value of type `T` may hold bytes (a Uint8Array, or any binary view or buffer,
 * anywhere inside it): `true` when it may, `false` when its type rules them out. A type that
 * says nothing (`unknown`, `any`) may, and so may one nested deeper than the check looks
 * (`Depth`; a recursive type such as a rich-text tree never ends).
 */
export type MayHoldBytes<T, Depth extends unknown[] = []> = Depth['length'] extends 8
  ? true
  : unknown extends T
    ? true
    : T extends ArrayBufferView | ArrayBufferLike
      ? true
      : T extends string | number | boolean | bigint | symbol | null | undefined | Date
        ? false
        : T extends readonly (infer Item)[]
          ? MayHoldBytes<Item, [...Depth, unknown]>
          : T extends object
            ? true extends {
                [Key in keyof T]-?: MayHoldBytes<T[Key], [...Depth, unknown]>;
              }[keyof T]
              ? true
              : false
            : true;

/** `unknown` (no constraint) for a type without bytes, `never` (refused) for one that may hold them. */
export type Byteless<T> = true extends MayHoldBytes<T> ? never : unknown;

/**
 * The wire text of a value whose type rules out bytes (`Byteless`): plain JSON, the same text as
 * `encodeWire` gives, without its walk through the whole value in search of bytes. On a large
 * answer (a gap analysis: some 30,000 numbers in 2,000 rows) that walk cost as much as the JSON
 * itself in a fresh process, where it runs interpreted; the compiler checks it is not needed.
 */
export function encodeBytelessWire<T>(value: T & Byteless<T>): string {
  return JSON.stringify(value);
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
  // Most answers hold no bytes, and JSON.parse without a reviver is several times faster (the
  // engagement list at start). A "$bytes" key can only be written literally or with a \u escape.
  if (!text.includes(`"${BYTES_TAG}"`) && !text.includes('\\u')) return JSON.parse(text);
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

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PAD = 61; // '='
const TO_DIGIT = Uint8Array.from(ALPHABET, (char) => char.charCodeAt(0));
// Every UTF-16 code unit, so a lookup needs no range check: -1 for what is not a base64 digit.
const FROM_DIGIT = new Int8Array(65536).fill(-1);
for (let digit = 0; digit < 64; digit++) FROM_DIGIT[TO_DIGIT[digit]!] = digit;

/**
 * Base64 written byte by byte into a buffer: an uploaded survey export is a few MB, and the
 * usual `btoa(String.fromCharCode(...chunk))` spends a third of a second on each MB.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let at = 0;
  let index = 0;
  for (; index + 2 < bytes.length; index += 3) {
    const triple = (bytes[index]! << 16) | (bytes[index + 1]! << 8) | bytes[index + 2]!;
    out[at++] = TO_DIGIT[triple >>> 18]!;
    out[at++] = TO_DIGIT[(triple >>> 12) & 63]!;
    out[at++] = TO_DIGIT[(triple >>> 6) & 63]!;
    out[at++] = TO_DIGIT[triple & 63]!;
  }
  const rest = bytes.length - index;
  if (rest > 0) {
    const triple = (bytes[index]! << 16) | (rest === 2 ? bytes[index + 1]! << 8 : 0);
    out[at++] = TO_DIGIT[triple >>> 18]!;
    out[at++] = TO_DIGIT[(triple >>> 12) & 63]!;
    out[at++] = rest === 2 ? TO_DIGIT[(triple >>> 6) & 63]! : PAD;
    out[at] = PAD;
  }
  return new TextDecoder().decode(out);
}

/** The bytes of base64 text (padded or not); anything else is refused with an error. */
export function base64ToBytes(encoded: string): Uint8Array {
  let length = encoded.length;
  if (length % 4 === 0 && encoded.charCodeAt(length - 1) === PAD) length--;
  if (length % 4 === 3 && encoded.charCodeAt(length - 1) === PAD) length--;
  if (length % 4 === 1) throw new Error('invalid base64');
  const bytes = new Uint8Array(Math.floor((length * 3) / 4));
  const digit = (index: number) => (index < length ? FROM_DIGIT[encoded.charCodeAt(index)]! : 0);
  let at = 0;
  for (let index = 0; index < length; index += 4) {
    const [a, b, c, d] = [digit(index), digit(index + 1), digit(index + 2), digit(index + 3)];
    // A digit that is not one is -1: the OR of the four is negative.
    if ((a | b | c | d) < 0) throw new Error('invalid base64');
    const quad = (a << 18) | (b << 12) | (c << 6) | d;
    bytes[at++] = quad >>> 16;
    if (at < bytes.length) bytes[at++] = (quad >>> 8) & 255;
    if (at < bytes.length) bytes[at++] = quad & 255;
  }
  return bytes;
}
