import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportView } from '@shared/ipc/report';
import type { IpcError } from '@shared/ipc/errors';
import type { ReportSettings } from '@shared/report/settings';
import { invoke } from '@renderer/ipc/client';
import { asIpcError, useCall } from '@renderer/ipc/use-call';
import type { SaveState } from '@renderer/components/SaveIndicator';

const SAVE_DELAY_MS = 500;

/**
 * The report builder's state. The consultant's choices change locally at once and are saved as
 * they type (a short pause, or at once on leaving a field); main answers with the refreshed
 * preview. Local settings stay the truth while a save is on its way, so nothing typed is undone.
 */
export function useReportBuilder(engagementId: number) {
  const loaded = useCall('report.get', { engagementId });
  /** The latest view main returned after a save (before that: the loaded one). */
  const [saved, setSaved] = useState<ReportView>();
  /** The settings as the consultant has them now (before the first edit: the stored ones). */
  const [edited, setEdited] = useState<ReportSettings>();
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [saveError, setSaveError] = useState<IpcError>();
  const pending = useRef<Partial<ReportSettings>>({});
  const latest = useRef<ReportSettings | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saving = useRef<Promise<void>>(Promise.resolve());

  const view = saved ?? loaded.data;
  const settings = edited ?? view?.settings;

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const patch = pending.current;
    if (Object.keys(patch).length === 0) return saving.current;
    pending.current = {};
    setSaveState('saving');
    const run = saving.current.then(async () => {
      try {
        setSaved(await invoke('report.save', { engagementId, settings: patch }));
        setSaveError(undefined);
        setSaveState(Object.keys(pending.current).length > 0 ? 'saving' : 'saved');
      } catch (reason) {
        setSaveError(asIpcError(reason));
        setSaveState('error');
      }
    });
    saving.current = run;
    return run;
  }, [engagementId]);

  const update = useCallback(
    (patch: Partial<ReportSettings>, immediately = false) => {
      const base = latest.current ?? settings;
      if (!base) return;
      latest.current = { ...base, ...patch };
      setEdited(latest.current);
      pending.current = { ...pending.current, ...patch };
      setSaveState('saving');
      clearTimeout(timer.current);
      if (immediately) void flush();
      else timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush, settings],
  );

  // Whatever is still pending is saved when the builder closes.
  useEffect(() => () => void flush(), [flush]);

  return {
    view,
    settings,
    loadError: loaded.error,
    saveState,
    saveError,
    update,
    flush,
  };
}
