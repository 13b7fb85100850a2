/**
 * A separate process that takes a data folder's lock and holds it until it is killed: the other
 * instance in the one-writer tests (built by worker-bundles.ts, run with `node --expose-gc`). It
 * keeps no reference to the lock and collects garbage, as a long-running app eventually does:
 * the lock must hold all the same.
 */
import { acquireWorkspaceLock } from '@main/core/workspace-lock';

acquireWorkspaceLock(process.argv[2] ?? '.');
process.stdout.write('locked\n');
setTimeout(() => {
  (globalThis as { gc?: () => void }).gc?.();
  process.stdout.write('collected\n');
}, 50);
setInterval(() => undefined, 60_000);
