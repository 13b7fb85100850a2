import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { engagementCreateSchema, type Engagement } from '@shared/engagements/model';
import type { IpcError } from '@shared/ipc/errors';
import { invoke } from '@renderer/ipc/client';
import { asIpcError } from '@renderer/ipc/use-call';
import { validationMessage } from '@renderer/i18n';
import type { SaveState } from '@renderer/components/SaveIndicator';
import {
  draftToInput,
  issuesToFieldErrors,
  type DraftField,
  type EngagementDraft,
} from './EngagementFields';

const SAVE_DELAY_MS = 400;

export function engagementToDraft(engagement: Engagement): EngagementDraft {
  return {
    clientName: engagement.clientName,
    sector: engagement.sector,
    consultants: engagement.consultants.join(', '),
    startDate: engagement.startDate ?? '',
    endDate: engagement.endDate ?? '',
    language: engagement.language,
    notes: engagement.notes,
  };
}

/**
 * Edits are saved as the consultant types (after a short pause, and at once on leaving a field),
 * so there is no save button and nothing is lost on a reload or crash.
 */
export function useEngagementAutosave(
  engagement: Engagement,
  onSaved: (engagement: Engagement) => void,
) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => engagementToDraft(engagement));
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({});
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [saveError, setSaveError] = useState<IpcError>();
  /** What still has to be saved; null when everything typed is saved or being saved. */
  const pending = useRef<EngagementDraft | null>(null);
  const latest = useRef(draft);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    onSavedRef.current = onSaved;
  });

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const toSave = pending.current;
    if (!toSave) return;
    pending.current = null;
    const input = draftToInput(toSave);
    const parsed = engagementCreateSchema.safeParse({ ...input, groups: [] });
    if (!parsed.success) {
      setErrors(
        issuesToFieldErrors(parsed.error.issues, (message) => validationMessage(t, message)),
      );
      setSaveState('idle');
      return;
    }
    setErrors({});
    setSaveState('saving');
    try {
      const saved = await invoke('engagements.update', { id: engagement.id, ...input });
      setSaveState('saved');
      setSaveError(undefined);
      onSavedRef.current(saved);
    } catch (reason) {
      setSaveState('error');
      setSaveError(asIpcError(reason));
    }
  }, [engagement.id, t]);

  const change = useCallback(
    (field: DraftField, value: string) => {
      const next = { ...(pending.current ?? latest.current), [field]: value };
      pending.current = next;
      latest.current = next;
      setDraft(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  // Leaving the screen saves what is still pending.
  useEffect(() => () => void flush(), [flush]);

  return { draft, errors, saveState, saveError, change, flush };
}
