/**
 * The `.klantspiegel` file: a small binary header, then the archive content as gzipped JSON,
 * optionally encrypted.
 *
 * ```
 * plain:     "KLSPARCH" | version 1 | mode 0 | SHA-256 of the payload (32) | gzip(JSON)
 * encrypted: "KLSPARCH" | version 1 | mode 1 | log2 N | r | p | salt (16) | nonce (12)
 *            | key check (16) | AES-256-GCM(gzip(JSON)) | tag (16)
 * ```
 *
 * Encryption: scrypt (Node's crypto) turns the passphrase and a random salt into 64 bytes; the
 * first 32 are the AES-256-GCM key, the last 32 only make the key check (an HMAC), which tells a
 * wrong passphrase (`archive.wrongPassphrase`) from a damaged file (`archive.corrupt`: the GCM
 * tag fails with the right key). The whole header is authenticated as associated data. The
 * scrypt parameters in the header are bounded, so a crafted file cannot make the app allocate
 * gigabytes or seconds of work before the passphrase is even checked. A plain archive carries a
 * SHA-256 of its payload for the same damage check.
 *
 * Opening an archive is meant to run in a worker with a memory and time limit (see
 * electron/main/files/parse-jobs.ts): its JSON comes from outside.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  scrypt,
  timingSafeEqual,
} from 'node:crypto';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { AppError } from '@shared/ipc/errors';
import { jsonBeyondLimits } from '@main/files/json-depth';

const MAGIC = Buffer.from('KLSPARCH', 'latin1');
const CONTAINER_VERSION = 1;
const MODE_PLAIN = 0;
const MODE_ENCRYPTED = 1;
const SALT_BYTES = 16;
const NONCE_BYTES = 12;
const CHECK_BYTES = 16;
const TAG_BYTES = 16;
const HASH_BYTES = 32;
const PLAIN_HEADER = MAGIC.length + 2 + HASH_BYTES;
const ENCRYPTED_HEADER = MAGIC.length + 2 + 3 + SALT_BYTES + NONCE_BYTES + CHECK_BYTES;
/**
 * The most JSON an archive may unpack to: 128 MB. A very large engagement (10,000 respondents ×
 * 60 answers, measured) archives to 6.8 MB of JSON, the bench's report engagement (6,000
 * respondents, 40 interviews, 200 quotes) to 4.2 MB; 128 MB is some twenty times anything a real
 * engagement reaches, while parsing it stays well inside the archive worker's memory limit. The
 * export refuses to write more than this, so every archive the app writes can be read back.
 */
export const MAX_CONTENT_BYTES = 128 * 1024 * 1024;
/**
 * The archive's JSON nests 6 levels (content, tables, table, rows, row, blob); the large
 * engagement above holds 110,000 values. More than 16 levels or 5 million values is no archive
 * the app wrote, and parsing it could cost gigabytes however small the file.
 */
const JSON_LIMITS = { maxDepth: 16, maxValues: 5_000_000 };

export interface ScryptCost {
  log2N: number;
  r: number;
  p: number;
}

/** 2^15 × 8 × 128 bytes = 32 MB and roughly 0.1 s per derivation on a laptop. */
export const DEFAULT_SCRYPT: ScryptCost = { log2N: 15, r: 8, p: 1 };
/**
 * What a header may ask for, checked before anything is derived: at most twice the default's
 * memory (128 × N × r ≤ 64 MB) and four times its work (N × r × p ≤ 2^20, under half a second).
 * Klantspiegel only ever writes the default; the room is for a later, stronger default.
 */
const MIN_LOG2N = 10;
const MAX_SCRYPT_MEMORY = 64 * 1024 * 1024;
const MAX_SCRYPT_WORK = 2 ** 20;

export function scryptCostAllowed(cost: ScryptCost): boolean {
  const N = 2 ** cost.log2N;
  return (
    cost.log2N >= MIN_LOG2N &&
    cost.r >= 1 &&
    cost.p >= 1 &&
    128 * N * cost.r <= MAX_SCRYPT_MEMORY &&
    N * cost.r * cost.p <= MAX_SCRYPT_WORK
  );
}

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  length: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

export function isEncryptedArchive(bytes: Uint8Array): boolean {
  return hasMagic(bytes) && bytes[MAGIC.length + 1] === MODE_ENCRYPTED;
}

export async function sealArchive(
  content: unknown,
  passphrase?: string,
  cost: ScryptCost = DEFAULT_SCRYPT,
): Promise<Uint8Array> {
  const json = Buffer.from(JSON.stringify(content), 'utf8');
  if (json.length > MAX_CONTENT_BYTES) {
    throw new AppError('archive.tooLarge', { limitMb: MAX_CONTENT_BYTES / 1024 / 1024 });
  }
  const payload = gzipSync(json);
  if (passphrase === undefined) {
    const hash = createHash('sha256').update(payload).digest();
    return plainBytes(concat([MAGIC, Buffer.from([CONTAINER_VERSION, MODE_PLAIN]), hash, payload]));
  }
  const salt = randomBytes(SALT_BYTES);
  const nonce = randomBytes(NONCE_BYTES);
  const { key, check } = await deriveKeys(passphrase, salt, cost);
  const header = concat([
    MAGIC,
    Buffer.from([CONTAINER_VERSION, MODE_ENCRYPTED, cost.log2N, cost.r, cost.p]),
    salt,
    nonce,
    check,
  ]);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(header);
  const encrypted = concat([cipher.update(payload), cipher.final()]);
  return plainBytes(concat([header, encrypted, cipher.getAuthTag()]));
}

/**
 * The archive's content as parsed JSON. Throws `archive.notAnArchive`, `archive.tooNew` (a newer
 * container version), `archive.passphraseRequired`, `archive.wrongPassphrase` or
 * `archive.corrupt`; never anything else for bad input.
 */
export async function openArchive(bytes: Uint8Array, passphrase?: string): Promise<unknown> {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!hasMagic(data)) throw new AppError('archive.notAnArchive');
  if (data.length < MAGIC.length + 2) throw new AppError('archive.corrupt');
  const version = data[MAGIC.length] ?? 0;
  const mode = data[MAGIC.length + 1];
  if (version > CONTAINER_VERSION) throw new AppError('archive.tooNew', { found: version });
  if (version < 1) throw new AppError('archive.corrupt');
  let payload: Buffer;
  if (mode === MODE_PLAIN) {
    if (data.length < PLAIN_HEADER) throw new AppError('archive.corrupt');
    const hash = data.subarray(MAGIC.length + 2, PLAIN_HEADER);
    payload = data.subarray(PLAIN_HEADER);
    if (!timingSafeEqual(hash, createHash('sha256').update(payload).digest())) {
      throw new AppError('archive.corrupt');
    }
  } else if (mode === MODE_ENCRYPTED) {
    if (passphrase === undefined) throw new AppError('archive.passphraseRequired');
    payload = await decrypt(data, passphrase);
  } else {
    throw new AppError('archive.corrupt');
  }
  let json: string;
  try {
    json = gunzipSync(payload, { maxOutputLength: MAX_CONTENT_BYTES }).toString('utf8');
  } catch (error) {
    // zlib stops as soon as the output would pass the cap: nothing larger is ever held.
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new AppError('archive.tooLarge', { limitMb: MAX_CONTENT_BYTES / 1024 / 1024 });
    }
    throw new AppError('archive.corrupt');
  }
  const beyond = jsonBeyondLimits(json, JSON_LIMITS);
  if (beyond === 'values') throw new AppError('archive.tooComplex');
  if (beyond === 'depth') throw new AppError('archive.corrupt');
  try {
    return JSON.parse(json) as unknown;
  } catch {
    throw new AppError('archive.corrupt');
  }
}

async function decrypt(data: Buffer, passphrase: string): Promise<Buffer> {
  if (data.length < ENCRYPTED_HEADER + TAG_BYTES) throw new AppError('archive.corrupt');
  let offset = MAGIC.length + 2;
  const cost: ScryptCost = {
    log2N: data[offset] ?? 0,
    r: data[offset + 1] ?? 0,
    p: data[offset + 2] ?? 0,
  };
  offset += 3;
  // Before any derivation: a crafted header must not cost memory or time.
  if (!scryptCostAllowed(cost)) throw new AppError('archive.unsafeKeyCost');
  const salt = data.subarray(offset, (offset += SALT_BYTES));
  const nonce = data.subarray(offset, (offset += NONCE_BYTES));
  const storedCheck = data.subarray(offset, (offset += CHECK_BYTES));
  const header = data.subarray(0, offset);
  const { key, check } = await deriveKeys(passphrase, salt, cost);
  if (!timingSafeEqual(storedCheck, check)) throw new AppError('archive.wrongPassphrase');
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(header);
  decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
  try {
    return concat([
      decipher.update(data.subarray(offset, data.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    throw new AppError('archive.corrupt');
  }
}

async function deriveKeys(
  passphrase: string,
  salt: Buffer,
  cost: ScryptCost,
): Promise<{ key: Buffer; check: Buffer }> {
  const N = 2 ** cost.log2N;
  const material = await scryptAsync(passphrase.normalize('NFC'), salt, 64, {
    N,
    r: cost.r,
    p: cost.p,
    maxmem: 128 * N * cost.r + 64 * 1024 * 1024,
  });
  const check = createHmac('sha256', material.subarray(32))
    .update('klantspiegel archive key check')
    .digest()
    .subarray(0, CHECK_BYTES);
  return { key: material.subarray(0, 32), check };
}

function hasMagic(bytes: Uint8Array): boolean {
  if (bytes.length < MAGIC.length) return false;
  return MAGIC.every((byte, index) => bytes[index] === byte);
}

function concat(parts: Uint8Array[]): Buffer {
  return Buffer.concat(parts);
}

/**
 * A plain Uint8Array, not a Buffer: a Buffer turns itself into `{type, data}` in JSON before the
 * browser host's wire encoding can see it as bytes.
 */
function plainBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(
    buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength),
  );
}
