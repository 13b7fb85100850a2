import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NORM_OVERALL, type NormSet } from '@shared/content';
import { localized } from '@shared/questionnaire/instrument';
import type { IpcError } from '@shared/ipc/errors';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { CsvSeparatorPicker, useCsvSeparator } from '@renderer/components/CsvSeparatorPicker';
import { errorMessage } from '@renderer/i18n';
import { invoke } from '@renderer/ipc/client';
import { asIpcError, useCall } from '@renderer/ipc/use-call';
import { saveFile } from '@renderer/platform/save-file';
import { FilePickButton, uploadOf } from '../FilePickButton';
import { ProblemList } from '../ProblemList';

interface StoredNormSet {
  id: number;
  builtin: boolean;
  normSet: NormSet;
}

const DEFAULT_INSTRUMENT = 'klantgerichtheidsscan';

/** Norm sets to compare engagements with: the shipped illustrative one and imported ones. */
export function NormSetList() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const instrumentSelectId = useId();
  const list = useCall('norms.list', {});
  const instruments = useCall('instruments.list', {});
  const [instrumentKey, setInstrumentKey] = useState(DEFAULT_INSTRUMENT);
  const [error, setError] = useState<{ error: IpcError; csv: boolean }>();
  const [notice, setNotice] = useState<string>();
  const [deleting, setDeleting] = useState<StoredNormSet>();
  const [busy, setBusy] = useState(false);
  const { separator, choose } = useCsvSeparator();

  const keys = [...new Set((instruments.data ?? []).map((summary) => summary.key))];
  const name = (stored: StoredNormSet) => localized(stored.normSet.name, language);

  async function run(action: () => Promise<string | undefined>, csv = false) {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      setNotice(await action());
      list.reload();
    } catch (reason) {
      setError({ error: asIpcError(reason), csv });
    } finally {
      setBusy(false);
    }
  }

  const importFile = (file: File) => {
    const csv = /\.csv$/i.test(file.name);
    return run(async () => {
      const upload = await uploadOf(file);
      await invoke('norms.import', csv ? { ...upload, instrumentKey } : upload);
      return t('library.norms.imported', { file: file.name });
    }, csv);
  };
  const exportSet = (stored: StoredNormSet, format: 'json' | 'csv') =>
    run(async () => {
      saveFile(
        await invoke('norms.export', {
          id: stored.id,
          format,
          ...(format === 'csv' ? { separator } : {}),
        }),
      );
      return undefined;
    });
  const remove = (stored: StoredNormSet) =>
    run(async () => {
      setDeleting(undefined);
      await invoke('norms.delete', { id: stored.id });
      return t('library.norms.deleted', { name: name(stored) });
    });

  return (
    <section className="card library-panel" aria-labelledby="library-norms-heading">
      <div className="library-panel__header">
        <div>
          <h2 id="library-norms-heading">{t('library.norms.title')}</h2>
          <p className="muted">{t('library.norms.intro')}</p>
        </div>
      </div>
      <div className="toolbar norms-import">
        <label htmlFor={instrumentSelectId}>{t('library.norms.csvInstrument')}</label>
        <select
          id={instrumentSelectId}
          value={instrumentKey}
          onChange={(event) => setInstrumentKey(event.target.value)}
        >
          {(keys.includes(DEFAULT_INSTRUMENT) ? keys : [DEFAULT_INSTRUMENT, ...keys]).map((key) => (
            <option key={key} value={key}>
              {key}
            </option>
          ))}
        </select>
        <FilePickButton
          label={t('library.norms.import')}
          accept=".json,.csv,application/json,text/csv"
          disabled={busy}
          onPick={(file) => void importFile(file)}
        />
      </div>
      <p className="muted">{t('library.norms.formatHint')}</p>
      <CsvSeparatorPicker separator={separator} onChange={choose} />
      {notice && (
        <p className="banner banner--info" role="status">
          {notice}
        </p>
      )}
      {error &&
        (error.error.issues && error.error.issues.length > 0 ? (
          <ProblemList
            title={errorMessage(t, error.error)}
            problems={error.error.issues}
            showPaths={!error.csv}
            onDismiss={() => setError(undefined)}
          />
        ) : (
          <ErrorBanner error={error.error} onDismiss={() => setError(undefined)} />
        ))}
      {list.error && <ErrorBanner error={list.error} />}
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t('library.norms.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('library.norms.name')}</th>
              <th scope="col">{t('library.norms.instrument')}</th>
              <th scope="col">{t('library.norms.dimensions')}</th>
              <th scope="col">{t('library.norms.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('library.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {(list.data ?? []).map((stored) => (
              <tr key={stored.id} data-testid="norm-row">
                <th scope="row">
                  {name(stored)}
                  {stored.normSet.note && (
                    <span className="library-note">{localized(stored.normSet.note, language)}</span>
                  )}
                </th>
                <td>
                  <code>{stored.normSet.instrument}</code>
                </td>
                <td>
                  {stored.normSet.entries
                    .map((entry) =>
                      entry.dimension === NORM_OVERALL
                        ? t('library.norms.overall')
                        : entry.dimension,
                    )
                    .join(', ')}
                </td>
                <td>
                  <span className="library-badges">
                    {stored.normSet.illustrative && (
                      <span className="badge badge--illustrative">{t('results.illustrative')}</span>
                    )}
                    {stored.builtin ? (
                      <span className="badge badge--builtin">{t('library.builtin')}</span>
                    ) : (
                      <span className="badge">{t('library.norms.importedBadge')}</span>
                    )}
                  </span>
                </td>
                <td>
                  <div className="library-actions">
                    <button
                      type="button"
                      className="button button--small"
                      disabled={busy}
                      onClick={() => void exportSet(stored, 'json')}
                    >
                      {t('library.norms.exportJson')}
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      disabled={busy}
                      onClick={() => void exportSet(stored, 'csv')}
                    >
                      {t('library.norms.exportCsv')}
                    </button>
                    {!stored.builtin && (
                      <button
                        type="button"
                        className="button button--small button--danger"
                        disabled={busy}
                        onClick={() => setDeleting(stored)}
                      >
                        {t('app.delete')}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ConfirmDialog
        open={deleting !== undefined}
        title={t('library.norms.deleteTitle', { name: deleting ? name(deleting) : '' })}
        confirmLabel={t('app.delete')}
        danger
        onCancel={() => setDeleting(undefined)}
        onConfirm={() => deleting && void remove(deleting)}
      >
        <p>{t('library.norms.deleteText')}</p>
      </ConfirmDialog>
    </section>
  );
}
