import { useTranslation } from 'react-i18next';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  return (
    <span className={`save-indicator save-indicator--${state}`} role="status" aria-live="polite">
      {state === 'saving' ? t('app.saving') : state === 'saved' ? t('app.saved') : ''}
    </span>
  );
}
