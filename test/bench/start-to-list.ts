/**
 * From starting Klantspiegel to the engagement list on screen, on a workspace with 501
 * engagements: the browser host (out/main/browser-host.js, as `npm run start:browser` and the
 * end-to-end tests start it) in a fresh process, and Debian's Chromium (already running, as a
 * desktop window would be) loading the app until the list's last row is visible. Every start
 * opens the workspace anew: its checks, the start-up backup when due, the renderer's first
 * load, the list query.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workspace } from '@main/core/workspace';
import { appBuildFile, type BenchFigure } from './measure';
import { seedEngagements } from './synthetic-engagement';

const ENGAGEMENTS = 501;
const STARTS = 5;
const CHROMIUM = '/usr/bin/chromium';

/** Starts the host on `dataDir`; resolves with its address and a way to stop it. */
function startHost(dataDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [appBuildFile('browser-host.js'), '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Open: (\S+)/.exec(output)?.[1];
      if (!url) return;
      resolve({
        url,
        stop: () =>
          new Promise((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`browser host exited with ${code}:\n${output}`)));
  });
}

export async function benchStartToList(): Promise<BenchFigure[]> {
  if (!existsSync(CHROMIUM)) {
    return [
      { label: 'start → list', value: Number.NaN, unit: 'ms', note: `${CHROMIUM} not found` },
    ];
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'klantspiegel-bench-start-'));
  // Loaded here only: Playwright would add tens of MB to every other case's memory figures.
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const workspace = Workspace.open(dataDir);
    seedEngagements(workspace, ENGAGEMENTS);
    workspace.close();
    const toList: number[] = [];
    const toHost: number[] = [];
    const toQuery: number[] = [];
    for (let start = 0; start < STARTS; start++) {
      const page = await browser.newPage();
      const begin = performance.now();
      const host = await startHost(dataDir);
      toHost.push(performance.now() - begin);
      // When the list's query was answered (the rest is the browser drawing it).
      const listed = page
        .waitForResponse((response) => response.url().endsWith('/engagements.list'))
        .then(() => toQuery.push(performance.now() - begin));
      await page.goto(host.url);
      await page
        .getByTestId('engagement-row')
        .nth(ENGAGEMENTS - 1)
        .waitFor({ state: 'visible' });
      toList.push(performance.now() - begin);
      await listed;
      await page.close();
      await host.stop();
    }
    const first = toList[0]!;
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    return [
      {
        label: `start → list of ${ENGAGEMENTS} engagements in Chromium (median of ${STARTS})`,
        value: median(toList),
        unit: 'ms',
        goal: 1000,
        note: `first start ${Math.round(first)} ms (with the start-up backup); host ready after ${Math.round(median(toHost))} ms, list answered after ${Math.round(median(toQuery))} ms`,
      },
    ];
  } finally {
    await browser.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
