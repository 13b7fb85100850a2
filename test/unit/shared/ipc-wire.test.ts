import { describe, expect, it } from 'vitest';
import { decodeWire, encodeWire } from '@shared/ipc/wire';

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
});
