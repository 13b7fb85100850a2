import { useCallback, useEffect, useState } from 'react';
import type { CallArg, CallName, CallResult } from '@shared/ipc';
import type { IpcError } from '@shared/ipc/errors';
import { asIpcError, invoke } from './client';
import { primedCalls } from './primed-calls';

export { asIpcError };

export interface CallState<Result> {
  data: Result | undefined;
  error: IpcError | undefined;
  loading: boolean;
  reload: () => void;
  /** Replace the data with a fresher value a mutation returned. */
  setData: (value: Result) => void;
}

interface Settled<Result> {
  key: string;
  data?: Result;
  error?: IpcError;
}

/**
 * Loads a call's result and reloads it whenever the argument changes. A call primed at start
 * (see primed-calls.ts) is taken instead of asked again; when it has arrived already, the first
 * render shows its result.
 */
export function useCall<Name extends CallName>(
  name: Name,
  arg: CallArg<Name>,
): CallState<CallResult<Name>> {
  const [generation, setGeneration] = useState(0);
  const argKey = JSON.stringify(arg);
  const requestKey = `${name}:${argKey}:${generation}`;
  const [settled, setSettled] = useState<Settled<CallResult<Name>> | undefined>(() => {
    const outcome = primedCalls.outcome(name, arg);
    return outcome && { key: requestKey, ...outcome };
  });
  const hasResult = settled?.key === requestKey;

  useEffect(() => {
    const callArg = JSON.parse(argKey) as CallArg<Name>;
    // Taken in any case, so a primed call is never used for a later load.
    const primed = primedCalls.take(name, callArg);
    if (hasResult) return;
    let current = true;
    (primed ?? invoke(name, callArg)).then(
      (value) => current && setSettled({ key: requestKey, data: value }),
      (reason: unknown) => current && setSettled({ key: requestKey, error: asIpcError(reason) }),
    );
    return () => {
      current = false;
    };
  }, [name, argKey, requestKey, hasResult]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const setData = useCallback(
    (value: CallResult<Name>) => setSettled({ key: requestKey, data: value }),
    [requestKey],
  );
  return {
    // Keep showing the previous result while a new argument loads (no flicker while searching).
    data: settled?.data,
    error: settled?.key === requestKey ? settled.error : undefined,
    loading: !hasResult,
    reload,
    setData,
  };
}
