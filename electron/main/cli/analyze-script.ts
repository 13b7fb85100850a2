/**
 * `klantspiegel analyze`'s code (analyze.ts and everything it imports) is built as one CommonJS
 * script, out/main/cli-analyze/analyze.cjs (electron.vite.config.ts `buildCliAnalysis`), and run
 * here as a script with a V8 code cache of every function the previous analysis ran. Node's
 * compile cache (core/compile-cache.ts) keeps a module's code as compiled before the module runs:
 * its top level only, so every `analyze` compiled again the several hundred functions it calls
 * (statistics, zod, the CSV reader and the import preview). A script's cache made after the run
 * holds them too. The cache sits beside Node's in the user's cache folder, named after the
 * script's size and time and Node's version (V8 checks its own version and flags as well and
 * refuses a cache that does not fit); it is made again when missing or refused, and like Node's
 * it is only ever a speed-up: where it cannot be read or written (or NODE_DISABLE_COMPILE_CACHE
 * is set) the command runs exactly as without it.
 */
import { Module } from 'node:module';
import { dirname, join } from 'node:path';
import type { Script as VmScript } from 'node:vm';
import { buildDirOf, builtFile } from '../build-layout';
import { compileCacheDir } from '../core/compile-cache';
import type * as analyzeModule from './analyze';

export type AnalyzeModule = typeof analyzeModule;

// Not `import … from 'node:fs'`, which loads Node's stream modules (see index.ts).
const { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } =
  process.getBuiltinModule('node:fs');
const { Script } = process.getBuiltinModule('node:vm');

/** A script whose code cache is still to be written once the command has run. */
let pending: { script: VmScript; cacheFile: string } | undefined;

/** The built script (this file's bundle is out/main/cli.js). */
function scriptPath(): string {
  return builtFile(buildDirOf(import.meta.url), 'cliAnalysis');
}

const CACHE_PREFIX = 'cli-analyze-';

function codeCacheFile(path: string): string | undefined {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  try {
    const { size, mtimeMs } = statSync(path);
    const name = `${CACHE_PREFIX}${process.version}-${process.arch}-${size}-${Math.trunc(mtimeMs)}.v8`;
    return join(compileCacheDir(), name);
  } catch {
    return undefined;
  }
}

function readCodeCache(file: string | undefined): Buffer | undefined {
  if (file === undefined) return undefined;
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Runs the built script (once) and returns its exports. Registered in `require.cache` under its
 * path before it runs, so the chunks it loads on demand, which require it back, get this instance.
 */
export function loadAnalyzeScript(): AnalyzeModule {
  const path = scriptPath();
  const require = Module.createRequire(path);
  const loaded = require.cache[path];
  if (loaded) return loaded.exports as AnalyzeModule;
  const cacheFile = codeCacheFile(path);
  const cachedData = readCodeCache(cacheFile);
  // Node's own CommonJS wrapper. The build writes the script ASCII-only: Latin-1 reads it as is.
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${readFileSync(path, 'latin1')}\n})`,
    { filename: path, cachedData },
  );
  if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected)) {
    pending = { script, cacheFile };
  }
  const module = new Module(path);
  module.filename = path;
  require.cache[path] = module;
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(module.exports, require, module, path, dirname(path));
  module.loaded = true;
  return module.exports as AnalyzeModule;
}

/**
 * Writes the script's code cache when this run had none that fit: after the command's work, so
 * it holds every function the analysis compiled. Written under a temporary name and renamed, so
 * a run alongside never reads half a cache.
 */
export function saveAnalyzeCodeCache(): void {
  if (!pending) return;
  const { script, cacheFile } = pending;
  pending = undefined;
  try {
    const folder = dirname(cacheFile);
    const temporary = `${cacheFile}.${process.pid}`;
    mkdirSync(folder, { recursive: true });
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheFile);
    // The caches of earlier builds (an update, a rebuild) are of no more use.
    for (const name of readdirSync(folder)) {
      const file = join(folder, name);
      if (name.startsWith(CACHE_PREFIX) && name.endsWith('.v8') && file !== cacheFile) {
        rmSync(file, { force: true });
      }
    }
  } catch {
    // Speed only: nothing to report.
  }
}
