/**
 * Zip-bomb defence for XLSX files, run before exceljs (which unpacks every entry into memory).
 *
 * 1. The sizes declared in the central directory must stay within the limits, no entry may be
 *    packed more tightly than any real spreadsheet XML is, and no two entries may share their
 *    data (the "overlapping files" bomb).
 * 2. Declared sizes can lie, so every entry is then really inflated as a stream that only
 *    counts bytes, and stops as soon as it passes the size the directory declared.
 */
import { createInflateRaw } from 'node:zlib';
import type { ReadLimits } from './read-limits';
import { TableReadError } from './table-read-error';

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_EXTRA_ID = 0x0001;
const UINT32_MAX = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;
/** Entries smaller than this are never called a bomb for their ratio alone. */
const RATIO_MIN_BYTES = 1024 * 1024;

type Limits = Pick<ReadLimits, 'maxUncompressedBytes' | 'maxZipEntries' | 'maxCompressionRatio'>;

class ZipReader {
  private readonly view: DataView;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  has(offset: number, length: number): boolean {
    return offset >= 0 && offset + length <= this.bytes.length;
  }

  u16(offset: number): number {
    return this.view.getUint16(offset, true);
  }

  u32(offset: number): number {
    return this.view.getUint32(offset, true);
  }

  u64(offset: number): number {
    return Number(this.view.getBigUint64(offset, true));
  }

  text(offset: number, length: number): string {
    return new TextDecoder().decode(this.bytes.subarray(offset, offset + length));
  }
}

function unreadable(fileName: string, reason: string): TableReadError {
  return new TableReadError('import.xlsxUnreadable', { fileName, reason });
}

function findEndOfCentralDirectory(zip: ZipReader, size: number): number {
  const earliest = Math.max(0, size - 22 - 0xffff);
  for (let offset = size - 22; offset >= earliest; offset--) {
    if (zip.u32(offset) === EOCD_SIGNATURE) return offset;
  }
  return -1;
}

interface Directory {
  entryCount: number;
  offset: number;
}

function readDirectoryLocation(zip: ZipReader, eocd: number, fileName: string): Directory {
  let entryCount = zip.u16(eocd + 10);
  let offset = zip.u32(eocd + 16);
  if (entryCount === 0xffff || offset === UINT32_MAX) {
    const locator = eocd - 20;
    if (!zip.has(locator, 20) || zip.u32(locator) !== ZIP64_LOCATOR_SIGNATURE) {
      throw unreadable(fileName, 'broken zip64 directory');
    }
    const zip64Eocd = zip.u64(locator + 8);
    if (!zip.has(zip64Eocd, 56) || zip.u32(zip64Eocd) !== ZIP64_EOCD_SIGNATURE) {
      throw unreadable(fileName, 'broken zip64 directory');
    }
    entryCount = zip.u64(zip64Eocd + 32);
    offset = zip.u64(zip64Eocd + 48);
  }
  return { entryCount, offset };
}

/** Sizes and offset that did not fit 32 bits live in the zip64 extra field, in this order. */
function applyZip64Extra(
  zip: ZipReader,
  entry: ZipEntry,
  extraStart: number,
  extraLength: number,
): void {
  let at = extraStart;
  const end = extraStart + extraLength;
  while (at + 4 <= end) {
    const id = zip.u16(at);
    const size = zip.u16(at + 2);
    if (id === ZIP64_EXTRA_ID) {
      let field = at + 4;
      const next = (): number | null => {
        if (field + 8 > at + 4 + size) return null;
        const value = zip.u64(field);
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === UINT32_MAX) entry.uncompressedSize = next() ?? Infinity;
      if (entry.compressedSize === UINT32_MAX) entry.compressedSize = next() ?? Infinity;
      if (entry.localHeaderOffset === UINT32_MAX) entry.localHeaderOffset = next() ?? -1;
      return;
    }
    at += 4 + size;
  }
}

/** The entries listed in the zip's central directory; throws when there is none. */
export function readZipEntries(bytes: Uint8Array, fileName: string, limits: Limits): ZipEntry[] {
  const maxEntries = limits.maxZipEntries;
  const zip = new ZipReader(bytes);
  const eocd = bytes.length >= 22 ? findEndOfCentralDirectory(zip, bytes.length) : -1;
  if (eocd < 0) throw unreadable(fileName, 'the zip directory is missing (truncated file?)');
  const directory = readDirectoryLocation(zip, eocd, fileName);
  if (directory.entryCount > maxEntries) {
    throw new TableReadError('import.zipBomb', {
      fileName,
      limit: limits.maxUncompressedBytes,
      reason: `${directory.entryCount} entries, at most ${maxEntries} allowed`,
    });
  }
  const entries: ZipEntry[] = [];
  let at = directory.offset;
  for (let i = 0; i < directory.entryCount; i++) {
    if (!zip.has(at, 46) || zip.u32(at) !== CENTRAL_SIGNATURE) {
      throw unreadable(fileName, 'the zip directory is damaged');
    }
    const nameLength = zip.u16(at + 28);
    const extraLength = zip.u16(at + 30);
    const commentLength = zip.u16(at + 32);
    if (!zip.has(at + 46, nameLength + extraLength + commentLength)) {
      throw unreadable(fileName, 'the zip directory is damaged');
    }
    const entry: ZipEntry = {
      name: zip.text(at + 46, nameLength),
      flags: zip.u16(at + 8),
      method: zip.u16(at + 10),
      compressedSize: zip.u32(at + 20),
      uncompressedSize: zip.u32(at + 24),
      localHeaderOffset: zip.u32(at + 42),
    };
    applyZip64Extra(zip, entry, at + 46 + nameLength, extraLength);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function checkDeclaredSizes(entries: ZipEntry[], limits: Limits, fileName: string): void {
  const bomb = (reason: string): TableReadError =>
    new TableReadError('import.zipBomb', { fileName, limit: limits.maxUncompressedBytes, reason });
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes) {
    const limitMb = Math.round(limits.maxUncompressedBytes / (1024 * 1024));
    throw bomb(`it would unpack to more than ${limitMb} MB`);
  }
  const offsets = new Set<number>();
  for (const entry of entries) {
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > RATIO_MIN_BYTES && ratio > limits.maxCompressionRatio) {
      throw bomb(`${entry.name} is compressed ${Math.round(ratio)}:1`);
    }
    if (offsets.has(entry.localHeaderOffset)) throw bomb('entries share their data');
    offsets.add(entry.localHeaderOffset);
  }
}

/** Bytes the raw deflate data unpacks to, or 'exceeded' as soon as that passes `limit`. */
function inflatedSize(data: Uint8Array, limit: number): Promise<number | 'exceeded'> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let size = 0;
    let settled = false;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit && !settled) {
        settled = true;
        inflate.destroy();
        resolve('exceeded');
      }
    });
    inflate.on('end', () => {
      if (!settled) resolve(size);
      settled = true;
    });
    inflate.on('error', (error) => {
      if (!settled) reject(error);
      settled = true;
    });
    inflate.end(data);
  });
}

function entryData(bytes: Uint8Array, entry: ZipEntry, fileName: string): Uint8Array {
  const zip = new ZipReader(bytes);
  const at = entry.localHeaderOffset;
  if (!zip.has(at, 30) || zip.u32(at) !== LOCAL_SIGNATURE) {
    throw unreadable(fileName, `entry ${entry.name} is damaged`);
  }
  const start = at + 30 + zip.u16(at + 26) + zip.u16(at + 28);
  if (!zip.has(start, entry.compressedSize)) {
    throw unreadable(fileName, `entry ${entry.name} is cut off (truncated file?)`);
  }
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * Throws `import.zipBomb` or `import.xlsxUnreadable` unless the zip is safe to hand to exceljs.
 * Returns the entries (for checks on their names).
 */
export async function assertSafeZip(
  bytes: Uint8Array,
  fileName: string,
  limits: Limits,
): Promise<ZipEntry[]> {
  const entries = readZipEntries(bytes, fileName, limits);
  checkDeclaredSizes(entries, limits, fileName);
  for (const entry of entries) {
    if (entry.flags & 1) throw unreadable(fileName, 'the workbook is encrypted');
    const data = entryData(bytes, entry, fileName);
    if (entry.method === STORED) {
      if (entry.compressedSize !== entry.uncompressedSize) {
        throw unreadable(fileName, `entry ${entry.name} is damaged`);
      }
      continue;
    }
    if (entry.method !== DEFLATED) {
      throw unreadable(fileName, `entry ${entry.name} uses an unsupported compression`);
    }
    let size: number | 'exceeded';
    try {
      size = await inflatedSize(data, entry.uncompressedSize);
    } catch (error) {
      throw new TableReadError(
        'import.xlsxUnreadable',
        { fileName, reason: `entry ${entry.name} is damaged` },
        { cause: error },
      );
    }
    if (size === 'exceeded') {
      throw new TableReadError('import.zipBomb', {
        fileName,
        limit: limits.maxUncompressedBytes,
        reason: `${entry.name} unpacks to more than it declares`,
      });
    }
  }
  return entries;
}
