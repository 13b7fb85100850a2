import { describe, expect, it } from 'vitest';
import {
  base64ToBytes,
  bytesToBase64,
  decodeWire,
  encodeBytelessWire,
  encodeWire,
  forStructuredClone,
  fromStructuredClone,
  PreEncoded,
  type MayHoldBytes,
} from '@shared/ipc/wire';
import type { GapAnalysis } from '@shared/gaps/report';
import type { CallResult } from '@shared/ipc';
import type { OffMainCall } from '@main/core/read-worker/protocol';

describe('browser host wire format', () => {
  it('carries bytes (an uploaded file) unchanged through JSON', () => {
    const bytes = new Uint8Array(70_000).map((_value, index) => index % 256);
    const decoded = decodeWire(encodeWire({ name: 'export.csv', bytes })) as {
      name: string;
      bytes: Uint8Array;
    };
    expect(decoded.name).toBe('export.csv');
    expect(decoded.bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(decoded.bytes)).toEqual(Array.from(bytes));
  });

  it('finds bytes deep inside lists and objects; an answer without bytes is plain JSON', () => {
    const file = { fileName: 'logo.png', bytes: new Uint8Array([137, 80, 78, 71]) };
    const nested = { ok: true, value: { files: [null, [{ file }]], count: 2 } };
    const decoded = decodeWire(encodeWire(nested)) as typeof nested;
    expect(decoded.value.files[1]).toEqual([{ file }]);
    expect((decoded.value.files[1] as [{ file: typeof file }])[0].file.bytes).toBeInstanceOf(
      Uint8Array,
    );
    const plain = { ok: true, value: [{ code: 'R1', answers: { KK1: 4 }, date: new Date(0) }] };
    expect(encodeWire(plain)).toBe(JSON.stringify(plain));
  });

  it('reads bytes whose tag is written with escapes, and text that only mentions the tag, as sent', () => {
    expect(decodeWire('{"file":{"\\u0024bytes":"AQI="}}')).toEqual({
      file: new Uint8Array([1, 2]),
    });
    const mention = { note: 'a column named $bytes', quote: '"$bytes"' };
    expect(decodeWire(encodeWire(mention))).toEqual(mention);
  });

  it('passes a value a worker encoded on as it is, over HTTP and over Electron IPC alike', () => {
    const value = {
      groups: [{ name: 'Productie', mean: 3.25 }],
      logo: new Uint8Array([1, 2, 3]),
      note: 'met "aanhalingstekens" en \\',
    };
    const response = { ok: true as const, value };
    const fromWorker = { ok: true as const, value: new PreEncoded(encodeWire(value)) };
    // HTTP: the same text as if main had encoded the value itself.
    expect(encodeWire(fromWorker)).toBe(encodeWire(response));
    expect(decodeWire(encodeWire(fromWorker))).toEqual(response);
    // Electron: one string through structured clone, decoded by the renderer's transport.
    const cloned = structuredClone(forStructuredClone(fromWorker));
    expect(fromStructuredClone(cloned)).toEqual(response);
    // Every other response travels as it is.
    expect(forStructuredClone(response)).toBe(response);
    expect(fromStructuredClone(structuredClone(response))).toEqual(response);
    const failed = { ok: false, error: { key: 'errors.notFound' } };
    expect(fromStructuredClone(failed)).toBe(failed);
  });

  it('writes standard padded base64 for every length and reads it back, refusing anything else', () => {
    for (let length = 0; length < 40; length++) {
      const bytes = new Uint8Array(length).map((_value, index) => (index * 97 + length) % 256);
      const encoded = bytesToBase64(bytes);
      expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
      expect(Array.from(base64ToBytes(encoded))).toEqual(Array.from(bytes));
      // Without its padding, too.
      expect(Array.from(base64ToBytes(encoded.replace(/=+$/, '')))).toEqual(Array.from(bytes));
    }
    for (const broken of ['not base64!', 'A', 'AAAAA', 'AA=A', 'AA\u00e9A']) {
      expect(() => base64ToBytes(broken)).toThrow();
    }
  });

  it('encodes an answer whose type rules out bytes as the same text, and the compiler refuses one that may hold them', () => {
    const analysis = {
      rows: [{ code: 'KK1', mean: 3.25, sd: null, flags: [true, false], when: new Date(0) }],
      sentence: 'met "aanhalingstekens", \\ en \u00e9',
      nested: { deeper: [[{ n: 1 }]] },
    };
    expect(encodeBytelessWire(analysis)).toBe(encodeWire(analysis));
    expect(decodeWire(encodeBytelessWire(analysis))).toEqual(JSON.parse(JSON.stringify(analysis)));

    // What the read worker encodes this way (see its ENCODERS): the types hold no bytes.
    const byteless: [
      MayHoldBytes<GapAnalysis>,
      MayHoldBytes<CallResult<Exclude<OffMainCall, 'report.get'>>>,
      MayHoldBytes<{ a: number[]; b?: string | null }>,
    ] = [false, false, false];
    // And what it must not: bytes anywhere, a type that says nothing, one too deep to walk.
    const mayHold: [
      MayHoldBytes<{ file: { bytes: Uint8Array } }>,
      MayHoldBytes<{ list: ({ n: number } | Buffer)[] }>,
      MayHoldBytes<{ value: unknown }>,
      MayHoldBytes<{ a: { b: { c: { d: { e: { f: { g: { h: { i: number } } } } } } } } }>,
    ] = [true, true, true, true];
    expect([...byteless, ...mayHold]).toEqual([false, false, false, true, true, true, true]);
    const file = { name: 'export.csv', bytes: new Uint8Array([1, 2]) };
    // @ts-expect-error a value with bytes needs encodeWire (its bytes become base64)
    expect(encodeBytelessWire(file)).not.toBe(encodeWire(file));
  });
});
