/**
 * Every call of the IPC contract, fed malformed arguments: wrong types, missing and unknown
 * fields, huge strings, prototype-pollution keys, negative and fractional ids. Each must answer
 * with a validation error or another typed error, never an internal error, and never write.
 * Then the browser host: token, Host and Origin checks, and loopback-only binding.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '@shared/ipc';
import { encodeWire } from '@shared/ipc/wire';
import { startBrowserHost, type BrowserHost } from '@main/browser-host/server';
import type { Dispatch } from '@main/core/dispatch';
import { createSampleEngagement } from '@main/core/sample/sample-engagement';
import { Workspace } from '@main/core/workspace';
import { WorkspaceHolder } from '@main/core/workspace-holder';
import { testDispatcher } from '@test/support/dispatcher';
import { contentHash } from './support';

/** A small deterministic generator, so a failure can be reproduced. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HUGE = 'x'.repeat(2_000_000);
const WRONG_VALUES: unknown[] = [
  -1,
  0,
  1.5,
  Number.MAX_SAFE_INTEGER + 2,
  -Infinity,
  '',
  HUGE,
  '1; DROP TABLE engagements; --',
  '<script>alert(1)</script>',
  true,
  null,
  [],
  [1, 2, 3],
  {},
  { $bytes: 'AAAA' },
  new Uint8Array([1, 2, 3]),
  JSON.parse('{"__proto__": {"polluted": true}}'),
];

/** The object shape behind a call's schema, when it has one (z.object, possibly refined). */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | null {
  if (schema instanceof z.ZodObject) return schema.shape as Record<string, z.ZodType>;
  const inner = (schema as { _zod?: { def?: { in?: z.ZodType; innerType?: z.ZodType } } })._zod
    ?.def;
  const next = inner?.in ?? inner?.innerType;
  return next ? shapeOf(next) : null;
}

function malformedArguments(schema: z.ZodType, next: () => number): unknown[] {
  const pick = <T>(values: T[]): T => values[Math.floor(next() * values.length)] as T;
  const args: unknown[] = [
    undefined,
    null,
    42,
    -7,
    'engagements',
    HUGE,
    true,
    [],
    [{}],
    JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
    ),
    { unexpectedField: 1 },
  ];
  const shape = shapeOf(schema);
  const keys = Object.keys(shape ?? {});
  // An empty object is the valid argument of a call without fields: nothing more to vary.
  if (keys.length === 0) return args;
  // Every field wrong at once, one value kind at a time.
  for (const wrong of WRONG_VALUES) args.push(Object.fromEntries(keys.map((key) => [key, wrong])));
  // Random mixtures, plus a pollution key next to the fields.
  for (let round = 0; round < 12; round++) {
    const arg: Record<string, unknown> = JSON.parse('{"__proto__": {"polluted": true}}');
    for (const key of keys) if (next() < 0.8) arg[key] = pick(WRONG_VALUES);
    args.push(arg);
  }
  // Ids: negative, zero, fractional, far too large.
  const idKeys = keys.filter((key) => /(^id|Id)$/.test(key));
  for (const bad of [-1, 0, 2.5, 2 ** 60, '1']) {
    if (idKeys.length > 0)
      args.push(
        Object.fromEntries(
          keys.map((key) => [key, idKeys.includes(key) ? bad : pick(WRONG_VALUES)]),
        ),
      );
  }
  return args;
}

interface ZodDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
}

/**
 * A well-formed value for a schema, with every id pointing at a row that does not exist: the
 * handler behind the validation has to answer "not found", not crash. Null when unsure.
 */
function wellFormed(schema: z.ZodType, key = ''): unknown {
  const def = (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
  switch (def.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(def.shape ?? {}).map(([field, inner]) => [field, wellFormed(inner, field)]),
      );
    case 'number':
    case 'int':
      return /(^id|Id)$/.test(key) ? 999_999 : 1;
    case 'string':
      return /name$/i.test(key) ? 'file.csv' : 'x';
    case 'boolean':
      return false;
    case 'enum':
      return Object.values(def.entries ?? {})[0];
    case 'literal':
      return def.values?.[0];
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
      return def.innerType ? wellFormed(def.innerType, key) : undefined;
    case 'pipe':
      return def.in ? wellFormed(def.in, key) : undefined;
    case 'array':
      return def.element ? [wellFormed(def.element, key)] : [];
    case 'union':
      return def.options?.[0] ? wellFormed(def.options[0], key) : null;
    case 'record':
      return {};
    case 'custom':
      return new Uint8Array([0x50, 0x4b, 3, 4, 0xff, 0xfe]);
    default:
      return null;
  }
}

function dataFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).sort();
}

let dir: string;
let holder: WorkspaceHolder;
let dispatch: Dispatch;
const internalErrors: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'klantspiegel-fuzz-'));
  holder = new WorkspaceHolder(Workspace.open(dir));
  createSampleEngagement(holder.current, 'nl');
  ({ dispatch } = testDispatcher(holder, {
    log: (message, error) => internalErrors.push(`${message}: ${String(error)}`),
  }));
});

afterAll(() => {
  holder.current.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('every IPC call refuses malformed arguments without writing', () => {
  it(`covers all ${Object.keys(contract).length} calls of the contract`, async () => {
    const next = random(20260512);
    const before = contentHash(holder.current.db);
    const filesBefore = dataFiles(dir);
    const unexpected: string[] = [];
    let calls = 0;
    for (const [name, spec] of Object.entries(contract)) {
      for (const arg of malformedArguments(spec.arg as z.ZodType, next)) {
        // A generated argument can be well-formed by chance (null for a nullable field: "remove
        // the logo"); that is a legitimate request, not one this test is about.
        if ((spec.arg as z.ZodType).safeParse(arg).success) continue;
        calls++;
        const response = await dispatch(name, arg);
        const label = `${name}(${JSON.stringify(arg)?.slice(0, 80)})`;
        if (response.ok) unexpected.push(`${label} was accepted`);
        else if (response.error.key === 'errors.internal') unexpected.push(`${label} crashed`);
      }
      const after = contentHash(holder.current.db);
      if (after !== before) unexpected.push(`${name} changed the workspace`);
    }
    expect([...new Set(unexpected)]).toEqual([]);
    expect(internalErrors).toEqual([]);
    expect(calls).toBeGreaterThan(Object.keys(contract).length * 10);
    expect(dataFiles(dir)).toEqual(filesBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    // Over a thousand calls, each followed by a hash of the whole workspace: on a machine shared
    // with other test runs this takes longer than the default 30 s.
  }, 180_000);

  it('answers well-formed calls about rows that do not exist with "not found", not a crash', async () => {
    const before = contentHash(holder.current.db);
    const problems: string[] = [];
    let probed = 0;
    for (const [name, spec] of Object.entries(contract)) {
      const keys = Object.keys(shapeOf(spec.arg as z.ZodType) ?? {});
      // Only calls that name rows by id: the others would legitimately create something.
      if (!keys.some((key) => /(^id|Id)$/.test(key))) continue;
      const arg = wellFormed(spec.arg as z.ZodType);
      if (!(spec.arg as z.ZodType).safeParse(arg).success) continue;
      probed++;
      const response = await dispatch(name, arg);
      if (!response.ok && response.error.key === 'errors.internal')
        problems.push(`${name} crashed`);
      if (contentHash(holder.current.db) !== before) problems.push(`${name} wrote`);
    }
    expect(problems).toEqual([]);
    expect(internalErrors).toEqual([]);
    expect(probed).toBeGreaterThan(20);
  });

  it('refuses names that are not calls, including prototype names', async () => {
    for (const name of [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      '',
      'engagements',
      'engagements.list ',
    ]) {
      expect((await dispatch(name, {})).ok).toBe(false);
    }
    expect(await dispatch(42 as unknown as string, {})).toMatchObject({
      ok: false,
      error: { key: 'errors.unknownCall' },
    });
  });
});

describe('browser host', () => {
  let host: BrowserHost;
  beforeAll(async () => {
    host = await startBrowserHost({ dispatch, staticDir: dir });
  });
  afterAll(() => host.close());

  function post(
    path: string,
    headers: Record<string, string>,
    body: string,
  ): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const outgoing = request(
        { host: '127.0.0.1', port: host.port, path, method: 'POST', headers },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  it('binds to the loopback address only', () => {
    const address = host.server.address() as AddressInfo;
    expect(address.address).toBe('127.0.0.1');
    expect(address.family).toBe('IPv4');
    expect(host.url.startsWith(`http://127.0.0.1:${host.port}/#token=`)).toBe(true);
  });

  it('refuses missing or wrong tokens and foreign Host or Origin headers', async () => {
    const before = contentHash(holder.current.db);
    const local = `127.0.0.1:${host.port}`;
    const body = encodeWire({ language: 'nl' });
    const path = '/api/invoke/engagements.createSample';
    const attempts: [Record<string, string>, number][] = [
      [{ Host: local }, 401],
      [{ Host: local, 'x-klantspiegel-token': '' }, 401],
      [{ Host: local, 'x-klantspiegel-token': host.token.slice(1) }, 401],
      [{ Host: local, 'x-klantspiegel-token': `${host.token}x` }, 401],
      [{ Host: 'evil.example', 'x-klantspiegel-token': host.token }, 403],
      [{ Host: `192.168.1.20:${host.port}`, 'x-klantspiegel-token': host.token }, 403],
      [{ Host: local, Origin: 'http://evil.example', 'x-klantspiegel-token': host.token }, 403],
      [{ Host: local, Origin: 'null', 'x-klantspiegel-token': host.token }, 403],
      [{ Host: local, Origin: `https://${local}`, 'x-klantspiegel-token': host.token }, 403],
    ];
    for (const [headers, status] of attempts) {
      const response = await post(path, headers, body);
      expect(response.status, JSON.stringify(headers)).toBe(status);
    }
    expect(contentHash(holder.current.db)).toBe(before);
  });

  it('answers malformed bodies with an error, never a crash', async () => {
    const headers = { Host: `127.0.0.1:${host.port}`, 'x-klantspiegel-token': host.token };
    const before = contentHash(holder.current.db);
    const bodies = ['{', 'null', '[]', '"x"', '{"$bytes": "not base64!"}', '\u0000\u0001', HUGE];
    for (const body of bodies) {
      const response = await post('/api/invoke/engagements.update', headers, body);
      expect([200, 400]).toContain(response.status);
      if (response.status === 200) {
        expect(JSON.parse(response.text)).toMatchObject({
          ok: false,
          error: { key: 'errors.validation' },
        });
      }
    }
    const unknown = await post('/api/invoke/%2e%2e%2fengagements.delete', headers, '{"id":1}');
    expect(JSON.parse(unknown.text)).toMatchObject({
      ok: false,
      error: { key: 'errors.unknownCall' },
    });
    expect(contentHash(holder.current.db)).toBe(before);
  });
});
