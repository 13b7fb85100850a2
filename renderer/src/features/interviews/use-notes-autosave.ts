import { useCallback, useEffect, useRef, useState } from 'react';
import type { IpcError } from '@shared/ipc/errors';
import type { NoteDoc } from '@shared/interviews/note-doc';
import { invoke } from '@renderer/ipc/client';
import { asIpcError } from '@renderer/ipc/use-call';
import type { SaveState } from '@renderer/components/SaveIndicator';

/**
 * At most this long passes between a keystroke and the save that carries it. The timer is not
 * restarted by further typing (a throttle, not a debounce), so continuous typing is still saved
 * twice a second and a crash loses at most about half a second of notes.
 */
export const NOTES_SAVE_INTERVAL_MS = 400;

/**
 * Autosave for the note sections of one interview: edits are queued per section, sent while the
 * consultant types, and flushed at once when a note loses focus, the page is hidden or unloaded,
 * or the editor closes. Saves run one at a time, in order.
 */
export function useNotesAutosave(interviewId: number) {
  const pending = useRef(new Map<string, NoteDoc>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saving = useRef<Promise<void> | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [saveError, setSaveError] = useState<IpcError>();

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    while (saving.current) await saving.current;
    if (pending.current.size === 0) return;
    const batch = [...pending.current];
    pending.current.clear();
    setSaveState('saving');
    const run = (async () => {
      for (const [index, [sectionKey, doc]] of batch.entries()) {
        try {
          await invoke('interviews.notes.save', { interviewId, sectionKey, doc });
        } catch (reason) {
          // Keep what could not be saved (unless newer text is already queued) for the next try.
          for (const [failedKey, failedDoc] of batch.slice(index)) {
            if (!pending.current.has(failedKey)) pending.current.set(failedKey, failedDoc);
          }
          setSaveError(asIpcError(reason));
          setSaveState('error');
          return;
        }
      }
      setSaveError(undefined);
      setSaveState(pending.current.size > 0 ? 'saving' : 'saved');
    })();
    saving.current = run;
    await run;
    saving.current = null;
  }, [interviewId]);

  const change = useCallback(
    (sectionKey: string, doc: NoteDoc) => {
      pending.current.set(sectionKey, doc);
      timer.current ??= setTimeout(() => void flush(), NOTES_SAVE_INTERVAL_MS);
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => void flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush();
    };
  }, [flush]);

  return { change, flush, saveState, saveError };
}
