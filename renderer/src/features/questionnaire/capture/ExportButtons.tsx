import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/errors';
import { invoke } from '@renderer/ipc/client';
import { asIpcError } from '@renderer/ipc/use-call';
import { saveFile } from '@renderer/platform/save-file';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { CsvSeparatorPicker, useCsvSeparator } from '@renderer/components/CsvSeparatorPicker';

interface ExportButtonsProps {
  engagementId: number;
  instrumentId: number;
  /** Runs first, e.g. to save rows still being typed, so the file holds what is on screen. */
  beforeExport?: () => Promise<void>;
}

/** Responses as CSV or XLSX: one row per respondent, plus a codebook sheet in the workbook. */
export function ExportButtons({ engagementId, instrumentId, beforeExport }: ExportButtonsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);
  const [error, setError] = useState<IpcError>();
  const { separator, choose } = useCsvSeparator();

  async function exportAs(format: 'csv' | 'xlsx') {
    setBusy(format);
    setError(undefined);
    try {
      await beforeExport?.();
      saveFile(
        await invoke('exports.responses', {
          engagementId,
          instrumentId,
          format,
          ...(format === 'csv' ? { separator } : {}),
        }),
      );
    } catch (reason) {
      setError(asIpcError(reason));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="export-buttons" role="group" aria-label={t('capture.export.label')}>
      {(['csv', 'xlsx'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="button"
          disabled={busy !== null}
          aria-busy={busy === format}
          onClick={() => void exportAs(format)}
        >
          {busy === format ? t('capture.export.busy') : t(`capture.export.${format}`)}
        </button>
      ))}
      <CsvSeparatorPicker separator={separator} onChange={choose} />
      {error && <ErrorBanner error={error} onDismiss={() => setError(undefined)} />}
    </div>
  );
}
