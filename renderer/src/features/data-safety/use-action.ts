import { useState } from 'react';
import type { IpcError } from '@shared/ipc/errors';
import { asIpcError } from '@renderer/ipc/use-call';

/** Runs one action at a time, keeping its error for a banner; `run` says whether it worked. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError>();
  async function run(action: () => Promise<void>): Promise<boolean> {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      return true;
    } catch (reason) {
      setError(asIpcError(reason));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, setError, run };
}
