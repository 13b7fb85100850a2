/**
 * Finding 8 of the second review: a crafted archive header could demand a 9 s, 256 MB key
 * derivation before the passphrase was checked; an SVG logo could pull local image files into
 * the rendered PNG; in Electron the kiosk window could be closed without the PIN, and `app.info`
 * (with the data path) was allowed in kiosk mode (see kiosk-session.test.ts for that one).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IpcResponse } from '@shared/ipc/errors';
import type { StoredLogo } from '@shared/report/settings';
import {
  DEFAULT_SCRYPT,
  openArchive,
  scryptCostAllowed,
  sealArchive,
} from '@main/core/archive/container';
import { externalReference, isSelfContainedLogo, readLogo } from '@main/core/report/logo';
import { guardKioskClose } from '@main/app/kiosk-close-guard';
import { testDispatcher } from '@test/support/dispatcher';
import { tempWorkspace } from '@test/support/temp-workspace';
import { externalSvgLogos } from './hostile-generators';

const encode = (text: string) => new TextEncoder().encode(text);

/** An encrypted archive header with the given scrypt parameters (the rest random). */
function craftedHeader(log2N: number, r: number, p: number): Uint8Array {
  return new Uint8Array(
    Buffer.concat([
      Buffer.from('KLSPARCH', 'latin1'),
      Buffer.from([1, 1, log2N, r, p]),
      randomBytes(16 + 12 + 16 + 100 + 16),
    ]),
  );
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'opened';
  } catch (error) {
    return (error as { key?: string }).key ?? String(error);
  }
}

describe('key derivation of an archive', () => {
  it('a header asking for 256 MB (N = 2^20, r = 2) is refused before deriving anything', async () => {
    // Today's code derives first (9 s, 256 MB) and then says "wrong passphrase".
    expect(await refusal(openArchive(craftedHeader(20, 2, 1), 'een wachtwoordzin'))).toBe(
      'archive.unsafeKeyCost',
    );
  });

  it('caps memory at twice and work at four times the cost the app uses', () => {
    expect(scryptCostAllowed(DEFAULT_SCRYPT)).toBe(true);
    expect(scryptCostAllowed({ log2N: 16, r: 8, p: 1 })).toBe(true);
    expect(scryptCostAllowed({ log2N: 17, r: 8, p: 1 })).toBe(false);
    expect(scryptCostAllowed({ log2N: 15, r: 8, p: 4 })).toBe(true);
    expect(scryptCostAllowed({ log2N: 15, r: 8, p: 5 })).toBe(false);
    expect(scryptCostAllowed({ log2N: 9, r: 8, p: 1 })).toBe(false);
  });

  it('archives the app writes still open', async () => {
    const sealed = await sealArchive({ x: 1 }, 'correct horse battery');
    expect(await openArchive(sealed, 'correct horse battery')).toEqual({ x: 1 });
  });
});

describe('SVG logos', () => {
  it('with external references (files, URLs, <image>, entities) are refused on upload', async () => {
    const workspace = tempWorkspace();
    const { dispatch } = testDispatcher(workspace);
    for (const logo of externalSvgLogos()) {
      const response = (await dispatch('report.houseStyle.setLogo', {
        file: { fileName: logo.name, bytes: logo.bytes },
      })) as IpcResponse<unknown>;
      expect(response, new TextDecoder().decode(logo.bytes)).toMatchObject({
        ok: false,
        error: { key: 'report.logoExternal', params: { file: logo.name } },
      });
    }
    const style = (await dispatch('report.houseStyle.get', {})) as IpcResponse<{
      logo: unknown;
    }>;
    expect(style).toMatchObject({ ok: true, value: { logo: null } });
  });

  it('a self-contained SVG with its own gradients and fragment links is accepted', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ' +
      'width="240" height="80"><defs><linearGradient id="g"><stop offset="0" stop-color="#0072B2"/>' +
      '</linearGradient><path id="p" d="M0 0h10v10z"/></defs><rect width="240" height="80" ' +
      'fill="url(#g)"/><use xlink:href="#p"/><text x="10" y="50">Advies &amp; Co</text></svg>';
    expect(externalReference(svg)).toBeNull();
    expect(readLogo('logo.svg', encode(svg))).toMatchObject({ width: 240, height: 80 });
  });

  it('a logo stored before this check is left off the report rather than drawn', () => {
    const stored: StoredLogo = {
      fileName: 'oud.svg',
      mimeType: 'image/svg+xml',
      bytes: externalSvgLogos()[0]!.bytes,
      width: 200,
      height: 80,
    };
    expect(isSelfContainedLogo(stored)).toBe(false);
    const png = readFileSync('resources/icon.png');
    expect(isSelfContainedLogo({ ...stored, mimeType: 'image/png', bytes: png })).toBe(true);
  });
});

describe('the kiosk window', () => {
  function fakeWindow() {
    let listener: ((event: { preventDefault(): void }) => void) | undefined;
    return {
      window: {
        on: (_event: 'close', next: (event: { preventDefault(): void }) => void) => {
          listener = next;
        },
      },
      /** Alt+F4, the close button or Cmd+Q: true when the close went through. */
      close(): boolean {
        let prevented = false;
        listener?.({ preventDefault: () => (prevented = true) });
        return !prevented;
      },
    };
  }

  it('cannot be closed while the kiosk runs; after the PIN it can', () => {
    let kioskActive = true;
    let refused = 0;
    const { window, close } = fakeWindow();
    guardKioskClose(
      window,
      () => kioskActive,
      () => refused++,
    );
    expect(close()).toBe(false);
    expect(close()).toBe(false);
    expect(refused).toBe(2);
    kioskActive = false;
    expect(close()).toBe(true);
  });

  it('the desktop app guards its window with the live kiosk state', () => {
    const main = readFileSync('electron/main/index.ts', 'utf8');
    expect(main).toMatch(
      /guardKioskClose\(\s*window,\s*\(\) => kioskSessionOf\(holder\.current\)\.active/,
    );
  });
});
