import type { CallArg, CallName, CallResult } from '@shared/ipc';
import type { IpcError, IpcResponse } from '@shared/ipc/errors';
import { createTransport, type Transport } from './transport';

let transport: Transport | null = null;

function currentTransport(): Transport {
  transport ??= createTransport();
  return transport;
}

/** A failed call, carrying the translatable error from main. */
export class CallError extends Error {
  constructor(readonly error: IpcError) {
    super(error.key);
    this.name = 'CallError';
  }
}

/** Typed call to a main-process handler; rejects with CallError when main reports a failure. */
export async function invoke<Name extends CallName>(
  name: Name,
  arg: CallArg<Name>,
): Promise<CallResult<Name>> {
  let response: IpcResponse<CallResult<Name>>;
  try {
    response = (await currentTransport().invoke(name, arg)) as IpcResponse<CallResult<Name>>;
  } catch {
    throw new CallError({ key: 'errors.hostUnavailable' });
  }
  if (!response.ok) throw new CallError(response.error);
  return response.value;
}

/** The translatable error of a failed call; anything else is an internal error. */
export function asIpcError(reason: unknown): IpcError {
  return reason instanceof CallError ? reason.error : { key: 'errors.internal' };
}

export function hostKind(): Transport['kind'] {
  return currentTransport().kind;
}
