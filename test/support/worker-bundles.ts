/**
 * The app's worker threads (file parsing, import commit, heavy reads) as runnable bundles for tests, and a
 * lock-holding child process: workers and processes load JavaScript files, not the TypeScript
 * sources vitest runs. Built once per test file into
 * node_modules/.cache (npm packages stay external and resolve from the project's node_modules).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
// The alias map sits at the repository root, outside every aliased area.
// eslint-disable-next-line no-restricted-imports
import { pathAliases } from '../../aliases.config.ts';

export interface WorkerBundles {
  parseWorker: string;
  importWorker: string;
  readWorker: string;
  /** A process that holds a data folder's lock until killed (test/support/lock-holder.ts). */
  lockHolder: string;
  /** Removes the bundles. */
  remove(): void;
}

let building: Promise<WorkerBundles> | undefined;

export function workerBundles(): Promise<WorkerBundles> {
  building ??= buildWorkers();
  return building;
}

/**
 * Bundles TypeScript entry points (with the app's import aliases) into runnable `.mjs` files in
 * `outDir`, which must lie inside the project so external packages resolve. With
 * `bundlePackages`, npm packages are bundled too (one file loads faster than hundreds), except
 * the native better-sqlite3.
 */
export async function bundleForNode(
  entries: Record<string, string>,
  outDir: string,
  bundlePackages = false,
): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'error',
    root: resolve('.'),
    resolve: { alias: pathAliases },
    ...(bundlePackages ? { ssr: { noExternal: true, external: ['better-sqlite3'] } } : {}),
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: false,
      sourcemap: false,
      rolldownOptions: {
        input: Object.fromEntries(
          Object.entries(entries).map(([name, source]) => [name, resolve(source)]),
        ),
        output: { format: 'esm', entryFileNames: '[name].mjs' },
      },
    },
  });
}

async function buildWorkers(): Promise<WorkerBundles> {
  const cacheDir = resolve('node_modules/.cache');
  mkdirSync(cacheDir, { recursive: true });
  const outDir = mkdtempSync(join(cacheDir, 'klantspiegel-workers-'));
  await bundleForNode(
    {
      'parse-worker': 'electron/main/files/parse-worker.ts',
      'import-worker': 'electron/main/core/import/import-worker.ts',
      'read-worker': 'electron/main/core/read-worker/read-worker.ts',
      'lock-holder': 'test/support/lock-holder.ts',
    },
    outDir,
  );
  return {
    parseWorker: join(outDir, 'parse-worker.mjs'),
    importWorker: join(outDir, 'import-worker.mjs'),
    readWorker: join(outDir, 'read-worker.mjs'),
    lockHolder: join(outDir, 'lock-holder.mjs'),
    remove: () => rmSync(outDir, { recursive: true, force: true }),
  };
}
