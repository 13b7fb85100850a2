import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localized } from '@shared/questionnaire/instrument';
import type { InstrumentSummary } from '@shared/questionnaire/instrument-summary';
import { formatDate } from '@shared/i18n/format';
import { navigate, routeHref } from '@renderer/app/router';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { invoke } from '@renderer/ipc/client';
import { useCall } from '@renderer/ipc/use-call';
import { saveFile } from '@renderer/platform/save-file';
import { FilePickButton, uploadOf } from '@renderer/components/FilePickButton';
import {
  ActionFeedback,
  ConfirmDelete,
  DeleteButton,
  LibraryPanel,
  useLibraryAction,
} from '../library-parts';
import { CopyInstrumentDialog } from './CopyInstrumentDialog';

/**
 * All instrument versions in the workspace: built-in ones (copy them to change them), the
 * consultant's own, imported ones. Import, export, copy, edit and delete start here.
 */
export function InstrumentList() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const list = useCall('instruments.list', {});
  const [copying, setCopying] = useState<InstrumentSummary>();
  const [deleting, setDeleting] = useState<InstrumentSummary>();
  const { busy, error, setError, notice, run } = useLibraryAction(() => list.reload());

  const name = (summary: InstrumentSummary) => localized(summary.name, language);

  const importFile = (file: File) =>
    run(async () => {
      const summary = await invoke('instruments.importFile', await uploadOf(file));
      return t('library.instruments.imported', { name: name(summary), version: summary.version });
    });
  const exportFile = (summary: InstrumentSummary) =>
    run(async () => {
      saveFile(await invoke('instruments.exportFile', { id: summary.id }));
      return undefined;
    });
  const remove = (summary: InstrumentSummary) =>
    run(async () => {
      setDeleting(undefined);
      await invoke('instruments.delete', { id: summary.id });
      return t('library.instruments.deleted', { name: name(summary) });
    });

  const instruments = list.data ?? [];
  return (
    <LibraryPanel
      name="instruments"
      title={t('library.instruments.title')}
      intro={t('library.instruments.intro')}
      actions={
        <FilePickButton
          label={t('library.instruments.import')}
          accept=".json,application/json"
          disabled={busy}
          onPick={(file) => void importFile(file)}
        />
      }
    >
      <ActionFeedback notice={notice} error={error} onDismiss={() => setError(undefined)} />
      {list.error && <ErrorBanner error={list.error} />}
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t('library.instruments.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('library.instruments.name')}</th>
              <th scope="col">{t('library.instruments.version')}</th>
              <th scope="col">{t('library.instruments.audience')}</th>
              <th scope="col">{t('library.instruments.content')}</th>
              <th scope="col" className="numeric">
                {t('library.instruments.respondents')}
              </th>
              <th scope="col">{t('library.instruments.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('library.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {instruments.map((summary) => (
              <tr key={summary.id} data-testid="instrument-row">
                <th scope="row">
                  {name(summary)}
                  <span className="library-key">
                    <code>{summary.key}</code> · {formatDate(summary.createdAt, language)}
                  </span>
                </th>
                <td>v{summary.version}</td>
                <td>{t(`library.instruments.audiences.${summary.audience}`)}</td>
                <td>
                  {t('library.instruments.contentCounts', {
                    dimensions: summary.dimensionCount,
                    items: summary.itemCount,
                  })}
                </td>
                <td className="numeric">{summary.respondentCount}</td>
                <td>
                  <span className="library-badges">
                    {summary.builtin && (
                      <span className="badge badge--builtin">{t('library.builtin')}</span>
                    )}
                    {summary.locked && !summary.builtin && (
                      <span
                        className="badge badge--locked"
                        title={t('library.instruments.lockedHint')}
                      >
                        {t('library.instruments.locked')}
                      </span>
                    )}
                  </span>
                </td>
                <td>
                  <div className="library-actions">
                    {!summary.builtin && (
                      <a
                        className="button button--small"
                        href={routeHref({
                          screen: 'library',
                          tab: 'instruments',
                          instrumentId: summary.id,
                        })}
                      >
                        {t('library.instruments.edit')}
                      </a>
                    )}
                    <button
                      type="button"
                      className="button button--small"
                      disabled={busy}
                      onClick={() => setCopying(summary)}
                    >
                      {t('library.instruments.copy')}
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      disabled={busy}
                      onClick={() => void exportFile(summary)}
                    >
                      {t('library.instruments.export')}
                    </button>
                    {!summary.builtin && summary.respondentCount === 0 && (
                      <DeleteButton disabled={busy} onClick={() => setDeleting(summary)} />
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {copying && (
        <CopyInstrumentDialog
          source={copying}
          existingKeys={instruments.map((summary) => summary.key)}
          onClose={() => setCopying(undefined)}
          onCopied={(summary) =>
            // A copy is made to be changed: open it in the editor straight away.
            navigate({ screen: 'library', tab: 'instruments', instrumentId: summary.id })
          }
        />
      )}
      <ConfirmDelete
        item={deleting}
        title={(item) => t('library.instruments.deleteTitle', { name: name(item) })}
        text={t('library.instruments.deleteText')}
        onCancel={() => setDeleting(undefined)}
        onConfirm={(item) => void remove(item)}
      />
    </LibraryPanel>
  );
}
