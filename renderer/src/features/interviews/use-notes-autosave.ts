import type { NoteDoc } from '@shared/interviews/note-doc';
import { invoke } from '@renderer/ipc/client';
import { useAutosave } from '@renderer/autosave/use-autosave';

/** Edited note sections by key; a newer edit of a section replaces the older one. */
type PendingNotes = Map<string, NoteDoc>;

const mergeNotes = (older: PendingNotes, newer: PendingNotes): PendingNotes =>
  new Map([...older, ...newer]);

/**
 * Autosave for the note sections of one interview (useAutosave, throttled: continuous typing is
 * still saved regularly and a crash loses at most a moment of notes). Sections are sent one at a
 * time; a failure keeps them all for the next try (saving a section again is harmless).
 */
export function useNotesAutosave(interviewId: number) {
  const autosave = useAutosave<PendingNotes>({
    merge: mergeNotes,
    timing: 'throttle',
    save: async (notes) => {
      for (const [sectionKey, doc] of notes) {
        await invoke('interviews.notes.save', { interviewId, sectionKey, doc });
      }
    },
  });
  return {
    change: (sectionKey: string, doc: NoteDoc) => autosave.change(new Map([[sectionKey, doc]])),
    flush: autosave.flush,
    saveState: autosave.saveState,
    saveError: autosave.saveError,
  };
}
