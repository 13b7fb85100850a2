import { contract, isCallName, type Handlers } from '@shared/ipc';
import { AppError, type IpcResponse } from '@shared/ipc/errors';
import type { HandlerContext } from './handlers/context';
import { refusedByKiosk } from './kiosk/guard';
import { flushDeletedPages } from './db/open-workspace';

export type Dispatch = (name: string, rawArg: unknown) => Promise<IpcResponse<unknown>>;

/**
 * Calls that replace the workspace themselves and therefore wait for all others (see
 * WorkspaceHolder.exclusively) instead of counting as one in flight.
 */
const REPLACES_WORKSPACE: ReadonlySet<string> = new Set(['backups.restore']);

/** Calls that delete what the consultant asked to delete (`engagements.delete`, …). */
const DELETES = /\.delete$/;

/**
 * The one entry point for both transports (Electron IPC and the browser host): looks the call up,
 * validates its argument with the contract's zod schema before the handler runs, and turns every
 * failure into a typed error the UI can translate. Unexpected errors are logged here, and the
 * renderer only learns that something went wrong. Given a part of the handler table (the browser
 * host's first-screen calls), it answers only the calls in that part.
 */
export function createDispatcher(
  handlers: Partial<Handlers<HandlerContext>>,
  context: HandlerContext,
  log: (message: string, error: unknown) => void = (message, error) =>
    console.error(message, error),
): Dispatch {
  return async (name, rawArg) => {
    if (typeof name !== 'string' || !isCallName(name) || !Object.hasOwn(handlers, name)) {
      return { ok: false, error: { key: 'errors.unknownCall', params: { name: String(name) } } };
    }
    if (refusedByKiosk(name, context)) {
      return { ok: false, error: { key: 'errors.forbidden', params: { reason: 'kiosk' } } };
    }
    const parsed = contract[name].arg.safeParse(rawArg);
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          key: 'errors.validation',
          issues: parsed.error.issues.map((issue) => ({
            path: issue.path.map(String).join('.'),
            message: issue.message,
          })),
        },
      };
    }
    try {
      const handler = handlers[name] as (arg: unknown, context: HandlerContext) => unknown;
      const { reads } = context;
      // A heavy read runs in the read worker, on the workspace that is current when it starts.
      const run = reads?.runs(name)
        ? () => reads.call(context.workspace.databasePath, name, parsed.data)
        : () => handler(parsed.data, context);
      const holder = context.workspaces;
      // Every call counts as in flight, so a restore never swaps the file under one.
      const value = holder && !REPLACES_WORKSPACE.has(name) ? await holder.track(run) : await run();
      if (DELETES.test(name)) flushDeletedPages(context.workspace.db);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toIpcError() };
      log(`IPC call ${name} failed`, error);
      return { ok: false, error: { key: 'errors.internal' } };
    }
  };
}
