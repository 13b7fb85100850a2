/**
 * A separate process that takes a data folder's lock and holds it until it is killed: the other
 * instance in the one-writer tests (built by worker-bundles.ts, run with `node`).
 */
import { acquireWorkspaceLock } from '@main/core/workspace-lock';

acquireWorkspaceLock(process.argv[2] ?? '.');
process.stdout.write('locked\n');
setInterval(() => undefined, 60_000);
