/**
 * The browser host serves the built renderer from memory: a file is read once, content-named
 * assets may be kept by the browser, the page itself never.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { filesNamedByPage, startBrowserHost, type BrowserHost } from '@main/browser-host/server';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

const PAGE =
  '<!doctype html><script type="module" crossorigin src="./assets/index-Bwst4DUB.js"></script>' +
  '<link rel="modulepreload" crossorigin href="./assets/app-Cq2x9Z1a.js">' +
  '<link rel="icon" href="./logo.svg"><link rel="stylesheet" href="./assets/index-BLY0rHDP.css">';

async function pageHost(): Promise<{
  host: BrowserHost;
  staticDir: string;
  requests: number[];
  pagesServed: number[];
}> {
  const staticDir = mkdtempSync(join(tmpdir(), 'klantspiegel-page-'));
  cleanup.push(() => rmSync(staticDir, { recursive: true, force: true }));
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), PAGE);
  writeFileSync(join(staticDir, 'assets', 'index-Bwst4DUB.js'), 'console.log("app");');
  writeFileSync(join(staticDir, 'assets', 'app-Cq2x9Z1a.js'), 'export const app = 1;');
  const requests = [0, 0];
  const pagesServed = [0];
  const host = await startBrowserHost({
    dispatch: (name) => Promise.resolve({ ok: true, value: { name } }),
    staticDir,
    requests: {
      started: () => requests[0]!++,
      ended: () => requests[1]!++,
      pageServed: () => pagesServed[0]!++,
    },
  });
  cleanup.push(() => host.close());
  return { host, staticDir, requests, pagesServed };
}

const get = (host: BrowserHost, path: string) => fetch(`http://127.0.0.1:${host.port}${path}`);

it('serves a file as first read, keeps content-named assets cacheable and the page not', async () => {
  const { host, staticDir } = await pageHost();
  const page = await get(host, '/');
  expect(await page.text()).toBe(PAGE);
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

it('has the page and the files it names in memory before it offers its address', async () => {
  const { host, staticDir } = await pageHost();
  // Gone from disk after the start: what the page names was read ahead, anything else was not.
  rmSync(join(staticDir, 'index.html'));
  rmSync(join(staticDir, 'assets', 'index-Bwst4DUB.js'));
  rmSync(join(staticDir, 'assets', 'app-Cq2x9Z1a.js'));
  expect(await (await get(host, '/')).text()).toBe(PAGE);
  expect(await (await get(host, '/assets/index-Bwst4DUB.js')).text()).toBe('console.log("app");');
  expect(await (await get(host, '/assets/app-Cq2x9Z1a.js')).text()).toBe('export const app = 1;');
  // Named but missing (the style sheet): not found, and looked for again when asked.
  expect((await get(host, '/assets/index-BLY0rHDP.css')).status).toBe(404);
  writeFileSync(join(staticDir, 'assets', 'index-BLY0rHDP.css'), 'body {}');
  expect(await (await get(host, '/assets/index-BLY0rHDP.css')).text()).toBe('body {}');
});

it('tells when the page itself has been sent, not for its files or calls', async () => {
  const { host, pagesServed } = await pageHost();
  await (await get(host, '/assets/index-Bwst4DUB.js')).text();
  await (await get(host, '/assets/missing-AAAAAAAA.js')).text();
  expect(pagesServed).toEqual([0]);
  await (await get(host, '/')).text();
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(pagesServed).toEqual([1]);
  await (await get(host, '/index.html?again')).text();
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(pagesServed).toEqual([2]);
});

it('finds the files a page names by a relative address', () => {
  expect(filesNamedByPage(PAGE)).toEqual([
    'assets/index-Bwst4DUB.js',
    'assets/app-Cq2x9Z1a.js',
    'logo.svg',
    'assets/index-BLY0rHDP.css',
  ]);
  expect(filesNamedByPage('<script src="https://example.com/x.js"></script>')).toEqual([]);
});
