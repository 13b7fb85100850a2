import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { createHash } from 'node:crypto';
import { test, expect } from './support/fixtures';
import { DataSafetyPages } from './pages/data-safety';

/** A 0.5 MB archive around 400 MB of JSON, with a valid checksum (the review's finding 1). */
async function archiveBomb(): Promise<Buffer> {
  const gzip = createGzip({ level: 1 });
  const parts: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => parts.push(chunk));
  const done = new Promise((resolveDone) => gzip.on('end', resolveDone));
  const block = Buffer.from(`"${'x'.repeat(1024 * 1024 - 3)}",`);
  const write = (chunk: Buffer) =>
    new Promise<void>((ready) => (gzip.write(chunk) ? ready() : gzip.once('drain', ready)));
  await write(Buffer.from('{"format":"klantspiegel.engagement-archive","x":['));
  for (let i = 0; i < 400; i++) await write(block);
  gzip.end(Buffer.from('""]}'));
  await done;
  const payload = Buffer.concat(parts);
  const hash = createHash('sha256').update(payload).digest();
  return Buffer.concat([Buffer.from('KLSPARCH', 'latin1'), Buffer.from([1, 0]), hash, payload]);
}

test('a hostile archive is refused and the browser host keeps answering', async ({
  host,
  request,
}) => {
  const headers = { 'x-klantspiegel-token': host.token, Origin: host.origin };
  const bomb = await archiveBomb();
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
