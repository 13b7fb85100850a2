import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { archiveBomb } from '@test/unit/data-safety/hostile-generators';
import { test, expect } from './support/fixtures';
import { newDataDir } from './support/browser-host';
import { DataSafetyPages } from './pages/data-safety';

test('a hostile archive is refused and the browser host keeps answering', async ({
  host,
  request,
}) => {
  const headers = { 'x-klantspiegel-token': host.token, Origin: host.origin };
  // The review's finding 1: a 0.5 MB archive around 400 MB of JSON, with a valid checksum.
  const bomb = Buffer.from(await archiveBomb(400));
  expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
  const refused = await request.post(`${host.origin}/api/invoke/archives.import`, {
    headers,
    data: { fileName: 'bomb.klantspiegel', bytes: { $bytes: bomb.toString('base64') } },
  });
  expect(refused.status()).toBe(200);
  expect(await refused.json()).toMatchObject({ ok: false, error: { key: 'archive.tooLarge' } });
  const info = await request.post(`${host.origin}/api/invoke/app.info`, { headers, data: {} });
  expect(await info.json()).toMatchObject({ ok: true, value: { dataDir: host.dataDir } });
  expect(host.process.exitCode).toBeNull();
});

test('a second browser host on the same data folder is refused with a clear message', async ({
  host,
}) => {
  const second = spawn(
    process.execPath,
    [resolve('out/main/browser-host.js'), '--data-dir', host.dataDir],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LANG: 'nl_NL.UTF-8' } },
  );
  let output = '';
  second.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  second.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((done) => second.once('exit', done));
  expect(code).toBe(2);
  expect(output).toContain(`Klantspiegel is al geopend op de gegevensmap ${host.dataDir}`);
  expect(output).not.toContain('Open: http');
});

test('a damaged workspace: the host stops with a clear message, also when no page is opened', async () => {
  const dataDir = newDataDir();
  const file = join(dataDir, 'workspace.sqlite');
  const damaged = Buffer.concat([Buffer.from('SQLite format 3\u0000'), Buffer.alloc(4096, 7)]);
  writeFileSync(file, damaged);
  // The host offers its address and its page first; the workspace opens right after (here,
  // with no page asked for, shortly after the start) and is refused untouched.
  const host = spawn(
    process.execPath,
    [resolve('out/main/browser-host.js'), '--data-dir', dataDir],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LANG: 'en_GB.UTF-8' },
    },
  );
  let output = '';
  host.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  host.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((done) => host.once('exit', done));
  expect(code).toBe(2);
  expect(output).toContain(`The workspace file ${file} is damaged and cannot be opened.`);
  expect(readFileSync(file).equals(damaged)).toBe(true);
});

test('archive and remove also removes the engagement from the backups, as offered', async ({
  page,
  host,
}) => {
  const data = new DataSafetyPages(page);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Voorbeeldopdracht maken' }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText('Voorbeeld');
  await data.openDataScreen();
  await data.makeBackup();
  await page.getByRole('link', { name: 'Opdrachten', exact: true }).click();
  await page.getByTestId('engagement-row').getByRole('link').first().click();
  await page.getByRole('button', { name: 'Opdracht afronden' }).click();
  await data.openArchiveTab();
  await data.archiveAndRemove('geheime wachtwoordzin');
  await expect(
    page.getByRole('status').filter({ hasText: 'uit 1 back-up verwijderd' }),
  ).toBeVisible();
});
