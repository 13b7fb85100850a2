import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/errors';
import type { DeliverableFormat, ReportJobProgress } from '@shared/ipc/report';
import type { ReportMissing } from '@shared/report/document';
import { invoke } from '@renderer/ipc/client';
import { asIpcError } from '@renderer/ipc/use-call';
import { saveFile } from '@renderer/platform/save-file';
import { ErrorBanner } from '@renderer/components/ErrorBanner';

const POLL_MS = 200;

/**
 * "Generate .docx" and "Generate workshop deck (.pptx)": the file is written in main as a job;
 * this starts it, shows its progress while the UI stays usable, and offers the file through the
 * save dialog (a download in the browser host). Recommendations without a priority, owner,
 * deadline or success measure are listed first: the consultant completes them or generates
 * anyway (the document then marks them).
 */
export function GenerateReport({
  engagementId,
  beforeStart,
  missing,
  onComplete,
}: {
  engagementId: number;
  /** Saves what the consultant just typed, so the document has it. */
  beforeStart: () => Promise<void>;
  /** What the recommendations still lack. */
  missing: ReportMissing[];
  /** Opens the recommendations to complete them. */
  onComplete: () => void;
}) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<Pick<ReportJobProgress, 'stage' | 'percent'> | null>(
    null,
  );
  const [confirming, setConfirming] = useState<DeliverableFormat | null>(null);
  const [error, setError] = useState<IpcError>();
  const [done, setDone] = useState<string>();
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  async function generate(format: DeliverableFormat) {
    setConfirming(null);
    setError(undefined);
    setDone(undefined);
    setProgress({ stage: 'loading', percent: 0 });
    try {
      await beforeStart();
      const { jobId } = await invoke('report.start', { engagementId, format });
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        const state = await invoke('report.progress', { jobId });
        if (!alive.current) return;
        setProgress({ stage: state.stage, percent: state.percent });
        if (state.stage === 'failed') {
          setError(state.error ?? { key: 'errors.internal' });
          break;
        }
        if (state.stage === 'done' && state.file) {
          saveFile(state.file);
          setDone(state.file.fileName);
          break;
        }
      }
    } catch (reason) {
      if (alive.current) setError(asIpcError(reason));
    }
    if (alive.current) setProgress(null);
  }

  const request = (format: DeliverableFormat) =>
    missing.length > 0 ? setConfirming(format) : void generate(format);

  return (
    <div className="report-generate">
      <button
        type="button"
        className="button button--primary"
        onClick={() => request('docx')}
        disabled={progress !== null}
      >
        {progress ? t('report.generating') : t('report.generate')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => request('pptx')}
        disabled={progress !== null}
      >
        {t('report.generateDeck')}
      </button>
      {confirming && (
        <div className="report-missing" role="alertdialog" aria-labelledby="report-missing-title">
          <p id="report-missing-title">
            <strong>{t('report.missing.title', { count: missing.length })}</strong>
          </p>
          <ul>
            {missing.map((entry) => (
              <li key={entry.recommendation}>
                {t('report.missing.entry', {
                  number: entry.recommendation,
                  action: entry.action,
                  fields: entry.fields
                    .map((field) => t(`report.recommendations.${field}`).toLocaleLowerCase())
                    .join(', '),
                })}
              </li>
            ))}
          </ul>
          <div className="toolbar">
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setConfirming(null);
                onComplete();
              }}
            >
              {t('report.missing.complete')}
            </button>
            <button type="button" className="button" onClick={() => void generate(confirming)}>
              {t('report.missing.anyway')}
            </button>
          </div>
        </div>
      )}
      {progress && (
        <div className="report-generate__progress">
          <progress
            max={100}
            value={progress.percent}
            aria-label={t('report.progressLabel')}
            aria-valuetext={`${t(`report.stages.${progress.stage}`)}, ${progress.percent}%`}
          />
          <span role="status">{t(`report.stages.${progress.stage}`)}</span>
        </div>
      )}
      {done && (
        <p className="report-generate__done" role="status">
          {t('report.generated', { file: done })}
        </p>
      )}
      {error && <ErrorBanner error={error} onDismiss={() => setError(undefined)} />}
    </div>
  );
}
