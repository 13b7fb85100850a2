/**
 * The participant server of a live session: a separate, minimal HTTP server that exists only
 * while the session runs. It is not the browser host and knows nothing of the app's calls.
 *
 * - Bound to one private IPv4 address (or 127.0.0.1 in test mode), never to all interfaces; a
 *   random port; every path starts with the random session token, anything else is 404.
 * - Endpoints: the page (/<token>/), its own scripts and styles, GET form and POST answers.
 * - One submission per device: the page hands out a signed device cookie; a device that has
 *   submitted is refused, as is any submission without a valid cookie.
 * - Limits: request rate and submission rate per client address, a participant cap, a streamed
 *   body limit, header and request timeouts, a connection cap, small headers only.
 * - Answers are validated (schema, then the instrument's own answer rules) and committed to the
 *   workspace before the server answers "ok": an acknowledged submission survives a crash.
 */
import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError } from '@shared/ipc/errors';
import { participantSubmissionSchema } from '@shared/ipc/live';
import type { KioskForm } from '@shared/ipc/kiosk';
import { isAllowedLiveAddress } from '@shared/live/addresses';
import {
  PARTICIPANT_ANSWERS_PATH,
  PARTICIPANT_FORM_PATH,
  type ParticipantFormResponse,
  type ParticipantRefusal,
  type ParticipantSubmission,
  type ParticipantSubmitResponse,
} from '@shared/live/protocol';
import type { ParticipantPage } from './participant-page';
import { TokenBuckets, type RateLimit } from './token-buckets';

// Not `import … from 'node:http'`: Node's ES-module view of node:http reads all its exports,
// among them the fetch and WebSocket classes, which loads undici (tens of ms of every start of
// the handler table, which loads this module, for a server that runs only in a live session).
const { createServer } = process.getBuiltinModule('node:http');

/**
 * The participant page's policy: its own scripts and styles only, requests to its own origin
 * only, no inline code, no frames, no forms posting elsewhere. renderer/participant.html carries
 * the same string in a meta tag (a unit test keeps them equal).
 */
export const LIVE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export interface LiveServerLimits {
  /** Largest accepted request body (answers as JSON); larger ones are cut off while streaming. */
  maxBodyBytes: number;
  maxConnections: number;
  maxHeaderBytes: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  /** Every request, per client address. */
  requests: RateLimit;
  /** Submissions, per client address. */
  submissions: RateLimit;
  /** Answers accepted in this session at most (devices that submitted). */
  maxParticipants: number;
}

export const DEFAULT_LIVE_LIMITS: Omit<LiveServerLimits, 'maxParticipants'> = {
  maxBodyBytes: 128 * 1024,
  maxConnections: 256,
  maxHeaderBytes: 8 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  // Loading the page takes about five requests; a phone that reloads a few times stays far below.
  requests: { burst: 60, perSecond: 1 },
  // A phone submits once; a few per address allow for several people behind one address.
  submissions: { burst: 10, perSecond: 0.2 },
};

export interface LiveServerOptions {
  address: string;
  /** 127.0.0.1 may be used (tests, development); never in normal use. */
  allowLoopback: boolean;
  token: string;
  page: ParticipantPage;
  limits: LiveServerLimits;
  form: () => KioskForm;
  /**
   * Checks and stores one submission, committed when it returns; throws AppError for answers the
   * instrument does not accept.
   */
  submit: (submission: ParticipantSubmission) => void;
  now?: () => number;
}

export interface LiveServer {
  address: string;
  port: number;
  /** http://<address>:<port>/<token> */
  url: string;
  close(): Promise<void>;
}

/** Lower-case letters and digits without look-alikes (no 0/o, 1/l/i): easy to type on a phone. */
const TOKEN_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const TOKEN_LENGTH = 10;
const DEVICE_COOKIE = 'ks_device';
const DEVICE_COOKIE_SECONDS = 12 * 60 * 60;

/** A fresh session token: 10 characters of 31, about 50 bits, guessed at the rate limit never. */
export function newSessionToken(): string {
  let token = '';
  for (let index = 0; index < TOKEN_LENGTH; index++) {
    token += TOKEN_ALPHABET[randomInt(TOKEN_ALPHABET.length)];
  }
  return token;
}

export async function startLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const { address, token, limits } = options;
  // Checked again here, whatever the caller did: never all interfaces, never a public address.
  if (!isAllowedLiveAddress(address, options.allowLoopback)) {
    throw new AppError('live.addressNotAllowed', { address });
  }
  const now = options.now ?? (() => Date.now());
  const state: ServerState = {
    options,
    port: 0,
    deviceSecret: randomBytes(32),
    submittedDevices: new Set(),
    requestLimits: new TokenBuckets(limits.requests, now),
    submissionLimits: new TokenBuckets(limits.submissions, now),
  };
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      maxHeaderSize: limits.maxHeaderBytes,
    },
    (request, response) => {
      handle(request, response, state).catch(() => {
        if (!response.headersSent) sendJson(response, 500, { ok: false, refusal: 'invalid' });
        else response.destroy();
      });
    },
  );
  server.maxConnections = limits.maxConnections;
  server.maxRequestsPerSocket = 200;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: address, port: 0, exclusive: true }, () => resolve());
  });
  state.port = (server.address() as AddressInfo).port;
  return {
    address,
    port: state.port,
    url: `http://${address}:${state.port}/${token}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

interface ServerState {
  options: LiveServerOptions;
  port: number;
  deviceSecret: Buffer;
  submittedDevices: Set<string>;
  requestLimits: TokenBuckets;
  submissionLimits: TokenBuckets;
}

async function handle(request: IncomingMessage, response: ServerResponse, state: ServerState) {
  const { options } = state;
  const client = request.socket.remoteAddress ?? 'unknown';
  if (!state.requestLimits.take(client)) {
    return refuse(response, 429, 'tooManyRequests', {
      'Retry-After': String(state.requestLimits.retryAfterSeconds(client)),
    });
  }
  // Only the address the session listens on: anything else may be DNS rebinding.
  const origin = `${options.address}:${state.port}`;
  if (request.headers.host !== origin) return sendText(response, 421, 'Misdirected request');
  const url = new URL(request.url ?? '/', `http://${origin}`);
  const route = routeOf(url.pathname, options.token);
  if (route === null) return sendText(response, 404, 'Not found');

  if (route === PARTICIPANT_ANSWERS_PATH) {
    if (request.method !== 'POST') return methodNotAllowed(response, 'POST');
    return receiveAnswers(request, response, state, client, origin);
  }
  if (request.method !== 'GET') return methodNotAllowed(response, 'GET');
  if (route === '') {
    // The page's relative paths need the trailing slash: /<token> → /<token>/
    return redirect(response, `/${options.token}/${url.search}`);
  }
  if (route === '/') {
    const device = deviceOf(request, state);
    const headers: Record<string, string> = {};
    if (!device) headers['Set-Cookie'] = deviceCookie(newDevice(state), options.token);
    return send(response, 200, 'text/html; charset=utf-8', options.page.html, headers);
  }
  if (route === PARTICIPANT_FORM_PATH) {
    const device = deviceOf(request, state);
    const body: ParticipantFormResponse = {
      form: options.form(),
      submitted: device !== null && state.submittedDevices.has(device),
      full: state.submittedDevices.size >= options.limits.maxParticipants,
    };
    return sendJson(response, 200, body);
  }
  const file = options.page.files.get(route);
  if (!file) return sendText(response, 404, 'Not found');
  return send(response, 200, file.type, file.body);
}

/**
 * The part of the path after /<token>: '' for /<token>, '/' for /<token>/, 'form',
 * 'assets/x.js'; null when the token is missing or wrong.
 */
function routeOf(pathname: string, token: string): string | null {
  const match = /^\/([^/]*)(\/.*)?$/.exec(pathname);
  if (!match || !tokensEqual(match[1] ?? '', token)) return null;
  const rest = match[2];
  if (rest === undefined) return '';
  if (rest === '/') return '/';
  return rest.slice(1);
}

async function receiveAnswers(
  request: IncomingMessage,
  response: ServerResponse,
  state: ServerState,
  client: string,
  origin: string,
) {
  const { options } = state;
  // Browsers send Origin with every POST; a foreign one is another site trying its luck.
  const sentOrigin = request.headers.origin;
  if (sentOrigin !== undefined && sentOrigin !== `http://${origin}`) {
    return refuse(response, 403, 'invalid');
  }
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
    return refuse(response, 415, 'invalid');
  }
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > options.limits.maxBodyBytes) return refuse(response, 413, 'tooLarge');
  const device = deviceOf(request, state);
  const early = submissionRefusal(state, device);
  if (early) return refuse(response, early.status, early.refusal);
  if (!state.submissionLimits.take(client)) {
    return refuse(response, 429, 'tooManyRequests', {
      'Retry-After': String(state.submissionLimits.retryAfterSeconds(client)),
    });
  }
  const body = await readLimitedBody(request, options.limits.maxBodyBytes);
  if (body === null) return refuse(response, 413, 'tooLarge');
  // The body arrived over time: another request of this device may have been stored meanwhile.
  const late = submissionRefusal(state, device);
  if (late) return refuse(response, late.status, late.refusal);
  let payload: unknown;
  try {
    payload = JSON.parse(body.toString('utf8'));
  } catch {
    return refuse(response, 400, 'invalid');
  }
  const parsed = participantSubmissionSchema.safeParse(payload);
  if (!parsed.success) return refuse(response, 400, 'invalid');
  try {
    options.submit(parsed.data);
  } catch (error) {
    if (error instanceof AppError) {
      return refuse(response, 422, error.key === 'kiosk.noAnswers' ? 'noAnswers' : 'invalid');
    }
    throw error;
  }
  // Stored and committed: only now is the device marked and the participant told "ok".
  state.submittedDevices.add(device!);
  const ok: ParticipantSubmitResponse = { ok: true };
  return sendJson(response, 200, ok);
}

function submissionRefusal(
  state: ServerState,
  device: string | null,
): { status: number; refusal: ParticipantRefusal } | null {
  if (device === null) return { status: 403, refusal: 'noDevice' };
  if (state.submittedDevices.has(device)) return { status: 409, refusal: 'alreadySubmitted' };
  if (state.submittedDevices.size >= state.options.limits.maxParticipants) {
    return { status: 403, refusal: 'full' };
  }
  return null;
}

/** Reads the body as it streams in, giving up (null) as soon as it exceeds `max` bytes. */
function readLimitedBody(request: IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    request.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size <= max) {
        chunks.push(chunk);
        return;
      }
      settled = true;
      // Stop reading: the refusal is sent with Connection: close and the socket goes with it.
      request.pause();
      resolve(null);
    });
    request.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks));
    });
    request.on('error', (error) => {
      if (!settled) reject(error);
    });
    // The phone went away before the body was complete: nothing to store, nothing to wait for.
    request.on('close', () => {
      if (settled) return;
      settled = true;
      resolve(null);
    });
  });
}

// ---- device cookie ----

function newDevice(state: ServerState): string {
  const id = randomBytes(12).toString('base64url');
  return `${id}.${deviceMac(state, id)}`;
}

function deviceMac(state: ServerState, id: string): string {
  return createHmac('sha256', state.deviceSecret).update(id).digest('base64url').slice(0, 22);
}

/** The device id from a valid cookie of this session, or null. */
function deviceOf(request: IncomingMessage, state: ServerState): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, value] = part.trim().split('=', 2);
    if (name !== DEVICE_COOKIE || !value) continue;
    const [id, mac] = value.split('.');
    if (id && mac && tokensEqual(mac, deviceMac(state, id))) return value;
  }
  return null;
}

function deviceCookie(value: string, token: string): string {
  return `${DEVICE_COOKIE}=${value}; Path=/${token}/; Max-Age=${DEVICE_COOKIE_SECONDS}; HttpOnly; SameSite=Strict`;
}

function tokensEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

// ---- responses ----

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': LIVE_CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...headers });
  response.end(body);
}

function sendText(response: ServerResponse, status: number, text: string) {
  send(response, status, 'text/plain; charset=utf-8', text);
}

function sendJson(response: ServerResponse, status: number, body: unknown) {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

/** A refusal the page can explain; the connection closes so an unread body is not waited for. */
function refuse(
  response: ServerResponse,
  status: number,
  refusal: ParticipantRefusal,
  headers: Record<string, string> = {},
) {
  const body: ParticipantSubmitResponse = { ok: false, refusal };
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(body), {
    Connection: 'close',
    ...headers,
  });
}

function methodNotAllowed(response: ServerResponse, allowed: string) {
  send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed', { Allow: allowed });
}

function redirect(response: ServerResponse, location: string) {
  send(response, 302, 'text/plain; charset=utf-8', '', { Location: location });
}
