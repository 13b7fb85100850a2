import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Memo, MemoTarget } from '@shared/interviews/model';
import { invoke } from '@renderer/ipc/client';
import { useCall } from '@renderer/ipc/use-call';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { SaveIndicator } from '@renderer/components/SaveIndicator';
import { newerWins, useAutosave } from '@renderer/autosave/use-autosave';

const sameTarget = (memo: Memo, target: MemoTarget) =>
  JSON.stringify(memo.target) === JSON.stringify(target);

/** A memo about the engagement, an interview or a theme, saved as it is typed. */
export function MemoCard({
  engagementId,
  target,
  title,
}: {
  engagementId: number;
  target: MemoTarget;
  title: string;
}) {
  const memos = useCall('interviews.memos.list', { engagementId });
  if (!memos.data) return null;
  const memo = memos.data.find((candidate) => sameTarget(candidate, target));
  return (
    <MemoField
      engagementId={engagementId}
      target={target}
      title={title}
      initial={memo?.text ?? ''}
    />
  );
}

export function MemoField({
  engagementId,
  target,
  title,
  initial,
  compact = false,
}: {
  engagementId: number;
  target: MemoTarget;
  title: string;
  initial: string;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(initial);
  const autosave = useAutosave<string>({
    merge: newerWins,
    save: async (value) => {
      await invoke('interviews.memos.save', { engagementId, target, text: value });
    },
  });
  return (
    <section
      className={compact ? 'memo memo--compact' : 'card memo'}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`} className="memo__title">
        {title} <SaveIndicator state={autosave.saveState} />
      </h3>
      {autosave.saveError && <ErrorBanner error={autosave.saveError} />}
      <textarea
        id={id}
        aria-labelledby={`${id}-title`}
        data-testid="memo"
        rows={compact ? 3 : 5}
        value={text}
        placeholder={t('interviews.memos.placeholder')}
        onChange={(event) => {
          setText(event.target.value);
          autosave.change(event.target.value);
        }}
        onBlur={() => void autosave.flush()}
      />
    </section>
  );
}
