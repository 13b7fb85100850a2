/**
 * Reading a REFI-QDA file that comes from outside, without the workspace: it runs in a parse
 * worker (files/parse-jobs.ts), and only the plain data it finds goes back to be imported.
 */
import { strFromU8 } from 'fflate';
import { AppError } from '@shared/ipc/errors';
import type { QdaCode, QdaProject } from './model';
import { readQdpx } from './qdpx';
import { MAX_XML_CHARS, parseCodebookXml } from './xml';

/** What a REFI-QDA file holds. */
export type ExchangeFileContent =
  | { kind: 'project'; project: QdaProject; skippedSources: number }
  | { kind: 'codebook'; codes: QdaCode[] };

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/** A .qdpx (a zip) or a .qdc (XML with a CodeBook root); anything else is refused. */
export function readExchangeFile(bytes: Uint8Array): ExchangeFileContent {
  if (isZip(bytes)) return { kind: 'project', ...readQdpx(bytes) };
  if (bytes.length > MAX_XML_CHARS) throw new AppError('exchange.unknownFile');
  const text = strFromU8(bytes);
  if (!/<(\w+:)?CodeBook[\s>]/.test(text)) throw new AppError('exchange.unknownFile');
  return { kind: 'codebook', codes: parseCodebookXml(text) };
}
