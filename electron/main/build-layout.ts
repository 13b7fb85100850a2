import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The files of the built app (out/) that are read at run time, relative to out/: the Electron
 * window's preload and page, the worker threads main and the browser host start, and the script
 * `klantspiegel analyze` runs (built apart: electron.vite.config.ts `buildCliAnalysis`).
 * electron-builder.yml packages these folders and nothing else; test/unit/main/packaging.test.ts
 * checks the build inputs and the packaging config against this list.
 */
export const BUILT_FILES = {
  preload: 'preload/index.cjs',
  renderer: 'renderer/index.html',
  importWorker: 'main/import-worker.js',
  parseWorker: 'main/parse-worker.js',
  readWorker: 'main/read-worker.js',
  cliAnalysis: 'main/cli-analyze/analyze.cjs',
} as const;

export type BuiltFile = keyof typeof BUILT_FILES;

/** The build folder (out/) of a module built into out/main (pass its `import.meta.url`). */
export function buildDirOf(moduleUrl: string): string {
  return join(dirname(fileURLToPath(moduleUrl)), '..');
}

export function builtFile(buildDir: string, file: BuiltFile): string {
  return join(buildDir, ...BUILT_FILES[file].split('/'));
}
