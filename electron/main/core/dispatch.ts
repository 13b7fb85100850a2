import { contract, isCallName, type Handlers } from '@shared/ipc';
import type { HandlerContext } from './handlers/context';
import { createValidatedDispatcher, type Dispatch } from './validated-dispatch';

export type { Dispatch } from './validated-dispatch';

/**
 * The one entry point for both transports (Electron IPC and the browser host): looks the call up,
 * validates its argument with the contract's zod schema before the handler runs, and turns every
 * failure into a typed error the UI can translate (see validated-dispatch.ts). Given a part of
 * the handler table, it answers only the calls in that part.
 */
export function createDispatcher(
  handlers: Partial<Handlers<HandlerContext>>,
  context: HandlerContext,
  log?: (message: string, error: unknown) => void,
): Dispatch {
  return createValidatedDispatcher(
    (name) => (isCallName(name) ? contract[name].arg : undefined),
    handlers,
    context,
    log,
  );
}
