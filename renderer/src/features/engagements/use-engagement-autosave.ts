import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { engagementCreateSchema, type Engagement } from '@shared/engagements/model';
import { invoke } from '@renderer/ipc/client';
import { validationMessage } from '@renderer/i18n';
import { newerWins, useAutosave } from '@renderer/autosave/use-autosave';
import {
  draftToInput,
  issuesToFieldErrors,
  type DraftField,
  type EngagementDraft,
} from './EngagementFields';

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
 * The engagement's details, saved as the consultant types (see useAutosave), so there is no
 * save button and nothing is lost on a reload or crash. A draft that does not validate is not
 * sent: its mistakes are shown beside the fields.
 */
export function useEngagementAutosave(
  engagement: Engagement,
  onSaved: (engagement: Engagement) => void,
) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => engagementToDraft(engagement));
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({});
  const autosave = useAutosave<EngagementDraft>({
    merge: newerWins,
    save: async (toSave) => {
      const input = draftToInput(toSave);
      const parsed = engagementCreateSchema.safeParse({ ...input, groups: [] });
      if (!parsed.success) {
        setErrors(
          issuesToFieldErrors(parsed.error.issues, (message) => validationMessage(t, message)),
        );
        return 'invalid';
      }
      setErrors({});
      onSaved(await invoke('engagements.update', { id: engagement.id, ...input }));
      return 'saved';
    },
  });

  const change = (field: DraftField, value: string, immediately = false) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    autosave.change(next, immediately);
  };

  return {
    draft,
    errors,
    saveState: autosave.saveState,
    saveError: autosave.saveError,
    change,
    flush: autosave.flush,
  };
}
