/**
 * The one way tests call main-process handlers: through the app's real dispatcher (contract
 * validation, kiosk guard, error mapping) and the real handler table, on a real workspace.
 * `call` is typed by the IPC contract (name → argument → result), as the renderer's `invoke` is.
 */
import { createDispatcher, type Dispatch } from '@main/core/dispatch';
import { createHandlers } from '@main/core/handlers';
import { contextWithHolder, type HandlerContext } from '@main/core/handlers/context';
import type { Workspace } from '@main/core/workspace';
import { WorkspaceHolder } from '@main/core/workspace-holder';
import type { CallArg, CallName, CallResult } from '@shared/ipc';
import type { IpcError } from '@shared/ipc/errors';
import { decodeWire, PreEncoded } from '@shared/ipc/wire';

/** A call that came back as an error: the typed error the UI would show, and its name. */
export class IpcCallError extends Error {
  readonly key: string;
  readonly params: Record<string, string | number>;

  constructor(
    readonly call: string,
    readonly ipc: IpcError,
  ) {
    super(`${call}: ${JSON.stringify(ipc)}`);
    this.name = 'IpcCallError';
    this.key = ipc.key;
    this.params = ipc.params ?? {};
  }
}

export interface TestDispatcher {
  /** The raw dispatcher: for calls the contract does not allow (unknown names, wrong types). */
  dispatch: Dispatch;
  /** A call as the renderer makes it; throws an IpcCallError when it comes back as an error. */
  call<Name extends CallName>(name: Name, arg: CallArg<Name>): Promise<CallResult<Name>>;
  /** A call that must fail (any argument): its error; throws when it succeeds. */
  fail(name: CallName, arg: unknown): Promise<IpcError>;
  /** Unexpected errors the dispatcher logged (those the UI shows as errors.internal). */
  logged: { message: string; error: unknown }[];
}

export type TestContext = Partial<Omit<HandlerContext, 'workspace' | 'workspaces'>> & {
  /** Also told about every unexpected error (besides `logged`), e.g. to collect several. */
  log?: (message: string, error: unknown) => void;
};

/**
 * The handlers on `workspace`, or on a holder's current workspace (so a restore swaps it under
 * later calls, as in the app). `context` adds what the app passes (a kiosk session with a test
 * clock, worker-thread import and parsing, kiosk window callbacks).
 */
export function testDispatcher(
  workspace: Workspace | WorkspaceHolder,
  context: TestContext = {},
): TestDispatcher {
  const { log, ...handlerContext } = context;
  const rest = { host: 'browser' as const, appVersion: 'test', ...handlerContext };
  const logged: TestDispatcher['logged'] = [];
  const dispatch = createDispatcher(
    createHandlers(),
    workspace instanceof WorkspaceHolder
      ? contextWithHolder(workspace, rest)
      : { ...rest, workspace },
    (message, error) => {
      logged.push({ message, error });
      log?.(message, error);
    },
  );
  return {
    dispatch,
    logged,
    async call(name, arg) {
      const response = await dispatch(name, arg);
      if (!response.ok) throw new IpcCallError(name, response.error);
      // A read worker's answer is wire text, decoded as the renderer decodes it.
      const { value } = response;
      return (value instanceof PreEncoded ? decodeWire(value.text) : value) as CallResult<
        typeof name
      >;
    },
    async fail(name, arg) {
      const response = await dispatch(name, arg);
      if (response.ok) throw new Error(`${name} unexpectedly succeeded`);
      return response.error;
    },
  };
}
