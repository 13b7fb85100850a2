import type { KlantspiegelBridge } from '@shared/ipc/channel';
import { decodeWire, encodeWire, fromStructuredClone } from '@shared/ipc/wire';

/**
 * The only module that knows how the renderer reaches the main-process handlers: through the
 * preload's bridge inside Electron, or over HTTP to the loopback browser host.
 */
export interface Transport {
  kind: 'electron' | 'browser';
  invoke(name: string, arg: unknown): Promise<unknown>;
}

declare global {
  interface Window {
    klantspiegel?: KlantspiegelBridge;
  }
}

const TOKEN_KEY = 'klantspiegel.token';
export const TOKEN_HEADER = 'x-klantspiegel-token';

export function createTransport(): Transport {
  const bridge = window.klantspiegel;
  if (bridge) {
    return {
      kind: 'electron',
      invoke: async (name, arg) => fromStructuredClone(await bridge.invoke(name, arg)),
    };
  }
  const token = takeBrowserHostToken();
  return {
    kind: 'browser',
    async invoke(name, arg) {
      const response = await fetch(`/api/invoke/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: encodeWire(arg ?? {}),
      });
      if (response.status === 413) return { ok: false, error: { key: 'errors.requestTooLarge' } };
      if (!response.ok) {
        return {
          ok: false,
          error: { key: 'errors.hostUnavailable', params: { status: response.status } },
        };
      }
      return decodeWire(await response.text());
    },
  };
}

/**
 * The browser host prints a URL with the token in the fragment (never sent over the wire). Keep it
 * for this tab so reloads work, and drop it from the address bar.
 */
function takeBrowserHostToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}
