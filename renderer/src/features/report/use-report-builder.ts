import { useEffect, useRef, useState } from 'react';
import type { ReportSettings } from '@shared/report/settings';
import { invoke } from '@renderer/ipc/client';
import { useCall } from '@renderer/ipc/use-call';
import { mergePatch, useAutosave } from '@renderer/autosave/use-autosave';

/**
 * How long after the last save the preview is rebuilt. Rebuilding means building the whole
 * report in main, so it waits for a pause in editing rather than following every autosave.
 */
export const PREVIEW_REFRESH_MS = 600;

/**
 * The report builder's state. The consultant's choices change locally at once and are saved as
 * they type (useAutosave); a save only stores them. The preview (`report.get`, the whole report
 * built anew) is asked for once the saves pause. Local settings stay the truth while a save is
 * on its way, so nothing typed is undone.
 */
export function useReportBuilder(engagementId: number) {
  const loaded = useCall('report.get', { engagementId });
  /** The settings as the consultant has them now (before the first edit: the stored ones). */
  const [edited, setEdited] = useState<ReportSettings>();
  /** The same, at once: two edits before the next render both build on the newest. */
  const latest = useRef<ReportSettings | undefined>(undefined);
  const refresh = useRef<ReturnType<typeof setTimeout>>(undefined);
  const { reload } = loaded;
  useEffect(() => () => clearTimeout(refresh.current), []);
  const autosave = useAutosave<Partial<ReportSettings>>({
    merge: mergePatch,
    save: async (patch) => {
      clearTimeout(refresh.current);
      await invoke('report.save', { engagementId, settings: patch });
      refresh.current = setTimeout(reload, PREVIEW_REFRESH_MS);
    },
  });

  const view = loaded.data;
  const settings = edited ?? view?.settings;

  const update = (patch: Partial<ReportSettings>, immediately = false) => {
    const base = latest.current ?? settings;
    if (!base) return;
    latest.current = { ...base, ...patch };
    setEdited(latest.current);
    autosave.change(patch, immediately);
  };

  return {
    view,
    settings,
    loadError: loaded.error,
    saveState: autosave.saveState,
    saveError: autosave.saveError,
    update,
    flush: autosave.flush,
  };
}
