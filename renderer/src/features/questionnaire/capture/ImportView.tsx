import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/errors';
import type { ImportAnalysis } from '@shared/ipc/questionnaire';
import type { ImportMapping } from '@shared/import';
import { formatNumber } from '@shared/i18n/format';
import { invoke } from '@renderer/ipc/client';
import { asIpcError, useCall } from '@renderer/ipc/use-call';
import { routeHref } from '@renderer/app/router';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { FilePickButton } from '@renderer/components/FilePickButton';
import { readPickedFile } from '@renderer/platform/save-file';
import type { QuestionnaireViewProps } from '../view-props';
import { ColumnMappingTable, GroupValueTable, LabelMappingTable } from './ImportMappingTables';
import { ImportPreviewPanel } from './ImportPreviewPanel';
import './capture.css';

type Stage = 'reading' | 'checking' | 'saving';
type Upload = { fileName: string; bytes: Uint8Array<ArrayBuffer> };

const ACCEPTED =
  '.csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The "Importeren" view: a survey export (CSV/XLSX) → the proposed mapping and a preview with
 * every problem → one transaction that stores all respondents or none.
 */
export function ImportView({ engagement, instrument, onResponsesChanged }: QuestionnaireViewProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const definition = useCall('instruments.get', { id: instrument.id });
  // Main readies its workers while the consultant picks the file (nothing to show if it fails).
  useEffect(() => void invoke('import.prepare', {}).catch(() => undefined), []);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [analysis, setAnalysis] = useState<ImportAnalysis | null>(null);
  const [stage, setStage] = useState<Stage | null>(null);
  const [error, setError] = useState<IpcError>();
  const [result, setResult] = useState<{ imported: number; skippedRows: number } | null>(null);
  /** For files without a group column: the group every row belongs to. */
  const [defaultGroupId, setDefaultGroupId] = useState<number | null>(null);
  const latest = useRef(0);
  const fileInputId = useId();

  const base = { engagementId: engagement.id, instrumentId: instrument.id };

  async function analyse(file: Upload, mapping?: ImportMapping, groupId = defaultGroupId) {
    // Only the answer to the latest request counts: mappings can change faster than main answers.
    const request = ++latest.current;
    setStage('checking');
    setError(undefined);
    try {
      const next = await invoke('import.analyse', {
        ...base,
        file,
        ...(mapping ? { mapping } : {}),
        ...(groupId !== null ? { defaultGroupId: groupId } : {}),
      });
      if (request === latest.current) setAnalysis(next);
    } catch (reason) {
      if (request === latest.current) setError(asIpcError(reason));
    } finally {
      if (request === latest.current) setStage(null);
    }
  }

  async function pick(file: File | undefined) {
    if (!file) return;
    latest.current++;
    setResult(null);
    setAnalysis(null);
    setError(undefined);
    setStage('reading');
    let picked: Upload;
    try {
      const read = await readPickedFile(file);
      // readPickedFile copies the file into a fresh ArrayBuffer, never a shared one.
      picked = { fileName: read.fileName, bytes: read.bytes as Uint8Array<ArrayBuffer> };
    } catch {
      setStage(null);
      setError({ key: 'errors.import.notText' });
      return;
    }
    setUpload(picked);
    await analyse(picked);
  }

  function changeMapping(mapping: ImportMapping) {
    if (!upload || !analysis) return;
    setAnalysis({ ...analysis, mapping });
    void analyse(upload, mapping);
  }

  async function commit() {
    if (!upload || !analysis) return;
    latest.current++;
    setStage('saving');
    setError(undefined);
    const request = {
      ...base,
      mapping: analysis.mapping,
      ...(defaultGroupId !== null ? { defaultGroupId } : {}),
    };
    try {
      // Main keeps the analysed rows: name the file by its hash instead of sending it again,
      // and send it only when that analysis is no longer kept.
      const analysed = { fileName: upload.fileName, sha256: analysis.sha256 };
      const done = await invoke('import.commit', { ...request, file: analysed }).catch(
        (reason: unknown) => {
          if (asIpcError(reason).key !== 'import.analysisGone') throw reason;
          return invoke('import.commit', { ...request, file: upload });
        },
      );
      setResult(done);
      setAnalysis(null);
      setUpload(null);
      onResponsesChanged();
    } catch (reason) {
      setError(asIpcError(reason));
    } finally {
      setStage(null);
    }
  }

  const count = (value: number) => formatNumber(value, language, 0);
  const importable = analysis?.preview.summary.respondents ?? 0;
  const busy = stage !== null;

  return (
    <section className="card import-view" aria-labelledby="import-heading" aria-busy={busy}>
      <h2 id="import-heading">{t('capture.import.title')}</h2>
      <p className="muted">{t('capture.import.intro')}</p>
      <div className="import-view__pick field">
        <FilePickButton
          label={t('capture.import.pick')}
          accept={ACCEPTED}
          describedBy={`${fileInputId}-hint`}
          disabled={stage === 'saving'}
          fileName={upload?.fileName ?? null}
          onPick={(file) => void pick(file)}
        />
        <p className="field__hint" id={`${fileInputId}-hint`}>
          {t('capture.import.pickHint')}
        </p>
      </div>

      {stage && (
        <div className="import-progress" role="status">
          <progress aria-label={t(`capture.import.stage.${stage}`)} />
          <span>{t(`capture.import.stage.${stage}`)}</span>
        </div>
      )}
      {error && <ErrorBanner error={error} onDismiss={() => setError(undefined)} />}

      {result && (
        <div className="banner banner--success" role="status">
          <div>
            <strong>
              {t('capture.import.done', {
                count: result.imported,
                formatted: count(result.imported),
              })}
            </strong>
            {result.skippedRows > 0 && (
              <p>{t('capture.import.doneSkipped', { count: result.skippedRows })}</p>
            )}
            <p>
              <a
                href={routeHref({
                  screen: 'engagement',
                  id: engagement.id,
                  section: 'questionnaire',
                  view: 'entry',
                })}
              >
                {t('capture.import.showInGrid')}
              </a>
            </p>
          </div>
        </div>
      )}

      {analysis && definition.data && (
        <>
          <dl className="import-facts" aria-label={t('capture.import.facts.title')}>
            <div>
              <dt>{t('capture.import.facts.file')}</dt>
              <dd>{analysis.fileName}</dd>
            </div>
            <div>
              <dt>{t('capture.import.facts.encoding')}</dt>
              <dd>{t(`capture.import.encoding.${analysis.encoding}`)}</dd>
            </div>
            {analysis.delimiter !== null && (
              <div>
                <dt>{t('capture.import.facts.delimiter')}</dt>
                <dd>{t(`capture.import.delimiter.${delimiterName(analysis.delimiter)}`)}</dd>
              </div>
            )}
            <div>
              <dt>{t('capture.import.facts.rows')}</dt>
              <dd>{count(analysis.dataRows)}</dd>
            </div>
            <div>
              <dt>{t('capture.import.facts.columns')}</dt>
              <dd>{count(analysis.headers.length)}</dd>
            </div>
          </dl>
          <ColumnMappingTable
            mapping={analysis.mapping}
            instrument={definition.data.instrument}
            groups={engagement.groups}
            disabled={stage === 'saving'}
            onChange={changeMapping}
          />
          {!analysis.mapping.columns.some((column) => column.target.kind === 'group') && (
            <div className="field import-view__default-group">
              <label htmlFor={`${fileInputId}-group`}>{t('capture.import.defaultGroup')}</label>
              <select
                id={`${fileInputId}-group`}
                value={defaultGroupId ?? ''}
                disabled={stage === 'saving'}
                onChange={(event) => {
                  const groupId = event.target.value ? Number(event.target.value) : null;
                  setDefaultGroupId(groupId);
                  if (upload) void analyse(upload, analysis.mapping, groupId);
                }}
              >
                <option value="">{t('capture.import.defaultGroupNone')}</option>
                {engagement.groups.map((group) => (
                  <option key={group.id} value={group.id}>
                    {group.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="import-view__values">
            <LabelMappingTable
              mapping={analysis.mapping}
              instrument={definition.data.instrument}
              groups={engagement.groups}
              disabled={stage === 'saving'}
              onChange={changeMapping}
            />
            <GroupValueTable
              mapping={analysis.mapping}
              instrument={definition.data.instrument}
              groups={engagement.groups}
              disabled={stage === 'saving'}
              onChange={changeMapping}
            />
          </div>
          <ImportPreviewPanel
            analysis={analysis}
            instrument={definition.data.instrument}
            groups={engagement.groups}
          />
          <div className="import-view__commit toolbar">
            <button
              type="button"
              className="button button--primary"
              disabled={busy || !analysis.preview.canImport}
              onClick={() => void commit()}
            >
              {t('capture.import.commit', { count: importable, formatted: count(importable) })}
            </button>
            {!analysis.preview.canImport && (
              <span className="muted">{t('capture.import.cannotImport')}</span>
            )}
          </div>
        </>
      )}
    </section>
  );
}

function delimiterName(delimiter: string): string {
  return delimiter === ';'
    ? 'semicolon'
    : delimiter === ','
      ? 'comma'
      : delimiter === '\t'
        ? 'tab'
        : 'other';
}
