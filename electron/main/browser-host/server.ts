import { randomBytes } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { decodeWire, encodeWire } from '@shared/ipc/wire';
import type { Dispatch } from '../core/dispatch';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { checkApiRequest, checkHostAndOrigin } from './request-guard';

// Not `import … from 'node:http'`: Node's ES-module view of node:http reads all its exports,
// among them the fetch and WebSocket classes, which loads undici, http2, tls and zlib (tens of ms
// of a start that needs none of them).
const { createServer } = process.getBuiltinModule('node:http');

const API_PREFIX = '/api/invoke/';
const LOOPBACK = '127.0.0.1';

/**
 * What one request may cost. Anyone on the machine can reach a loopback port (only the token
 * keeps them from the API), so slow or endless requests must not tie the host up.
 */
export interface HostLimits {
  /** Request headers must be complete within this time. */
  headersTimeoutMs: number;
  /** The whole request (headers and body) must have arrived within this time. */
  requestTimeoutMs: number;
  /** An idle kept-alive connection is closed after this time. */
  keepAliveTimeoutMs: number;
  /** How often the server looks for requests past their timeouts. */
  checkIntervalMs: number;
  /** Open connections at most; further ones are closed at once. A browser uses about six. */
  maxConnections: number;
  /**
   * The largest request body, counted while it streams in: 64 MB, enough for the largest file
   * the app imports (50 MB, base64 in JSON) and far below what would strain memory.
   */
  maxBodyBytes: number;
}

export const DEFAULT_HOST_LIMITS: HostLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 120_000,
  keepAliveTimeoutMs: 5_000,
  checkIntervalMs: 1_000,
  maxConnections: 32,
  maxBodyBytes: 64 * 1024 * 1024,
};

/** The CSP header adds what only a header can say: no page may frame the app. */
export const CSP_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export interface BrowserHostOptions {
  dispatch: Dispatch;
  /** Folder with the built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  token?: string;
  limits?: Partial<HostLimits>;
  /** Told of every request (files and calls alike) as it starts and once it is answered. */
  requests?: RequestWatch;
}

export interface RequestWatch {
  started(): void;
  ended(): void;
  /** The page itself (index.html) has been sent: the browser now parses it and asks for its files. */
  pageServed?(): void;
}

export interface BrowserHost {
  server: Server;
  port: number;
  token: string;
  /** The address to open: the token travels in the fragment, which browsers never send. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer and the main-process handler table over HTTP for development and
 * end-to-end tests. Bound to loopback only; every API call needs the per-launch token.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const staticDir = resolve(options.staticDir);
  const limits = { ...DEFAULT_HOST_LIMITS, ...options.limits };
  let port = 0;
  const files = new StaticFiles(staticDir);
  // The page and the files it names are read while the server starts listening, so their first
  // request finds them in memory even when the host is busy then (opening the workspace).
  const readAhead = files.readPageAhead();
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: limits.checkIntervalMs,
    },
    (request, response) => {
      const context = { port, token, files, dispatch: options.dispatch, limits };
      if (options.requests) {
        const watch = options.requests;
        watch.started();
        response.once('close', () => watch.ended());
        if (watch.pageServed && isPage(request.url)) {
          response.once('finish', () => {
            if (response.statusCode === 200) watch.pageServed?.();
          });
        }
      }
      handleRequest(request, response, context).catch(() => {
        if (!response.headersSent) send(response, 500, 'text/plain', 'Internal error');
        else response.destroy();
      });
    },
  );
  server.maxConnections = limits.maxConnections;
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolveListen());
  });
  await readAhead;
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    token,
    url: `http://${LOOPBACK}:${port}/#token=${token}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        // Browsers keep connections alive; without this, close waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

interface RequestContext {
  port: number;
  token: string;
  files: StaticFiles;
  dispatch: Dispatch;
  limits: HostLimits;
}

async function handleRequest(
  request: IncomingMessage,
  response: ServerResponse,
  context: RequestContext,
) {
  const pathname = decodedPath(request.url);
  if (pathname === null) return send(response, 400, 'text/plain', 'Malformed URL');
  if (pathname.startsWith(API_PREFIX)) {
    if (request.method !== 'POST') return send(response, 405, 'text/plain', 'Method not allowed');
    const verdict = checkApiRequest(request.headers, context);
    if (!verdict.allowed) return send(response, verdict.status, 'text/plain', verdict.reason);
    const name = pathname.slice(API_PREFIX.length);
    const body = await readBody(request, context.limits.maxBodyBytes);
    if (body === null) return refuseTooLarge(request, response);
    let argument: unknown;
    try {
      argument = body.length === 0 ? undefined : decodeWire(body);
    } catch {
      return send(response, 400, 'text/plain', 'Malformed JSON');
    }
    const result = await context.dispatch(name, argument);
    return send(response, 200, 'application/json; charset=utf-8', encodeWire(result));
  }
  const hostVerdict = checkHostAndOrigin(request.headers, context.port);
  if (!hostVerdict.allowed)
    return send(response, hostVerdict.status, 'text/plain', hostVerdict.reason);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return send(response, 405, 'text/plain', 'Method not allowed');
  }
  return serveStatic(pathname, context.files, response);
}

/** The request's path, percent-decoded; null for a URL that cannot be (a bad `%` escape). */
function decodedPath(raw: string | undefined): string | null {
  try {
    return decodeURIComponent(new URL(raw ?? '/', 'http://placeholder').pathname);
  } catch {
    return null;
  }
}

/** The page itself, which `/` also names. */
const PAGE_FILE = 'index.html';

/** Whether a request asks for the page itself (its fragment, with the token, is never sent). */
function isPage(url: string | undefined): boolean {
  const path = decodedPath(url);
  return path === '/' || path === `/${PAGE_FILE}`;
}

/** The files a page names by a relative address (`./assets/…`): its script, preloads, styles. */
export function filesNamedByPage(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href)="\.\/([^"?#]+)"/g)].map((match) => match[1]!);
}

/**
 * The built renderer's files, each read from disk once and then served from memory: they do not
 * change while the host runs (a new build is a new start).
 */
class StaticFiles {
  private readonly contents = new Map<string, Promise<Buffer>>();

  constructor(readonly dir: string) {}

  /** Reads the page and the files it names (a missing one is simply not kept). */
  async readPageAhead(): Promise<void> {
    try {
      const page = await this.read(resolve(this.dir, PAGE_FILE));
      const named = filesNamedByPage(page.toString('utf8'))
        .map((file) => resolve(this.dir, file))
        .filter((path) => path.startsWith(this.dir + sep));
      await Promise.allSettled(named.map((path) => this.read(path)));
    } catch {
      // No page (yet): it is read when asked for, as any file.
    }
  }

  read(file: string): Promise<Buffer> {
    let content = this.contents.get(file);
    if (!content) {
      content = readFile(file);
      this.contents.set(file, content);
      // A missing file is asked for again next time (and still answered 404).
      content.catch(() => this.contents.delete(file));
    }
    return content;
  }
}

/**
 * The bundler names every file under assets/ after its content, so a browser may keep them: a
 * reload then asks for the page alone. The page itself (which names them) is never kept.
 */
const IMMUTABLE_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.(?:js|css|svg|png|woff2)$/;

async function serveStatic(pathname: string, files: StaticFiles, response: ServerResponse) {
  const relative = pathname === '/' ? PAGE_FILE : pathname.replace(/^\/+/, '');
  const file = resolve(files.dir, relative);
  // Refuse anything that resolves outside the renderer folder (../, encoded slashes, …).
  if (!file.startsWith(files.dir + sep)) return send(response, 404, 'text/plain', 'Not found');
  const type = CONTENT_TYPES[extname(file)];
  if (!type) return send(response, 404, 'text/plain', 'Not found');
  let content: Buffer;
  try {
    content = await files.read(file);
  } catch {
    return send(response, 404, 'text/plain', 'Not found');
  }
  const caching: Record<string, string> = IMMUTABLE_ASSET.test(pathname)
    ? { 'Cache-Control': 'public, max-age=31536000, immutable' }
    : {};
  return send(response, 200, type, content, caching);
}

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extraHeaders: Record<string, string> = {},
) {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CSP_HEADER,
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    ...extraHeaders,
  });
  response.end(body);
}

/**
 * The body as text, or null as soon as it passes `maxBytes` (announced or counted while it
 * streams in): the rest is never read, let alone buffered.
 */
function readBody(request: IncomingMessage, maxBytes: number): Promise<string | null> {
  const announced = Number(request.headers['content-length'] ?? 0);
  if (announced > maxBytes) return Promise.resolve(null);
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      request.off('data', onData);
      request.pause();
      chunks.length = 0;
      resolveBody(null);
    };
    request.on('data', onData);
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Answers 413 and closes the connection, so the client stops sending the rest. */
function refuseTooLarge(request: IncomingMessage, response: ServerResponse) {
  response.on('finish', () => request.socket.destroy());
  send(response, 413, 'text/plain', 'Request too large', { Connection: 'close' });
}
