import { _electron as electron, expect, test } from '@playwright/test';
import { newDataDir } from './support/browser-host';
import { installedElectronBinary } from './support/electron-binary';

const binary = installedElectronBinary();

test.describe('the desktop app in Electron', () => {
  test.skip(
    !binary,
    'Electron binary not downloaded on this machine (no network); browser-host tests cover the UI',
  );

  test('opens one hardened window and stores an engagement in its data folder', async () => {
    const app = await electron.launch({
      executablePath: binary ?? undefined,
      args: ['.', '--no-sandbox'],
      env: { ...process.env, KLANTSPIEGEL_DATA_DIR: newDataDir() },
    });
    const page = await app.firstWindow();
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    // No Node in the page, and exactly one function from the preload.
    const exposed = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys((globalThis as { klantspiegel?: object }).klantspiegel ?? {}),
    }));
    expect(exposed).toEqual({ require: 'undefined', process: 'undefined', bridge: ['invoke'] });
    // Navigation away from the app and new windows are refused.
    const before = page.url();
    await page.evaluate(() => {
      window.open('https://example.com');
      window.location.href = 'https://example.com';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

    await page
      .getByRole('link', { name: /Nieuwe opdracht|New engagement/ })
      .first()
      .click();
    await page.getByLabel(/Klantnaam|Client name/).fill('Electron BV');
    await page.getByRole('button', { name: /Opdracht aanmaken|Create engagement/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Electron BV');
    await app.close();
  });

  test('lets the app fill the screen through the Fullscreen API (the projector view uses it)', async () => {
    const app = await electron.launch({
      executablePath: binary ?? undefined,
      args: ['.', '--no-sandbox'],
      env: { ...process.env, KLANTSPIEGEL_DATA_DIR: newDataDir() },
    });
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    const windowIsFullScreen = () =>
      app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.isFullScreen());
    expect(await windowIsFullScreen()).toBe(false);
    // Playwright evaluates with a user gesture, as the projector's button click would.
    expect(await page.evaluate(() => document.fullscreenEnabled)).toBe(true);
    await page.evaluate(() => document.body.requestFullscreen());
    await expect
      .poll(() => page.evaluate(() => document.fullscreenElement === document.body))
      .toBe(true);
    await expect.poll(windowIsFullScreen).toBe(true);
    await page.evaluate(() => document.exitFullscreen());
    await expect.poll(windowIsFullScreen).toBe(false);
    await app.close();
  });
});
