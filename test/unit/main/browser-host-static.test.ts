/**
 * The browser host serves the built renderer from memory: a file is read once, content-named
 * assets may be kept by the browser, the page itself never.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '@main/browser-host/server';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function pageHost(): Promise<{ host: BrowserHost; staticDir: string; requests: number[] }> {
  const staticDir = mkdtempSync(join(tmpdir(), 'klantspiegel-page-'));
  cleanup.push(() => rmSync(staticDir, { recursive: true, force: true }));
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><script src="./app.js"></script>');
  writeFileSync(join(staticDir, 'assets', 'index-Bwst4DUB.js'), 'console.log("app");');
  const requests = [0, 0];
  const host = await startBrowserHost({
    dispatch: (name) => Promise.resolve({ ok: true, value: { name } }),
    staticDir,
    requests: { started: () => requests[0]!++, ended: () => requests[1]!++ },
  });
  cleanup.push(() => host.close());
  return { host, staticDir, requests };
}

const get = (host: BrowserHost, path: string) => fetch(`http://127.0.0.1:${host.port}${path}`);

it('serves a file as first read, keeps content-named assets cacheable and the page not', async () => {
  const { host, staticDir } = await pageHost();
  const page = await get(host, '/');
  expect(await page.text()).toContain('app.js');
  expect(page.headers.get('cache-control')).toBe('no-store');
  expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  const script = await get(host, '/assets/index-Bwst4DUB.js');
  expect(await script.text()).toBe('console.log("app");');
  expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  // Served from memory: a change on disk after the first read is not seen (a build is a start).
  writeFileSync(join(staticDir, 'assets', 'index-Bwst4DUB.js'), 'changed');
  expect(await (await get(host, '/assets/index-Bwst4DUB.js')).text()).toBe('console.log("app");');
  // A missing file stays a 404, and is looked for again once it exists.
  expect((await get(host, '/assets/later-AAAAAAAA.js')).status).toBe(404);
  writeFileSync(join(staticDir, 'assets', 'later-AAAAAAAA.js'), 'later');
  expect(await (await get(host, '/assets/later-AAAAAAAA.js')).text()).toBe('later');
});

it('tells of every request, file or call, as it starts and once it is answered', async () => {
  const { host, requests } = await pageHost();
  await (await get(host, '/')).text();
  await (
    await fetch(`http://127.0.0.1:${host.port}/api/invoke/app.info`, {
      method: 'POST',
      headers: { 'x-klantspiegel-token': host.token, Origin: `http://127.0.0.1:${host.port}` },
      body: '{}',
    })
  ).text();
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(requests).toEqual([2, 2]);
});
