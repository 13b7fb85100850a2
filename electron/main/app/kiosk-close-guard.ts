/**
 * While the kiosk runs, its window may not be closed: Alt+F4, the window's close button or
 * Cmd+Q would otherwise hand the laptop back to whoever stands at it, without the PIN. The only
 * ways out are the PIN (kiosk.exit) and the consultant's `--end-kiosk` switch at start-up.
 *
 * Kept apart from window.ts and free of Electron imports, so the unit tests can drive it with a
 * stand-in window.
 */

/** The part of Electron's BrowserWindow this guard needs. */
export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
}

/**
 * Cancels every close of `window` while `kioskActive()` says the kiosk runs; `onRefused` lets
 * the shell show the window again (it stays in front, full screen). Quitting the app closes its
 * windows first, so a prevented close also cancels a quit.
 */
export function guardKioskClose(
  window: ClosableWindow,
  kioskActive: () => boolean,
  onRefused: () => void = () => {},
): void {
  window.on('close', (event) => {
    if (!kioskActive()) return;
    event.preventDefault();
    onRefused();
  });
}
