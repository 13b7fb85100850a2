import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { decodeWire, encodeWire } from '@shared/ipc/wire';
import type { Dispatch } from '../core/dispatch';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { checkApiRequest, checkHostAndOrigin } from './request-guard';

const API_PREFIX = '/api/invoke/';
const MAX_BODY_BYTES = 200 * 1024 * 1024;
const LOOPBACK = '127.0.0.1';

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
  let port = 0;
  const server = createServer((request, response) => {
    handleRequest(request, response, { port, token, staticDir, dispatch: options.dispatch }).catch(
      () => send(response, 500, 'text/plain', 'Internal error'),
    );
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolveListen());
  });
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
  staticDir: string;
  dispatch: Dispatch;
}

async function handleRequest(
  request: IncomingMessage,
  response: ServerResponse,
  context: RequestContext,
) {
  const url = new URL(request.url ?? '/', 'http://placeholder');
  if (url.pathname.startsWith(API_PREFIX)) {
    if (request.method !== 'POST') return send(response, 405, 'text/plain', 'Method not allowed');
    const verdict = checkApiRequest(request.headers, context);
    if (!verdict.allowed) return send(response, verdict.status, 'text/plain', verdict.reason);
    const name = decodeURIComponent(url.pathname.slice(API_PREFIX.length));
    const body = await readBody(request);
    if (body === null) return send(response, 413, 'text/plain', 'Request too large');
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
  return serveStatic(url.pathname, context.staticDir, response);
}

async function serveStatic(pathname: string, staticDir: string, response: ServerResponse) {
  const relative =
    pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  const file = resolve(staticDir, relative);
  // Refuse anything that resolves outside the renderer folder (../, encoded slashes, …).
  if (!file.startsWith(staticDir + sep)) return send(response, 404, 'text/plain', 'Not found');
  const type = CONTENT_TYPES[extname(file)];
  if (!type) return send(response, 404, 'text/plain', 'Not found');
  try {
    const content = await readFile(file);
    return send(response, 200, type, content);
  } catch {
    return send(response, 404, 'text/plain', 'Not found');
  }
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer) {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  });
  response.end(body);
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolveBody(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
