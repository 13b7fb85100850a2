import type { z } from 'zod';
import type { CallName, Handlers } from '@shared/ipc';
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
 * A dispatcher over the calls `argSchemaOf` knows (the whole contract, or the browser host's
 * first-screen calls before the rest has loaded): looks the call up, validates its argument with
 * that zod schema before the handler runs, and turns every failure into a typed error the UI can
 * translate. Unexpected errors are logged here, and the renderer only learns that something went
 * wrong. It answers only the calls in `handlers`.
 *
 * Apart from dispatch.ts, which imports the whole contract, so the first screen's dispatcher
 * (browser-host/cli.ts) does not build every domain's schemas before it answers.
 */
export function createValidatedDispatcher(
  argSchemaOf: (name: string) => z.ZodType | undefined,
  handlers: Partial<Handlers<HandlerContext>>,
  context: HandlerContext,
  log: (message: string, error: unknown) => void = (message, error) =>
    console.error(message, error),
): Dispatch {
  return async (name, rawArg) => {
    const argSchema = typeof name === 'string' ? argSchemaOf(name) : undefined;
    if (argSchema === undefined || !Object.hasOwn(handlers, name)) {
      return { ok: false, error: { key: 'errors.unknownCall', params: { name: String(name) } } };
    }
    if (refusedByKiosk(name, context)) {
      return { ok: false, error: { key: 'errors.forbidden', params: { reason: 'kiosk' } } };
    }
    const parsed = argSchema.safeParse(rawArg);
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
      const handler = handlers[name as CallName] as (
        arg: unknown,
        context: HandlerContext,
      ) => unknown;
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
