/**
 * The browser host loads its handler table once the page's files are out (onPageServed), so
 * that loading does not hold up the page; a call before that waits for the table instead.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '@main/browser-host/server';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function pageHost(): Promise<{ host: BrowserHost; served: () => number }> {
  const staticDir = mkdtempSync(join(tmpdir(), 'klantspiegel-page-'));
  cleanup.push(() => rmSync(staticDir, { recursive: true, force: true }));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><script src="./app.js"></script>');
  writeFileSync(join(staticDir, 'app.js'), 'console.log("app");');
  writeFileSync(join(staticDir, 'app.css'), 'body { margin: 0 }');
  let calls = 0;
  const host = await startBrowserHost({
    dispatch: (name) => Promise.resolve({ ok: true, value: { name } }),
    staticDir,
    onPageServed: () => calls++,
  });
  cleanup.push(() => host.close());
  return { host, served: () => calls };
}

const get = (host: BrowserHost, path: string) =>
  fetch(`http://127.0.0.1:${host.port}${path}`).then((response) => response.text());
/** Longer than the host's pause after the last file (PAGE_QUIET_MS). */
const turn = () => new Promise((resolve) => setTimeout(resolve, 120));

it('tells once, after the page and its scripts have been served, not before', async () => {
  const { host, served } = await pageHost();
  expect(await get(host, '/')).toContain('app.js');
  await turn();
  expect(served()).toBe(0); // the page alone: its scripts are still to come
  // The script and the stylesheet requested together, as a browser does.
  const [script] = await Promise.all([get(host, '/app.js'), get(host, '/app.css')]);
  expect(script).toContain('console.log');
  await turn();
  expect(served()).toBe(1);
  await get(host, '/app.js'); // a reload: told once only
  await turn();
  expect(served()).toBe(1);
});
