import { useCallback, useEffect, useState } from 'react';
import type { CallArg, CallName, CallResult } from '@shared/ipc';
import type { IpcError } from '@shared/ipc/errors';
import { CallError, invoke } from './client';

export interface CallState<Result> {
  data: Result | undefined;
  error: IpcError | undefined;
  loading: boolean;
  reload: () => void;
  /** Replace the data with a fresher value a mutation returned. */
  setData: (value: Result) => void;
}

/** Loads a call's result and reloads it whenever the argument changes. */
export function useCall<Name extends CallName>(
  name: Name,
  arg: CallArg<Name>,
): CallState<CallResult<Name>> {
  const [generation, setGeneration] = useState(0);
  const argKey = JSON.stringify(arg);
  const requestKey = `${name}:${argKey}:${generation}`;
  const [settled, setSettled] = useState<{
    key: string;
    data?: CallResult<Name>;
    error?: IpcError;
  }>();

  useEffect(() => {
    let current = true;
    invoke(name, JSON.parse(argKey) as CallArg<Name>).then(
      (value) => current && setSettled({ key: requestKey, data: value }),
      (reason: unknown) => current && setSettled({ key: requestKey, error: asIpcError(reason) }),
    );
    return () => {
      current = false;
    };
  }, [name, argKey, requestKey]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const setData = useCallback(
    (value: CallResult<Name>) => setSettled({ key: requestKey, data: value }),
    [requestKey],
  );
  return {
    // Keep showing the previous result while a new argument loads (no flicker while searching).
    data: settled?.data,
    error: settled?.key === requestKey ? settled.error : undefined,
    loading: settled?.key !== requestKey,
    reload,
    setData,
  };
}

export function asIpcError(reason: unknown): IpcError {
  return reason instanceof CallError ? reason.error : { key: 'errors.internal' };
}
