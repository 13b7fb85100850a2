import type { App, Session, WebContents } from 'electron';

/**
 * Electron's security checklist, in one place: no navigation away from the app, no new
 * windows, no webviews, every permission request denied but one (see allowsPermission).
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

export function hardenSession(session: Session, rendererIndexUrl: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(allowsPermission(permission, details, rendererIndexUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    allowsPermission(permission, details, rendererIndexUrl),
  );
  session.setDevicePermissionHandler(() => false);
}

/**
 * The one permission granted: the app's own page (main frame) may fill the screen through the
 * Fullscreen API, which the live session's projector view uses. Electron routes an element's
 * requestFullscreen() through the permission handler, so denying it would silently keep the
 * projector in a window. Everything else, and every other page, is refused.
 */
export function allowsPermission(
  permission: string,
  requester: { requestingUrl?: string; isMainFrame: boolean },
  rendererIndexUrl: string,
): boolean {
  return (
    permission === 'fullscreen' &&
    requester.isMainFrame &&
    isTrustedSender(requester.requestingUrl, rendererIndexUrl)
  );
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
