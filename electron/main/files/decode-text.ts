/**
 * Bytes of a CSV file to text: UTF-8 with or without BOM, UTF-16LE with BOM (Excel's "Unicode
 * text"), otherwise Windows-1252 as Dutch Excel writes it. Binary data is refused here, because
 * Windows-1252 decodes any byte sequence without complaint.
 */
import type { TableEncoding } from '@shared/import/table';
import { TableReadError } from './table-read-error';

export interface DecodedText {
  text: string;
  encoding: Exclude<TableEncoding, 'xlsx'>;
}

// Control characters never typed in a survey answer: C0 except tab/CR/LF, DEL, and C1 (which is
// where Windows-1252 decoding puts the unused bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\x80-\x9F\uFFFD]/g;
const SAMPLE_CHARS = 64 * 1024;
const MAX_CONTROL_SHARE = 0.01;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function decode(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** True when the text has NUL bytes or more control characters than real text ever has. */
export function looksBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const controls = sample.match(CONTROL)?.length ?? 0;
  return controls > Math.max(2, sample.length * MAX_CONTROL_SHARE);
}

export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  const decoded = decode(bytes);
  if (looksBinary(decoded.text)) throw new TableReadError('import.notText', { fileName });
  return decoded;
}
