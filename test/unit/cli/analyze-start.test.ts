/**
 * What keeps a fresh `klantspiegel analyze` quick to start, checked on the build as it ships
 * (out/main, built by `npm run build`, which `npm test` runs first):
 * - every file of out/main is ASCII: Node decodes a file with a single non-ASCII byte on a slow
 *   path into a two-byte string that parses more slowly (tens of milliseconds for the analysis
 *   chunk);
 * - Node's compile cache is used where it can be (in the user's cache folder, or
 *   $NODE_COMPILE_CACHE), and where it cannot (its folder is a file, or it is switched off) the
 *   command gives the very same output, with nothing on standard error;
 * - the analysis script's code cache (cli/analyze-script.ts) is written after a run that had
 *   none, read by the next, made again when it does not fit, and never changes the output.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCacheDir } from '@main/core/compile-cache';
import { tempDir } from '@test/support/temp-workspace';

const OUT = 'out/main';
const CLI = join(OUT, 'cli.js');
const MINI = 'test/fixtures/samples/mini-scan.instrument.json';
const EXPORT = 'test/fixtures/samples/google-forms-export.csv';
const ANALYZE = [
  CLI,
  'analyze',
  '--instrument',
  MINI,
  '--responses',
  EXPORT,
  '--group-column',
  'Department',
  '--anonymity-threshold',
  '3',
  '--json',
];

function builtScripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return builtScripts(path);
    return /\.c?js$/.test(entry.name) ? [path] : [];
  });
}

function analyze(env: NodeJS.ProcessEnv): {
  stdout: string;
  stderr: string;
  status: number | null;
} {
  const result = spawnSync(process.execPath, ANALYZE, { encoding: 'utf8', env });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('a fresh klantspiegel analyze starts quickly', () => {
  it('ships out/main as ASCII-only files', () => {
    if (!existsSync(CLI)) throw new Error('run `npm run build` first');
    const scripts = builtScripts(OUT);
    expect(scripts.length).toBeGreaterThan(5);
    const nonAscii = scripts.filter((file) => readFileSync(file).some((byte) => byte > 0x7f));
    expect(nonAscii).toEqual([]);
  });

  it('keeps the words that are not ASCII intact in the ASCII build', () => {
    if (!existsSync(CLI)) throw new Error('run `npm run build` first');
    const dir = tempDir();
    const out = join(dir, 'summary.txt');
    execFileSync(process.execPath, [...ANALYZE.filter((arg) => arg !== '--json'), '--out', out]);
    // The summary's dash and the decimals come from the bundle's escaped strings.
    expect(readFileSync(out, 'utf8')).toMatch(/\(v\d+\) \u2014 \d+ respondents shown/);
  });

  it('gives the same output when the compile cache cannot be used, and says nothing about it', () => {
    if (!existsSync(CLI)) throw new Error('run `npm run build` first');
    const dir = tempDir();
    const notAFolder = join(dir, 'cache-is-a-file');
    writeFileSync(notAFolder, '');
    const cached = join(dir, 'cache');
    const userCache = join(dir, 'user-cache');
    const { NODE_COMPILE_CACHE: _ignored, ...env } = process.env;
    const runs = [
      // As a user has it: in the user's cache folder.
      analyze({ ...env, KLANTSPIEGEL_CACHE_DIR: userCache }),
      // The second run reads what the first one wrote.
      analyze({ ...env, KLANTSPIEGEL_CACHE_DIR: userCache }),
      analyze({ ...env, KLANTSPIEGEL_CACHE_DIR: notAFolder }),
      analyze({ ...env, NODE_COMPILE_CACHE: cached }),
      analyze({ ...env, NODE_COMPILE_CACHE: notAFolder }),
      analyze({ ...env, KLANTSPIEGEL_CACHE_DIR: userCache, NODE_DISABLE_COMPILE_CACHE: '1' }),
    ];
    for (const run of runs) {
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(runs[0]!.stdout);
    }
    expect(readdirSync(compileCacheDir(userCache)).length).toBeGreaterThan(0);
    expect(readdirSync(cached).length).toBeGreaterThan(0);
    expect((JSON.parse(runs[0]!.stdout) as { comparisons: unknown[] }).comparisons).toHaveLength(3);
  }, 60_000);

  it("keeps the analysis script's code cache, and runs the same without a usable one", () => {
    if (!existsSync(CLI)) throw new Error('run `npm run build` first');
    const userCache = tempDir();
    const { NODE_COMPILE_CACHE: _ignored, ...env } = process.env;
    const codeCaches = () =>
      readdirSync(compileCacheDir(userCache)).filter((name) => /^cli-analyze-.*\.v8$/.test(name));
    const first = analyze({ ...env, KLANTSPIEGEL_CACHE_DIR: userCache });
    const [cache] = codeCaches();
    expect(cache).toBeDefined();
    const cacheFile = join(compileCacheDir(userCache), cache!);
    const written = readFileSync(cacheFile);
    const writtenAt = statSync(cacheFile).mtimeMs;
    // Read, not written again.
    const second = analyze({ ...env, KLANTSPIEGEL_CACHE_DIR: userCache });
    expect(statSync(cacheFile).mtimeMs).toBe(writtenAt);
    // A cache V8 refuses (damaged, or another engine's) is made again.
    writeFileSync(cacheFile, written.subarray(0, 64));
    const refused = analyze({ ...env, KLANTSPIEGEL_CACHE_DIR: userCache });
    expect(codeCaches()).toEqual([cache]);
    expect(readFileSync(cacheFile).length).toBeGreaterThan(64);
    // Switched off with Node's compile cache: nothing is written.
    const offCache = tempDir();
    const off = analyze({
      ...env,
      KLANTSPIEGEL_CACHE_DIR: offCache,
      NODE_DISABLE_COMPILE_CACHE: '1',
    });
    expect(readdirSync(offCache)).toEqual([]);
    for (const run of [first, second, refused, off]) {
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(first.stdout);
    }
  }, 60_000);
});
