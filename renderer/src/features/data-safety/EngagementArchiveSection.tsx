import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/errors';
import { BACKUP_CLEANUPS, type BackupCleanup } from '@shared/ipc/data-safety';
import { invoke } from '@renderer/ipc/client';
import { asIpcError } from '@renderer/ipc/use-call';
import { navigate } from '@renderer/app/router';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { saveFile } from '@renderer/platform/save-file';
import type { HubSectionProps } from '../hub/section-props';
import { DataDialog } from './DataDialog';
import { setDataFlash } from './flash';
import {
  EMPTY_PASSPHRASE,
  PassphraseFields,
  passphraseProblems,
  type PassphraseDraft,
} from './PassphraseFields';

type Mode = 'export' | 'remove';

/** The hub's "Archive" tab: export the engagement, or archive and remove a closed one. */
export function EngagementArchiveSection({ engagement }: HubSectionProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode | null>(null);
  const [draft, setDraft] = useState<PassphraseDraft>(EMPTY_PASSPHRASE);
  const [understood, setUnderstood] = useState(false);
  const [cleanup, setCleanup] = useState<BackupCleanup>('purge');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError>();
  const [exported, setExported] = useState<string>();
  const closed = engagement.status !== 'active';

  function open(next: Mode) {
    setMode(next);
    setDraft(EMPTY_PASSPHRASE);
    setUnderstood(false);
    setCleanup('purge');
    setTried(false);
    setError(undefined);
  }

  async function confirm() {
    setTried(true);
    if (Object.keys(passphraseProblems(draft)).length > 0) return;
    if (mode === 'remove' && !understood) return;
    const passphrase = draft.protect ? draft.passphrase : undefined;
    const arg = { engagementId: engagement.id, ...(passphrase ? { passphrase } : {}) };
    setBusy(true);
    try {
      if (mode === 'export') {
        const file = await invoke('archives.export', arg);
        saveFile(file);
        setExported(file.fileName);
        setMode(null);
      } else {
        // Unticking "protect" is the consultant's explicit choice of a plain archive and copy.
        const result = await invoke('archives.exportAndRemove', {
          ...arg,
          ...(passphrase ? {} : { plain: true as const }),
          backups: cleanup,
        });
        saveFile(result.file);
        setDataFlash({
          kind: 'removed',
          name: engagement.clientName,
          path: result.keptCopy,
          cleanup: result.backups.cleanup,
          cleaned: result.backups.cleaned.length,
          failed: result.backups.failed,
        });
        setMode(null);
        navigate({ screen: 'data' });
      }
    } catch (reason) {
      setError(asIpcError(reason));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="section-stack">
      {exported && (
        <p className="banner banner--info" role="status">
          {t('dataSafety.hub.exported', { file: exported })}
        </p>
      )}
      <section className="card" aria-labelledby="archive-export-heading">
        <h2 id="archive-export-heading">{t('dataSafety.hub.exportTitle')}</h2>
        <p>{t('dataSafety.hub.exportText')}</p>
        <div className="page__actions">
          <button type="button" className="button button--primary" onClick={() => open('export')}>
            {t('dataSafety.hub.export')}
          </button>
        </div>
      </section>
      <section className="card" aria-labelledby="archive-remove-heading">
        <h2 id="archive-remove-heading">{t('dataSafety.hub.removeTitle')}</h2>
        <p>{t('dataSafety.hub.removeText')}</p>
        <p className="muted">{t('dataSafety.hub.removeBackups')}</p>
        {closed ? (
          <div className="page__actions">
            <button type="button" className="button button--danger" onClick={() => open('remove')}>
              {t('dataSafety.hub.remove')}
            </button>
          </div>
        ) : (
          <p className="banner banner--info">{t('dataSafety.hub.closeFirst')}</p>
        )}
      </section>
      <DataDialog
        open={mode !== null}
        title={
          mode === 'remove' ? t('dataSafety.hub.removeTitle') : t('dataSafety.hub.exportTitle')
        }
        confirmLabel={
          mode === 'remove' ? t('dataSafety.hub.removeConfirm') : t('dataSafety.hub.exportConfirm')
        }
        danger={mode === 'remove'}
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setMode(null)}
      >
        {error && <ErrorBanner error={error} />}
        <PassphraseFields draft={draft} onChange={setDraft} showProblems={tried} />
        {mode === 'remove' && (
          <fieldset className="data-choice">
            <legend>{t('dataSafety.hub.backupsLegend')}</legend>
            {BACKUP_CLEANUPS.map((option) => (
              <label key={option} className="data-checkbox">
                <input
                  type="radio"
                  name="backup-cleanup"
                  value={option}
                  checked={cleanup === option}
                  onChange={() => setCleanup(option)}
                />
                {t(`dataSafety.hub.backups.${option}`)}
              </label>
            ))}
          </fieldset>
        )}
        {mode === 'remove' && (
          <label className="data-checkbox">
            <input
              type="checkbox"
              checked={understood}
              aria-invalid={tried && !understood}
              onChange={(event) => setUnderstood(event.target.checked)}
            />
            {t('dataSafety.hub.removeUnderstood')}
          </label>
        )}
      </DataDialog>
    </div>
  );
}
