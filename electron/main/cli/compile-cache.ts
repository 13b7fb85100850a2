/**
 * Node's on-disk compile cache for the command line: a fresh `klantspiegel analyze` compiles the
 * same megabyte of bundled code each time, which the cache turns into a read of V8's code from
 * the last run (the first run after a build or update fills it). The directory is Node's default,
 * under the OS temporary folder (or $NODE_COMPILE_CACHE). The cache only ever speeds up: where it
 * cannot be used (no writable folder, an older Node, NODE_DISABLE_COMPILE_CACHE) the command runs
 * exactly as without it, and silently.
 */
import * as nodeModule from 'node:module';

export function enableCompileCache(): void {
  try {
    // Absent before Node 22.1; returns a status (never throws) where the folder is unusable.
    nodeModule.enableCompileCache?.();
  } catch {
    // Speed only: nothing to report.
  }
}
