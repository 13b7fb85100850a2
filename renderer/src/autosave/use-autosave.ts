import { useEffect, useState, useSyncExternalStore } from 'react';
import type { IpcError } from '@shared/ipc/errors';
import { asIpcError } from '@renderer/ipc/use-call';
import { AutosaveQueue, type AutosaveOptions, type SaveState } from './autosave-queue';

export interface Autosave<P> {
  /** Queues a change; `immediately` saves at once (a choice from a list, leaving a field). */
  change(value: P, immediately?: boolean): void;
  /** Saves what is pending now (on blur, before an export); resolves when done. */
  flush(): Promise<void>;
  saveState: SaveState;
  saveError: IpcError | undefined;
}

/**
 * The one autosave of the app: forms call `change` as the consultant types and never show a save
 * button. What is pending is saved after a short pause, at once on `flush` (leaving a field), and
 * when the component unmounts, the page is hidden or the window closes. The latest `save` and
 * `merge` are used, so they may close over current props.
 */
export function useAutosave<P>(options: AutosaveOptions<P>): Autosave<P> {
  const [queue] = useState(() => new AutosaveQueue<P>(options));
  useEffect(() => queue.setOptions(options));
  const saveState = useSyncExternalStore(
    (listener) => queue.subscribe(listener),
    () => queue.state,
  );
  const error = useSyncExternalStore(
    (listener) => queue.subscribe(listener),
    () => queue.error,
  );

  useEffect(() => {
    const onHide = () => void queue.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void queue.flush();
    };
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void queue.flush();
    };
  }, [queue]);

  return {
    change: (value, immediately) => queue.change(value, immediately),
    flush: () => queue.flush(),
    saveState,
    saveError: error === undefined ? undefined : asIpcError(error),
  };
}

/** Merge for a patch of fields: the newer value of each field wins. */
export const mergePatch = <T extends object>(older: T, newer: T): T => ({ ...older, ...newer });
/** Merge for a whole value (a draft, a document): the newer one wins. */
export const newerWins = <T>(_older: T, newer: T): T => newer;
