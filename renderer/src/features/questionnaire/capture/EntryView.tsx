import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '@renderer/ipc/use-call';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import type { QuestionnaireViewProps } from '../view-props';
import { EntryGrid } from './EntryGrid';
import { ExportButtons } from './ExportButtons';
import type { GridStore } from './grid-store';

/** The "Invoeren" view: type in paper forms in a keyboard-first grid; export the responses. */
export function EntryView({ engagement, instrument, onResponsesChanged }: QuestionnaireViewProps) {
  const { t } = useTranslation();
  const definition = useCall('instruments.get', { id: instrument.id });
  const respondents = useCall('respondents.list', {
    engagementId: engagement.id,
    instrumentId: instrument.id,
  });
  const store = useRef<GridStore | null>(null);
  const onStoreReady = useCallback((ready: GridStore) => {
    store.current = ready;
  }, []);
  const saveTypedRows = useCallback(async () => {
    await store.current?.saveAll();
  }, []);

  const error = definition.error ?? respondents.error;
  const loaded =
    definition.data && respondents.data && !definition.loading && !respondents.loading
      ? { instrument: definition.data.instrument, respondents: respondents.data }
      : null;
  return (
    <section className="card entry-view" aria-labelledby="entry-heading">
      <div className="entry-view__header">
        <div>
          <h2 id="entry-heading">{t('capture.grid.title')}</h2>
          <p className="muted">{t('capture.grid.intro')}</p>
        </div>
        <ExportButtons
          engagementId={engagement.id}
          instrumentId={instrument.id}
          beforeExport={saveTypedRows}
        />
      </div>
      {error && <ErrorBanner error={error} />}
      {engagement.groups.length === 0 ? (
        <p className="banner banner--info">{t('capture.grid.noGroups')}</p>
      ) : loaded ? (
        <EntryGrid
          // A fresh grid per instrument version: its columns are that version's items.
          key={`${engagement.id}:${instrument.id}`}
          engagement={engagement}
          instrumentId={instrument.id}
          instrument={loaded.instrument}
          respondents={loaded.respondents}
          onCountChanged={onResponsesChanged}
          onStoreReady={onStoreReady}
        />
      ) : (
        !error && <p className="muted">{t('app.loading')}</p>
      )}
    </section>
  );
}
