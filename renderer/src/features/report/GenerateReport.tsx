import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/errors';
import type { ReportJobProgress } from '@shared/ipc/report';
import { invoke } from '@renderer/ipc/client';
import { asIpcError } from '@renderer/ipc/use-call';
import { saveFile } from '@renderer/platform/save-file';
import { ErrorBanner } from '@renderer/components/ErrorBanner';

const POLL_MS = 200;

/**
 * "Generate .docx": the report is written in main as a job; this button starts it, shows its
 * progress while the UI stays usable, and offers the file through the save dialog (a download in
 * the browser host).
 */
export function GenerateReport({
  engagementId,
  beforeStart,
}: {
  engagementId: number;
  /** Saves what the consultant just typed, so the document has it. */
  beforeStart: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<Pick<ReportJobProgress, 'stage' | 'percent'> | null>(
    null,
  );
  const [error, setError] = useState<IpcError>();
  const [done, setDone] = useState<string>();
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  async function generate() {
    setError(undefined);
    setDone(undefined);
    setProgress({ stage: 'loading', percent: 0 });
    try {
      await beforeStart();
      const { jobId } = await invoke('report.start', { engagementId });
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

  return (
    <div className="report-generate">
      <button
        type="button"
        className="button button--primary"
        onClick={() => void generate()}
        disabled={progress !== null}
      >
        {progress ? t('report.generating') : t('report.generate')}
      </button>
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
