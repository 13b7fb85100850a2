import { useRef, useState } from 'react';
import type { ReportView } from '@shared/ipc/report';
import type { ReportSettings } from '@shared/report/settings';
import { invoke } from '@renderer/ipc/client';
import { useCall } from '@renderer/ipc/use-call';
import { mergePatch, useAutosave } from '@renderer/autosave/use-autosave';

/**
 * The report builder's state. The consultant's choices change locally at once and are saved as
 * they type (useAutosave); main answers with the refreshed preview. Local settings stay the
 * truth while a save is on its way, so nothing typed is undone.
 */
export function useReportBuilder(engagementId: number) {
  const loaded = useCall('report.get', { engagementId });
  /** The latest view main returned after a save (before that: the loaded one). */
  const [saved, setSaved] = useState<ReportView>();
  /** The settings as the consultant has them now (before the first edit: the stored ones). */
  const [edited, setEdited] = useState<ReportSettings>();
  /** The same, at once: two edits before the next render both build on the newest. */
  const latest = useRef<ReportSettings | undefined>(undefined);
  const autosave = useAutosave<Partial<ReportSettings>>({
    merge: mergePatch,
    save: async (patch) => {
      setSaved(await invoke('report.save', { engagementId, settings: patch }));
    },
  });

  const view = saved ?? loaded.data;
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
