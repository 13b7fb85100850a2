/**
 * Node's on-disk compile cache for a fresh process (the command line, the browser host): each
 * start compiles the same megabyte of bundled code, which the cache turns into a read of V8's code
 * from an earlier run (the first run after an install or update fills it). It lives in the user's
 * cache folder (`paths.ts defaultCacheDir`, or $KLANTSPIEGEL_CACHE_DIR), beside the other caches
 * the app can always rebuild; $NODE_COMPILE_CACHE, when set, wins (Node enables it before any of
 * our code runs). The cache only ever speeds up: where it cannot be used (no writable folder, an
 * older Node, NODE_DISABLE_COMPILE_CACHE) the process runs exactly as without it, and silently.
 */
import * as nodeModule from 'node:module';
import { join } from 'node:path';
import { defaultCacheDir } from './paths';

/** The cache's folder inside the user's cache folder. */
export function compileCacheDir(cacheDir: string = defaultCacheDir()): string {
  return join(cacheDir, 'compile-cache');
}

/** Call before the process loads the bulk of its code (e.g. ahead of its dynamic imports). */
export function enableCompileCache(): void {
  try {
    // Absent before Node 22.1; returns a status (never throws) where the folder is unusable.
    nodeModule.enableCompileCache?.(compileCacheDir());
  } catch {
    // Speed only: nothing to report.
  }
}
