import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ARCHIVE_EXTENSION, type ArchiveImportResult } from '@shared/ipc/data-safety';
import type { IpcError } from '@shared/ipc/errors';
import { invoke } from '@renderer/ipc/client';
import { asIpcError } from '@renderer/ipc/use-call';
import { routeHref } from '@renderer/app/router';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { Field } from '@renderer/components/Field';
import { readPickedFile } from '@renderer/platform/save-file';
import { DataDialog } from './DataDialog';

/** Answers that mean "ask for the passphrase (again)" rather than "this file is refused". */
const ASK_FOR_PASSPHRASE = new Set(['archive.passphraseRequired', 'archive.wrongPassphrase']);

interface PickedFile {
  fileName: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** "Import archive…": reads the file, and asks for the passphrase when the archive has one. */
export function ImportArchiveCard() {
  const { t } = useTranslation();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<PickedFile>();
  const [asking, setAsking] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError>();
  const [imported, setImported] = useState<ArchiveImportResult>();

  async function attempt(picked: PickedFile, secret?: string) {
    setImported(undefined);
    setError(undefined);
    setBusy(true);
    try {
      const result = await invoke('archives.import', {
        ...picked,
        ...(secret ? { passphrase: secret } : {}),
      });
      setImported(result);
      setAsking(false);
      setFile(undefined);
    } catch (reason) {
      const failure = asIpcError(reason);
      setError(failure);
      setAsking(ASK_FOR_PASSPHRASE.has(failure.key));
    } finally {
      setBusy(false);
    }
  }

  async function pick(chosen: File | undefined) {
    if (!chosen) return;
    const picked = await readPickedFile(chosen);
    if (input.current) input.current.value = '';
    setFile(picked);
    setPassphrase('');
    await attempt(picked);
  }

  function cancel() {
    setAsking(false);
    setFile(undefined);
    setError(undefined);
  }

  return (
    <section className="card" aria-labelledby="archive-import-heading">
      <h2 id="archive-import-heading">{t('dataSafety.import.title')}</h2>
      <p>{t('dataSafety.import.intro')}</p>
      {error && !asking && <ErrorBanner error={error} onDismiss={() => setError(undefined)} />}
      {imported && (
        <p className="banner banner--info" role="status">
          <span>
            {t('dataSafety.import.done', { name: imported.clientName })}{' '}
            <a
              href={routeHref({
                screen: 'engagement',
                id: imported.engagementId,
                section: 'overview',
              })}
            >
              {t('dataSafety.import.openEngagement')}
            </a>
          </span>
        </p>
      )}
      <div className="page__actions">
        <label className="button data-file-button" htmlFor={inputId}>
          {busy && !asking ? t('dataSafety.working') : t('dataSafety.import.choose')}
          <input
            ref={input}
            id={inputId}
            className="visually-hidden"
            type="file"
            accept={ARCHIVE_EXTENSION}
            disabled={busy}
            onChange={(event) => void pick(event.target.files?.[0])}
          />
        </label>
      </div>
      <DataDialog
        open={asking && file !== undefined}
        title={t('dataSafety.import.passphraseTitle', { file: file?.fileName ?? '' })}
        confirmLabel={t('dataSafety.import.open')}
        busy={busy}
        confirmDisabled={passphrase.length === 0}
        onConfirm={() => file && void attempt(file, passphrase)}
        onCancel={cancel}
      >
        <p>{t('dataSafety.import.passphraseText')}</p>
        {error?.key === 'archive.wrongPassphrase' && <ErrorBanner error={error} />}
        <Field label={t('dataSafety.passphrase.field')}>
          {({ id }) => (
            <input
              id={id}
              type="password"
              autoComplete="off"
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
            />
          )}
        </Field>
      </DataDialog>
    </section>
  );
}
