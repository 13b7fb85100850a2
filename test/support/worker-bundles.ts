/**
 * The app's worker threads (file parsing, import commit) as runnable bundles for tests, and a
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

async function buildWorkers(): Promise<WorkerBundles> {
  const cacheDir = resolve('node_modules/.cache');
  mkdirSync(cacheDir, { recursive: true });
  const outDir = mkdtempSync(join(cacheDir, 'klantspiegel-workers-'));
  await build({
    configFile: false,
    logLevel: 'error',
    root: resolve('.'),
    resolve: { alias: pathAliases },
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: false,
      sourcemap: false,
      rolldownOptions: {
        input: {
          'parse-worker': resolve('electron/main/files/parse-worker.ts'),
          'import-worker': resolve('electron/main/core/import/import-worker.ts'),
          'lock-holder': resolve('test/support/lock-holder.ts'),
        },
        output: { format: 'esm', entryFileNames: '[name].mjs' },
      },
    },
  });
  return {
    parseWorker: join(outDir, 'parse-worker.mjs'),
    importWorker: join(outDir, 'import-worker.mjs'),
    lockHolder: join(outDir, 'lock-holder.mjs'),
    remove: () => rmSync(outDir, { recursive: true, force: true }),
  };
}
