import type { App, Session, WebContents } from 'electron';

/**
 * Electron's security checklist, in one place: no navigation away from the app, no new
 * windows, no webviews, every permission request denied.
 */
export function hardenApp(app: App): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Only our own page may call the API: a file:// URL inside the app's renderer folder. */
export function isTrustedSender(frameUrl: string | undefined, rendererIndexUrl: string): boolean {
  if (!frameUrl) return false;
  try {
    const frame = new URL(frameUrl);
    const trusted = new URL(rendererIndexUrl);
    return frame.protocol === 'file:' && frame.pathname === trusted.pathname;
  } catch {
    return false;
  }
}
