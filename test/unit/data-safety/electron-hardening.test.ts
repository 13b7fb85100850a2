/**
 * Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security), item
 * by item where it applies to Klantspiegel, checked on the real settings and handlers. Electron
 * itself is not loaded: the handlers are driven through fake WebContents, Session and App objects.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { App, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '@main/security/csp';
import { hardenApp, hardenSession, hardenWebContents } from '@main/security/harden';
import { SECURE_WEB_PREFERENCES } from '@main/security/web-preferences';

const require = createRequire(import.meta.url);

type Listener = (...args: unknown[]) => unknown;

function fakeWebContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: Listener | undefined;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: Listener) {
      openHandler = handler;
    },
  };
  const emit = (event: string, ...args: unknown[]) => {
    let prevented = false;
    const domEvent = { preventDefault: () => (prevented = true) };
    for (const listener of listeners.get(event) ?? []) listener(domEvent, ...args);
    return { prevented, handled: (listeners.get(event) ?? []).length > 0 };
  };
  return {
    contents: contents as unknown as WebContents,
    emit,
    open: (url: string) => openHandler?.({ url }),
  };
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

describe('Electron security checklist', () => {
  it('2–4, 6, 8–11: webPreferences isolate and sandbox the renderer', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      contextIsolation: true,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(SECURE_WEB_PREFERENCES).not.toHaveProperty('enableBlinkFeatures');
    // The window uses exactly these, adding only its preload script.
    const window = readFileSync('electron/main/app/window.ts', 'utf8');
    const preferences = /webPreferences:\s*\{([^}]*)\}/.exec(window)?.[1] ?? '';
    expect(preferences.replace(/\s+/g, ' ').trim()).toMatch(
      /^\.\.\.SECURE_WEB_PREFERENCES, preload: builtFile\(outDir, 'preload'\),?$/,
    );
  });

  it('1, 7: the CSP allows no remote content, no eval, no plugins, no frames', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    for (const [name, values] of policy) {
      for (const value of values) {
        expect(value, name).not.toMatch(/unsafe-eval|wasm-unsafe-eval|^https?:|^ws|^\*|^http:\/\//);
      }
    }
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('12–14: navigation, redirects, webviews and new windows are refused', () => {
    const { contents, emit, open } = fakeWebContents();
    hardenWebContents(contents);
    expect(emit('will-navigate', 'https://example.com/')).toEqual({
      prevented: true,
      handled: true,
    });
    expect(emit('will-redirect', 'https://example.com/')).toEqual({
      prevented: true,
      handled: true,
    });
    expect(emit('will-attach-webview', {}, {})).toEqual({ prevented: true, handled: true });
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
  });

  it('every web contents the app creates is hardened, not just the main window', () => {
    let created: Listener | undefined;
    const app = {
      on: (event: string, listener: Listener) => {
        if (event === 'web-contents-created') created = listener;
      },
    } as unknown as App;
    hardenApp(app);
    const { contents, emit, open } = fakeWebContents();
    created?.({}, contents);
    expect(emit('will-navigate', 'https://evil.example/').prevented).toBe(true);
    expect(open('https://evil.example/')).toEqual({ action: 'deny' });
  });

  it('5: every permission request and check is denied, but full screen for the app itself', () => {
    const handlers: Record<string, Listener> = {};
    const session = {
      setPermissionRequestHandler: (handler: Listener) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: Listener) => (handlers.check = handler),
      setDevicePermissionHandler: (handler: Listener) => (handlers.device = handler),
    } as unknown as Session;
    const appPage = 'file:///opt/Klantspiegel/resources/app.asar/out/renderer/index.html';
    hardenSession(session, appPage);
    const request = (permission: string, details: object) => {
      let granted: unknown;
      handlers.request?.({}, permission, (answer: boolean) => (granted = answer), details);
      return granted;
    };
    const check = (permission: string, details: object) =>
      handlers.check?.({}, permission, 'file://', details);
    const fromApp = { requestingUrl: `${appPage}#/engagements/1/questionnaire`, isMainFrame: true };
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
      'automatic-fullscreen',
      'pointerLock',
      'keyboardLock',
    ]) {
      expect(request(permission, fromApp), permission).toBe(false);
      expect(check(permission, fromApp), permission).toBe(false);
    }
    // The projector view fills the screen through the Fullscreen API: only the app's own page.
    expect(request('fullscreen', fromApp)).toBe(true);
    expect(check('fullscreen', fromApp)).toBe(true);
    for (const stranger of [
      { requestingUrl: 'https://evil.example/', isMainFrame: true },
      { requestingUrl: 'file:///tmp/index.html', isMainFrame: true },
      { requestingUrl: fromApp.requestingUrl, isMainFrame: false },
      { isMainFrame: true },
    ]) {
      expect(request('fullscreen', stranger), JSON.stringify(stranger)).toBe(false);
      expect(check('fullscreen', stranger), JSON.stringify(stranger)).toBe(false);
    }
    expect(handlers.device?.({ deviceType: 'usb' })).toBe(false);
  });

  it('17, 20: the preload exposes one function and main checks the sender of every call', () => {
    const preload = readFileSync('electron/preload/index.ts', 'utf8');
    expect(preload.match(/exposeInMainWorld/g)).toHaveLength(1);
    expect(preload).toMatch(
      /invoke: \(name: string, arg: unknown\) => ipcRenderer\.invoke\(IPC_CHANNEL, name, arg\)/,
    );
    expect(preload).not.toMatch(/ipcRenderer\.(on|send)\b|require\(/);
    const bridge = readFileSync('electron/main/app/ipc-bridge.ts', 'utf8');
    expect(bridge).toMatch(
      /if \(!isTrustedSender\(event\.senderFrame\?\.url, rendererIndexUrl\)\)/,
    );
  });

  it('15: no shell.openExternal with content from the renderer', () => {
    for (const file of [
      'electron/main/app/menu.ts',
      'electron/main/index.ts',
      'electron/main/app/window.ts',
    ]) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/openExternal/);
    }
  });

  it('16: a supported Electron major version', () => {
    const version = (require('electron/package.json') as { version: string }).version;
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(38);
  });
});

describe('fuses flipped by electron-builder afterPack (19)', () => {
  it('turns off RunAsNode, NODE_OPTIONS, --inspect and file:// privileges; checks the ASAR', async () => {
    const { FuseV1Options, FuseState, getCurrentFuseWire } = await import('@electron/fuses');
    // A stand-in for the Electron binary: padding, the fuse sentinel and a wire of 9 fuses, all
    // in Electron's shipped default state for the ones that matter.
    const sentinel = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX');
    const wire = Buffer.from([
      FuseState.ENABLE, // RunAsNode
      FuseState.DISABLE, // EnableCookieEncryption
      FuseState.ENABLE, // EnableNodeOptionsEnvironmentVariable
      FuseState.ENABLE, // EnableNodeCliInspectArguments
      FuseState.DISABLE, // EnableEmbeddedAsarIntegrityValidation
      FuseState.DISABLE, // OnlyLoadAppFromAsar
      FuseState.DISABLE, // LoadBrowserProcessSpecificV8Snapshot
      FuseState.ENABLE, // GrantFileProtocolExtraPrivileges
      FuseState.ENABLE, // WasmTrapHandlers
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'klantspiegel-fuses-'));
    try {
      for (const platform of ['linux', 'win32'] as const) {
        const appOutDir = join(dir, platform);
        const binary =
          platform === 'linux'
            ? join(appOutDir, 'klantspiegel')
            : join(appOutDir, 'Klantspiegel.exe');
        rmSync(appOutDir, { recursive: true, force: true });
        mkdirSync(appOutDir, { recursive: true });
        writeFileSync(
          binary,
          Buffer.concat([
            Buffer.alloc(4096, 7),
            sentinel,
            Buffer.from([1, wire.length]),
            wire,
            Buffer.alloc(512),
          ]),
        );
        const afterPack = (
          require('../../../electron/scripts/after-pack.cjs') as {
            default: (context: unknown) => Promise<void>;
          }
        ).default;
        await afterPack({
          electronPlatformName: platform,
          appOutDir,
          packager: {
            appInfo: { productFilename: 'Klantspiegel' },
            executableName: 'klantspiegel',
          },
        });
        const fuses = (await getCurrentFuseWire(binary)) as Record<number, number>;
        expect(fuses[FuseV1Options.RunAsNode], platform).toBe(FuseState.DISABLE);
        expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
        expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
        expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
        expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
        expect(fuses[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
        // ASAR integrity is checked where Electron supports it (macOS, Windows), not on Linux.
        expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(
          platform === 'linux' ? FuseState.DISABLE : FuseState.ENABLE,
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
