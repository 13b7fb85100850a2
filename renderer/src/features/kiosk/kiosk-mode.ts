import { useEffect, useState } from 'react';
import type { KioskStatus } from '@shared/ipc/kiosk';
import { invoke } from '@renderer/ipc/client';
import { primedCalls } from '@renderer/ipc/primed-calls';

const CHANGED = 'klantspiegel:kiosk-changed';

/** Tells the app shell that kiosk mode started or ended (after kiosk.start / kiosk.exit). */
export function announceKioskChange(status: KioskStatus): void {
  window.dispatchEvent(new CustomEvent<KioskStatus>(CHANGED, { detail: status }));
}

export interface KioskMode {
  /** False until main has answered once: nothing of the app is shown before that. */
  checked: boolean;
  status: KioskStatus;
}

/**
 * Whether the app must show only the kiosk screen. Asked at start (so a reload or restart stays
 * in kiosk mode), after every announced change, and when the window gets the focus back (another
 * window of the browser host may have started it).
 */
export function useKioskMode(): KioskMode {
  // Asked for at start (main.ts) together with the settings: usually here before the first render.
  const [mode, setMode] = useState<KioskMode>(() => {
    const primed = primedCalls.outcome('kiosk.status', {});
    return primed && 'data' in primed
      ? { checked: true, status: primed.data }
      : { checked: false, status: { active: false } };
  });

  useEffect(() => {
    let current = true;
    // An answer to a check that was asked before the latest change is out of date.
    let generation = 0;
    const check = () => {
      const asked = ++generation;
      const fresh = () => current && asked === generation;
      (primedCalls.take('kiosk.status', {}) ?? invoke('kiosk.status', {})).then(
        (status) => fresh() && setMode({ checked: true, status }),
        () => fresh() && setMode((previous) => ({ ...previous, checked: true })),
      );
    };
    const onChanged = (event: Event) => {
      generation++;
      setMode({ checked: true, status: (event as CustomEvent<KioskStatus>).detail });
    };
    check();
    window.addEventListener(CHANGED, onChanged);
    window.addEventListener('focus', check);
    return () => {
      current = false;
      window.removeEventListener(CHANGED, onChanged);
      window.removeEventListener('focus', check);
    };
  }, []);

  return mode;
}
