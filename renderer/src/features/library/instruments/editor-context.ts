import type { InstrumentDraft } from './editor-model';

/** What every part of the instrument editor needs: the draft, a way to change it, and its problems. */
export interface EditorContext {
  draft: InstrumentDraft;
  /** Replaces the draft; `focusUid` names a row just added, whose first field then takes focus. */
  change: (next: InstrumentDraft, focusUid?: string) => void;
  /**
   * The first problem at exactly this file path (e.g. "dimensions.0.items.2.code"), translated;
   * paths are those of the instrument file format, which the editor's order follows.
   */
  errorAt: (path: string) => string | undefined;
  /** All problems at exactly this path (for problems about a whole dimension or need). */
  errorsAt: (path: string) => string[];
  focusUid: string | undefined;
}
