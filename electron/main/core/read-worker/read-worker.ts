/**
 * Worker-thread entry of the read worker: runs the heavy reads (OFF_MAIN_CALLS) with the app's
 * own handlers on a read-only connection of its own to the workspace file, so the main process
 * only validates, hands over and passes the answer on. WAL lets it read while main writes; every
 * statement sees what was committed before it began, and the decoded-answer cache checks the
 * respondent counts and change counter that any connection's writes move, so a read always sees
 * the writes made before it.
 *
 * One call at a time, in the order they come. A restore first asks it to close its connection
 * (`release`); the next call opens the file the path then names. It also reopens when the path
 * names another file than the one it has open.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '@shared/ipc/errors';
import { encodeBytelessWire, encodeWire } from '@shared/ipc/wire';
import type { CallResult } from '@shared/ipc';
import { fileIdentity, sameFile, type FileIdentity } from '../db/file-identity';
import type { HandlerContext } from '../handlers/context';
import { offMainReadHandlers } from '../handlers/off-main-reads';
import { Workspace } from '../workspace';
import { warmUpReads } from '../warm-up';
import type { OffMainCall, ReadReply, ReadRequest, ReadWorkerData } from './protocol';

const data = workerData as ReadWorkerData;

/**
 * Each call's answer as wire text: plain JSON where the answer's type rules out bytes (the
 * compiler checks it), which spares the walk through the whole answer in search of them.
 */
const ENCODERS: { [Name in OffMainCall]: (value: CallResult<Name>) => string } = {
  'gaps.analyse': encodeBytelessWire,
  'questionnaire.results': encodeBytelessWire,
  'respondents.list': encodeBytelessWire,
  // The report view holds rich text, a tree deeper than the compiler's check looks.
  'report.get': encodeWire,
};

let open: { workspace: Workspace; identity: FileIdentity } | null = null;
/** Set by a release: the warm-up must not open the file while a restore replaces it. */
let released = false;

function workspaceAt(databasePath: string): Workspace {
  if (open) {
    const current = open.workspace.databasePath === databasePath && fileIdentity(databasePath);
    if (current && sameFile(current, open.identity)) return open.workspace;
    release();
  }
  const workspace = Workspace.openForReading(databasePath);
  open = { workspace, identity: workspace.fileIdentity };
  return workspace;
}

function release(): void {
  open?.workspace.close();
  open = null;
}

function context(workspace: Workspace): HandlerContext {
  return { workspace, host: data.host, appVersion: data.appVersion };
}

async function answer(request: Extract<ReadRequest, { type: 'call' }>): Promise<ReadReply> {
  const { id, name, arg, databasePath } = request;
  try {
    const workspace = workspaceAt(databasePath);
    const handler = offMainReadHandlers[name] as (arg: unknown, context: HandlerContext) => unknown;
    const encode = ENCODERS[name] as (value: unknown) => string;
    return { id, ok: true, text: encode(await handler(arg, context(workspace))) };
  } catch (error) {
    if (error instanceof AppError) return { id, ok: false, error: error.toIpcError() };
    return {
      id,
      ok: false,
      error: { key: 'errors.internal' },
      internal: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
}

// The connection is opened as the worker starts (with the workspace, see client.ts), like the
// code it loads, rather than by the first call: a Kloof tab opened in the first second does not
// wait for it. A file that cannot be opened now is reported by the call that needs it.
try {
  workspaceAt(data.databasePath);
} catch {
  // Nothing is open then; the call that needs the file reports why it cannot be opened.
}

const warmedUp: Promise<void> =
  data.warmUpDelayMs < 0
    ? Promise.resolve()
    : warmUpReads(
        data.warmUpDelayMs,
        () => workspaceAt(data.databasePath),
        () => released,
        data.warmUpEngagements,
      ).catch((error: unknown) => console.error('read worker warm-up failed', error));

const post = (reply: ReadReply) => parentPort?.postMessage(reply);
const done = (id: number) => post({ id, ok: true, text: 'null' });

// Calls are answered one at a time, in order: a handler is synchronous work on one connection.
let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (request: ReadRequest) => {
  if (request.type === 'warmedUp') {
    void warmedUp.then(() => done(request.id));
    return;
  }
  queue = queue.then(async () => {
    if (request.type === 'call') {
      post(await answer(request));
    } else {
      released = true;
      release();
      done(request.id);
    }
  });
});
