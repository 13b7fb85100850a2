import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect } from '@playwright/test';
import { newDataDir } from './support/browser-host';

// The built command line (npm run build), as a consultant runs it.
const CLI = resolve('out/main/cli.js');

function klantspiegel(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
}

test('klantspiegel paper: --help, a questionnaire file, and a clear message for bad input', () => {
  const help = klantspiegel('paper', '--help');
  expect(help.status).toBe(0);
  expect(help.stdout).toContain('klantspiegel paper --instrument <id|file.json>');

  const out = join(newDataDir(), 'vragenlijst.docx');
  const written = klantspiegel(
    'paper',
    '--instrument',
    'klantgerichtheidsscan',
    '--groups',
    'Productie=3,Verkoop',
    '--out',
    out,
  );
  expect(written.stderr).toBe('');
  expect(written.status).toBe(0);
  expect(written.stdout).toMatch(/klantgerichtheidsscan v\d+ \(nl\), 3 pre-numbered forms/);
  expect(existsSync(out)).toBe(true);
  expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');

  const bad = klantspiegel(
    'paper',
    '--instrument',
    'klantgerichtheidsscan',
    '--language',
    'de',
    '--out',
    out,
  );
  expect(bad.status).toBe(1);
  expect(bad.stderr).toBe('klantspiegel: --language must be nl or en.\n');
});
