/**
 * A tiny zip writer for tests, able to lie: declared sizes can be overridden and central
 * directory entries can point at the same data, as zip bombs do.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntrySpec {
  name: string;
  data: Uint8Array;
  /** Default: deflate. */
  store?: boolean;
  /** Uncompressed size to declare instead of the real one. */
  declaredSize?: number;
}

export interface ZipOptions {
  /** Extra central directory entries that point at the data of entry `index` (overlap bomb). */
  overlapping?: { index: number; name: string }[];
}

function u16(value: number): number[] {
  return [value & 0xff, (value >>> 8) & 0xff];
}

function u32(value: number): number[] {
  return [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff];
}

export function buildZip(entries: ZipEntrySpec[], options: ZipOptions = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: number[][] = [];
  let offset = 0;
  const records: {
    name: Uint8Array;
    crc: number;
    packed: number;
    size: number;
    method: number;
    offset: number;
  }[] = [];
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const packedData = entry.store ? entry.data : deflateRawSync(entry.data);
    const method = entry.store ? 0 : 8;
    const size = entry.declaredSize ?? entry.data.length;
    const crc = crc32(entry.data);
    const local = [
      ...u32(0x04034b50),
      ...u16(20),
      ...u16(0),
      ...u16(method),
      ...u16(0),
      ...u16(0),
      ...u32(crc),
      ...u32(packedData.length),
      ...u32(size),
      ...u16(name.length),
      ...u16(0),
    ];
    chunks.push(new Uint8Array(local), name, packedData);
    records.push({ name, crc, packed: packedData.length, size, method, offset });
    offset += local.length + name.length + packedData.length;
  }
  const allRecords = [
    ...records,
    ...(options.overlapping ?? []).map(({ index, name }) => ({
      ...records[index]!,
      name: new TextEncoder().encode(name),
    })),
  ];
  for (const record of allRecords) {
    central.push([
      ...u32(0x02014b50),
      ...u16(20),
      ...u16(20),
      ...u16(0),
      ...u16(record.method),
      ...u16(0),
      ...u16(0),
      ...u32(record.crc),
      ...u32(record.packed),
      ...u32(record.size),
      ...u16(record.name.length),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(record.offset),
      ...record.name,
    ]);
  }
  const centralBytes = central.flat();
  const end = [
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(allRecords.length),
    ...u16(allRecords.length),
    ...u32(centralBytes.length),
    ...u32(offset),
    ...u16(0),
  ];
  chunks.push(new Uint8Array(centralBytes), new Uint8Array(end));
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const zip = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    zip.set(chunk, at);
    at += chunk.length;
  }
  return zip;
}

/** Deterministic pseudo-random bytes (mulberry32), so failures reproduce. */
export function randomBytes(length: number, seed: number): Uint8Array {
  let state = seed >>> 0;
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    bytes[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return bytes;
}
