import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallArg } from '@shared/ipc';
import type { IpcError } from '@shared/ipc/errors';
import { invoke } from '@renderer/ipc/client';
import { asIpcError } from '@renderer/ipc/use-call';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { saveFile } from '@renderer/platform/save-file';

/** Downloads every comparison of the current analysis as CSV or XLSX (the same figures). */
export function GapExport({ arg }: { arg: CallArg<'gaps.analyse'> }) {
  const { t } = useTranslation();
  const [error, setError] = useState<IpcError>();
  async function download(format: 'csv' | 'xlsx') {
    try {
      saveFile(await invoke('gaps.export', { ...arg, format }));
    } catch (reason) {
      setError(asIpcError(reason));
    }
  }
  return (
    <div className="toolbar gaps-export">
      <span className="muted">{t('gaps.export.label')}</span>
      <button type="button" className="button button--small" onClick={() => void download('csv')}>
        CSV
      </button>
      <button type="button" className="button button--small" onClick={() => void download('xlsx')}>
        XLSX
      </button>
      {error && <ErrorBanner error={error} onDismiss={() => setError(undefined)} />}
    </div>
  );
}
