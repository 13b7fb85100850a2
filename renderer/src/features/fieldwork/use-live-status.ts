import { useCallback, useEffect, useState } from 'react';
import type { LiveStatus } from '@shared/ipc/live';
import { invoke } from '@renderer/ipc/client';

/** How often the consultant's screen asks for the session's counts. */
const POLL_MS = 1500;

/**
 * The live session as main sees it, asked again every 1.5 s while `polling` (the answers come in
 * on another server, so nothing pushes them to this screen). Works the same over Electron IPC
 * and the browser host's HTTP.
 */
export function useLiveStatus(polling: boolean) {
  const [status, setStatus] = useState<LiveStatus>();
  const refresh = useCallback(() => {
    invoke('live.status', {}).then(setStatus, () => undefined);
  }, []);
  useEffect(() => {
    refresh();
    if (!polling) return;
    const timer = setInterval(refresh, POLL_MS);
    return () => clearInterval(timer);
  }, [polling, refresh]);
  return { status, setStatus, refresh };
}

/** An SVG made in main as an image source (no inline markup in the page). */
export function svgSource(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
