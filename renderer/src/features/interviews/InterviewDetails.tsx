import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Engagement } from '@shared/engagements/model';
import type { Interview, InterviewFields } from '@shared/interviews/model';
import { invoke } from '@renderer/ipc/client';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { SaveIndicator } from '@renderer/components/SaveIndicator';
import { mergePatch, useAutosave } from '@renderer/autosave/use-autosave';
import { InterviewFieldsForm, interviewFieldsOf } from './InterviewFieldsForm';

/** The interview's attributes, saved as they change (text after a pause or on leaving a field). */
export function InterviewDetails({
  engagement,
  interview,
  onSaved,
}: {
  engagement: Engagement;
  interview: Interview;
  onSaved: (interview: Interview) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<InterviewFields>(() => interviewFieldsOf(interview));
  const autosave = useAutosave<Partial<InterviewFields>>({
    merge: mergePatch,
    save: async (changes) => {
      onSaved(await invoke('interviews.update', { id: interview.id, ...changes }));
    },
  });

  return (
    <section className="card" aria-labelledby="interview-details-heading">
      <h2 id="interview-details-heading">
        {t('interviews.details.title')} <SaveIndicator state={autosave.saveState} />
      </h2>
      {autosave.saveError && <ErrorBanner error={autosave.saveError} />}
      <InterviewFieldsForm
        engagement={engagement}
        values={draft}
        onChange={(field, value, settled) => {
          setDraft((current) => ({ ...current, [field]: value }));
          autosave.change({ [field]: value }, settled);
        }}
        onBlur={() => void autosave.flush()}
      />
    </section>
  );
}
