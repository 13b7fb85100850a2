import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/i18n/format';
import { useCall } from '@renderer/ipc/use-call';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { BackupsCard } from './BackupsCard';
import { ImportArchiveCard } from './ImportArchiveCard';
import { clearDataFlash, peekDataFlash, type DataFlash } from './flash';

/** "Data & backups" (#/data): where the data lives, its backups, and importing archives. */
export function DataSafetyScreen() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const info = useCall('app.info', {});
  const [flash] = useState<DataFlash | null>(peekDataFlash);
  // Shown once: a later visit to this screen starts without it.
  useEffect(clearDataFlash, []);
  return (
    <div className="page data-safety">
      <header className="page__header">
        <div>
          <h1>{t('dataSafety.title')}</h1>
          <p className="muted">{t('dataSafety.intro')}</p>
        </div>
      </header>
      {flash?.kind === 'restored' && (
        <p className="banner banner--info" role="status">
          {t('dataSafety.backups.restored', { date: formatDateTime(flash.createdAt, language) })}
        </p>
      )}
      {flash?.kind === 'removed' && (
        <div className="banner banner--info" role="status">
          <p>{t('dataSafety.hub.removed', { name: flash.name, path: flash.path })}</p>
          <p>{t(`dataSafety.hub.backupsDone.${flash.cleanup}`, { count: flash.cleaned })}</p>
          {flash.failed.length > 0 && (
            <p>{t('dataSafety.hub.backupsFailed', { files: flash.failed.join(', ') })}</p>
          )}
        </div>
      )}
      {info.error && <ErrorBanner error={info.error} />}
      <section className="card" aria-labelledby="data-location-heading">
        <h2 id="data-location-heading">{t('dataSafety.location.title')}</h2>
        {info.data && (
          <dl className="data-paths">
            <dt>{t('dataSafety.location.workspace')}</dt>
            <dd>
              <code>{info.data.databasePath}</code>
            </dd>
          </dl>
        )}
        <p className="muted">{t('dataSafety.location.offline')}</p>
      </section>
      <BackupsCard />
      <ImportArchiveCard />
    </div>
  );
}
