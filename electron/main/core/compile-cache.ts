/**
 * Node's on-disk compile cache for a fresh process of ours (the browser host, the command line):
 * V8's compiled code of every module is kept between starts, checked against each file's
 * contents, so a start compiles only what changed (the first start after an install or update
 * fills it). It lives in the user's cache folder (`defaultCacheDir`, or $KLANTSPIEGEL_CACHE_DIR),
 * with the other caches the app can always rebuild; $NODE_COMPILE_CACHE, when set, is Node's own
 * choice and wins. The cache only ever speeds up: where it cannot be used (a folder that cannot
 * be written, an older Node, NODE_DISABLE_COMPILE_CACHE) the process runs exactly as without it,
 * and silently. Call it before importing the modules it should cover (they are compiled at their
 * import).
 */
import * as nodeModule from 'node:module';
import { join } from 'node:path';
import { defaultCacheDir } from './paths';

/** The compile cache's folder inside the user's cache folder. */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(defaultCacheDir(process.platform, env), 'node-compile-cache');
}

export function enableCompileCache(): void {
  try {
    // Absent before Node 22.1; returns a status (never throws) where the folder is unusable.
    nodeModule.enableCompileCache?.(compileCacheDir());
  } catch {
    // Speed only: nothing to report.
  }
}
