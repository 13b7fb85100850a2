import { useTranslation } from 'react-i18next';
import type { SaveState } from '@renderer/autosave/autosave-queue';

export type { SaveState };

/** "Saving…" / "Saved", in a fixed-width slot so nothing beside it moves when it changes. */
export function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  return (
    <span className={`save-indicator save-indicator--${state}`} role="status" aria-live="polite">
      {state === 'saving' ? t('app.saving') : state === 'saved' ? t('app.saved') : ''}
    </span>
  );
}
