/**
 * Findings 7 and 8 (browser host part) of the second review: anyone on the machine could stall
 * the host (no header or request timeouts, no connection cap), a 200 MB body limit was enforced
 * only after buffering all of it, framing was not forbidden, and a malformed `%` escape in a URL
 * gave 500.
 */
import { connect, type Socket } from 'node:net';
import { request } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_HOST_LIMITS,
  startBrowserHost,
  type BrowserHost,
  type HostLimits,
} from '@main/browser-host/server';
import type { Dispatch } from '@main/core/dispatch';

const hosts: BrowserHost[] = [];
const sockets: Socket[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const host of hosts.splice(0)) await host.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A host with a dispatcher that answers every call, and a static folder with index.html. */
async function host(limits: Partial<HostLimits> = {}): Promise<BrowserHost> {
  const staticDir = mkdtempSync(join(tmpdir(), 'klantspiegel-static-'));
  dirs.push(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Klantspiegel</title>');
  const dispatch: Dispatch = (name) => Promise.resolve({ ok: true, value: { name } });
  const started = await startBrowserHost({ dispatch, staticDir, limits });
  hosts.push(started);
  return started;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

function send(
  target: BrowserHost,
  path: string,
  options: { method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port: target.port,
        path,
        method: options.method ?? 'GET',
        headers: {
          Host: `127.0.0.1:${target.port}`,
          'x-klantspiegel-token': target.token,
          ...options.headers,
        },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

function openSocket(target: BrowserHost): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(target.port, '127.0.0.1', () => resolve(socket));
    socket.on('error', reject);
    sockets.push(socket);
  });
}

function closed(socket: Socket): Promise<void> {
  return new Promise((resolve) => {
    if (socket.destroyed) resolve();
    socket.once('close', () => resolve());
  });
}

describe('the browser host cannot be stalled', () => {
  it('closes a connection whose request headers never complete', async () => {
    const target = await host({ headersTimeoutMs: 300, checkIntervalMs: 100 });
    const socket = await openSocket(target);
    socket.on('data', () => undefined);
    socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${target.port}\r\nX-Slow: `);
    const started = performance.now();
    await closed(socket);
    // Node's own default waits a minute; the host's limit ends it within a second.
    expect(performance.now() - started).toBeLessThan(5_000);
    expect((await send(target, '/')).status).toBe(200);
  });

  it('closes a request whose body never completes', async () => {
    const target = await host({
      headersTimeoutMs: 300,
      requestTimeoutMs: 400,
      checkIntervalMs: 100,
    });
    const socket = await openSocket(target);
    socket.on('data', () => undefined);
    socket.write(
      `POST /api/invoke/app.info HTTP/1.1\r\nHost: 127.0.0.1:${target.port}\r\n` +
        `x-klantspiegel-token: ${target.token}\r\nContent-Length: 1000\r\n\r\n{"a":`,
    );
    await closed(socket);
    expect(
      (await send(target, '/api/invoke/app.info', { method: 'POST', body: '{}' })).status,
    ).toBe(200);
  });

  it('accepts only so many connections at once', async () => {
    expect(DEFAULT_HOST_LIMITS.maxConnections).toBeLessThanOrEqual(64);
    const target = await host({ maxConnections: 4 });
    const idle = await Promise.all(Array.from({ length: 4 }, () => openSocket(target)));
    const extra = await openSocket(target);
    await closed(extra);
    for (const socket of idle) socket.destroy();
    await Promise.all(idle.map(closed));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await send(target, '/')).status).toBe(200);
  });

  it('refuses a body over 64 MB while it streams in, not after buffering it', async () => {
    expect(DEFAULT_HOST_LIMITS.maxBodyBytes).toBeLessThanOrEqual(64 * 1024 * 1024);
    const target = await host();
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    const total = 160;
    const { status, sentMb } = await new Promise<{ status: number; sentMb: number }>(
      (resolve, reject) => {
        let sent = 0;
        let answered = false;
        const outgoing = request(
          {
            host: '127.0.0.1',
            port: target.port,
            path: '/api/invoke/archives.import',
            method: 'POST',
            headers: {
              Host: `127.0.0.1:${target.port}`,
              'x-klantspiegel-token': target.token,
              'Transfer-Encoding': 'chunked',
            },
          },
          (response) => {
            answered = true;
            resolve({ status: response.statusCode ?? 0, sentMb: sent });
            response.resume();
          },
        );
        outgoing.on('error', (error) => (answered ? undefined : reject(error)));
        const pump = () => {
          while (!answered && sent < total) {
            sent++;
            if (!outgoing.write(chunk)) return void outgoing.once('drain', pump);
          }
          if (!answered) outgoing.end();
        };
        pump();
      },
    );
    expect(status).toBe(413);
    // The answer came while the client was still sending: the rest was never read.
    expect(sentMb).toBeLessThan(total);
  }, 60_000);

  it('refuses an announced body over the limit before reading any of it', async () => {
    const target = await host();
    const socket = await openSocket(target);
    let answer = '';
    socket.on('data', (data: Buffer) => (answer += data.toString()));
    socket.write(
      `POST /api/invoke/app.info HTTP/1.1\r\nHost: 127.0.0.1:${target.port}\r\n` +
        `x-klantspiegel-token: ${target.token}\r\nContent-Length: ${200 * 1024 * 1024}\r\n\r\n`,
    );
    await closed(socket);
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
  });
});

describe('the browser host answers', () => {
  it('forbids every page to frame the app', async () => {
    const target = await host();
    for (const answer of [
      await send(target, '/'),
      await send(target, '/api/invoke/app.info', { method: 'POST', body: '{}' }),
    ]) {
      expect(answer.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect(answer.headers['x-frame-options']).toBe('DENY');
    }
  });

  it('400 for a malformed % escape, in a page path and in a call name', async () => {
    const target = await host();
    expect((await send(target, '/%E0%A4%A')).status).toBe(400);
    expect((await send(target, '/assets/%zz.js')).status).toBe(400);
    expect(
      (await send(target, '/api/invoke/app.%E0%A4%A', { method: 'POST', body: '{}' })).status,
    ).toBe(400);
    expect((await send(target, '/')).status).toBe(200);
  });
});
