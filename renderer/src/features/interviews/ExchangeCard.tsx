import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Engagement } from '@shared/engagements/model';
import type { IpcError } from '@shared/ipc/errors';
import { invoke } from '@renderer/ipc/client';
import { asIpcError } from '@renderer/ipc/use-call';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { FilePickButton, uploadOf } from '@renderer/components/FilePickButton';
import { downloadBytes } from './download';

/**
 * Exchange with MAXQDA, ATLAS.ti, NVivo and the like through REFI-QDA: the project (.qdpx) or
 * the codebook alone (.qdc) out; a project or codebook in.
 */
export function ExchangeCard({
  engagement,
  onImported,
}: {
  engagement: Engagement;
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<IpcError>();
  const [notice, setNotice] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<string[]>) {
    setBusy(true);
    try {
      setNotice(await action());
      setError(undefined);
    } catch (reason) {
      setError(asIpcError(reason));
      setNotice([]);
    } finally {
      setBusy(false);
    }
  }

  const exportAs = (format: 'qdpx' | 'qdc') =>
    run(async () => {
      downloadBytes(await invoke('exchange.export', { engagementId: engagement.id, format }));
      return [];
    });
  const importFile = (file: File) =>
    run(async () => {
      const summary = await invoke('exchange.import', {
        engagementId: engagement.id,
        ...(await uploadOf(file)),
      });
      onImported();
      return [
        t('exchange.imported', { ...summary }),
        ...(summary.skippedSources + summary.skippedSelections > 0
          ? [
              t('exchange.skipped', {
                sources: summary.skippedSources,
                selections: summary.skippedSelections,
              }),
            ]
          : []),
      ];
    });

  return (
    <section className="card exchange" aria-labelledby="exchange-heading">
      <h3 id="exchange-heading">{t('exchange.title')}</h3>
      <p className="muted">{t('exchange.intro')}</p>
      <div className="toolbar">
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={() => void exportAs('qdpx')}
        >
          {t('exchange.exportProject')}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={() => void exportAs('qdc')}
        >
          {t('exchange.exportCodebook')}
        </button>
        <FilePickButton
          label={t('exchange.import')}
          accept=".qdpx,.qdc"
          disabled={busy}
          onPick={(file) => void importFile(file)}
        />
      </div>
      {notice.length > 0 && (
        <div className="banner banner--info" role="status">
          <div>
            {notice.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        </div>
      )}
      {error && <ErrorBanner error={error} onDismiss={() => setError(undefined)} />}
    </section>
  );
}
