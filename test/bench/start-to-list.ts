/**
 * From starting Klantspiegel to the engagement list on screen, on a workspace with 501
 * engagements: the browser host (out/main/browser-host.js, as `npm run start:browser` and the
 * end-to-end tests start it) in a fresh process, and Debian's Chromium (already running, as a
 * desktop window would be) loading the app.
 *
 * "On screen" is what the consultant waits for: the list's first rows drawn and its count (501)
 * shown, checked every animation frame. The list draws only the rows in view, so the first
 * screenful is all there is to wait for; a build that draws every row (before the list was
 * virtual) counts as shown once all 501 rows are in the page.
 *
 * Cold: a fresh host process per start (its module loading, opening the workspace with its
 * checks, the start-up backup on the first start, serving the page, the first calls) and a new
 * tab, the clock started once Chromium is idle (`chromiumIdle`). Warm: reloading the page of a
 * running host. Each start's phases are recorded, so a slow figure says where the time went.
 *
 * The host keeps Node's compile cache in the user's cache folder (core/compile-cache.ts), here a
 * folder of the bench's own (KLANTSPIEGEL_CACHE_DIR). Cold starts are measured both ways, taking
 * turns: with the cache as a user has it after the first start, and with an empty cache (the
 * first start after an install or update).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { Workspace } from '@main/core/workspace';
import { appBuildFile, median, type BenchFigure } from './measure';
import { seedEngagements } from './synthetic-engagement';

const ENGAGEMENTS = 501;
const STARTS = 7;
const RELOADS = 5;
const GOAL_MS = 1000;
const CHROMIUM = '/usr/bin/chromium';
const API_PREFIX = '/api/invoke/';
/**
 * BENCH_TRACE=<folder> writes a Chrome trace of each cold start's page there (open it in
 * DevTools' Performance panel), to see where the page's time goes. Tracing slows the page a
 * little: figures of such a run are for reading the trace, not for comparing.
 */
const TRACE_DIR = process.env.BENCH_TRACE;
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
  'netlog',
];

interface Host {
  url: string;
  child: ChildProcess;
  stop: () => Promise<void>;
}

/** Starts the host on `dataDir` with `cacheDir` as its cache folder; resolves once it prints its address. */
function startHost(dataDir: string, cacheDir: string): Promise<Host> {
  // Without NODE_COMPILE_CACHE, which would take precedence over the host's own cache folder.
  const { NODE_COMPILE_CACHE: _nodeCache, ...env } = process.env;
  const child = spawn(process.execPath, [appBuildFile('browser-host.js'), '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...env, KLANTSPIEGEL_CACHE_DIR: cacheDir },
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Open: (\S+)/.exec(output)?.[1];
      if (!url) return;
      child.stdout.off('data', onData);
      child.stderr.off('data', onData);
      resolve({
        url,
        child,
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

/** CPU time (user + system) a process has used so far, in ms (Linux /proc; NaN elsewhere). */
function cpuMs(pid: number | undefined): number {
  try {
    // Fields 14 and 15 after the command name: utime and stime in clock ticks (100 per second).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** The bench's child processes and theirs (Chromium's browser, GPU, network and tab processes). */
function descendantPids(): number[] {
  const parentOf = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return []; // No /proc (not Linux): the start goes ahead at once.
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 after the command name's closing bracket: the parent's pid.
      parentOf.set(
        Number(entry),
        Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]),
      );
    } catch {
      // The process ended meanwhile.
    }
  }
  const found = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of parentOf) {
      if (found.has(parent) && !found.has(pid)) {
        found.add(pid);
        grew = true;
      }
    }
  }
  found.delete(process.pid);
  return [...found];
}

/**
 * Resolves once Chromium is idle, as a desktop browser is when the consultant starts the app:
 * its processes used at most one clock tick (10 ms) of CPU in the last `IDLE_WINDOW_MS`.
 *
 * Playwright's `newPage` opens a fresh browser context, and its tab's process goes on starting
 * after `newPage` has resolved: 0.5–1 s of CPU that, on a 2-core machine, competed with the
 * measured start, though that process never shows the app (the app's address is another site,
 * so Chromium navigates in a process of its own, which the figure includes). Where /proc is not
 * there, or Chromium never settles (IDLE_LIMIT_MS), the start goes ahead.
 */
async function chromiumIdle(): Promise<void> {
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const chromiumCpu = () => descendantPids().reduce((sum, pid) => sum + (cpuMs(pid) || 0), 0);
  const deadline = performance.now() + IDLE_LIMIT_MS;
  const samples: number[] = [];
  while (performance.now() < deadline) {
    samples.push(chromiumCpu());
    const window = IDLE_WINDOW_MS / IDLE_SAMPLE_MS;
    if (samples.length > window && samples.at(-1)! - samples.at(-1 - window)! <= 10) return;
    await pause(IDLE_SAMPLE_MS);
  }
}
const IDLE_SAMPLE_MS = 50;
const IDLE_WINDOW_MS = 300;
const IDLE_LIMIT_MS = 5_000;

/**
 * Resolves when the list shows its first rows and the count of all engagements: the count in
 * its own element, or (a build that draws every row) all rows in the page.
 *
 * A plain function evaluated in the page, checking every animation frame: not Playwright's
 * `waitForFunction`, which first installs Playwright's own injected script in the page. In a
 * fresh renderer that took 25–124 ms of the page's main thread (the traces' "EvaluateScript"),
 * right while the app's scripts arrived, so the bench counted its own tool as the app's time.
 */
function listShown(page: Page): Promise<void> {
  return page.evaluate(
    ({ total, timeoutMs }) =>
      new Promise<void>((resolve, reject) => {
        const deadline = performance.now() + timeoutMs;
        const check = () => {
          const rows = document.querySelectorAll('[data-testid="engagement-row"]');
          const first = rows[0]?.getBoundingClientRect();
          const count = document.querySelector('[data-testid="engagement-count"]');
          const shown =
            first !== undefined &&
            first.height > 0 &&
            first.top <= window.innerHeight &&
            (count ? (count.textContent ?? '').includes(String(total)) : rows.length === total);
          if (shown) resolve();
          else if (performance.now() > deadline)
            reject(new Error(`list not shown in ${timeoutMs} ms`));
          else requestAnimationFrame(check);
        };
        check();
      }),
    { total: ENGAGEMENTS, timeoutMs: 30_000 },
  );
}

/** When (ms after `begin`) the page's requests were sent and answered. */
class RequestLog {
  readonly times = new Map<string, number>();

  constructor(page: Page, begin: number) {
    const key = (url: string) => {
      const path = new URL(url).pathname;
      return path.startsWith(API_PREFIX) ? path.slice(API_PREFIX.length) : path;
    };
    const note = (name: string) => {
      if (!this.times.has(name)) this.times.set(name, performance.now() - begin);
    };
    page.on('request', (request) => {
      const name = key(request.url());
      note(`sent ${name}`);
      if (request.url().includes(API_PREFIX)) note('first call sent');
    });
    page.on('requestfinished', (request) => note(`done ${key(request.url())}`));
  }

  at(name: string): number {
    return this.times.get(name) ?? Number.NaN;
  }
}

interface Start {
  hostListening: number;
  pageServed: number;
  firstCall: number;
  listAnswered: number;
  shown: number;
  hostCpu: number;
}

const ms = (value: number) => `${Math.round(value)} ms`;

export async function benchStartToList(): Promise<BenchFigure[]> {
  const label = `start → list shows its first rows and the count ${ENGAGEMENTS} (Chromium)`;
  if (!existsSync(CHROMIUM)) {
    return [{ label, value: Number.NaN, unit: 'ms', note: `${CHROMIUM} not found` }];
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'klantspiegel-bench-start-'));
  const benchDir = mkdtempSync(join(tmpdir(), 'klantspiegel-bench-start-cache-'));
  // The user's cache folder: kept between starts, or emptied before each.
  const keptCache = join(benchDir, 'kept');
  const emptyCache = join(benchDir, 'empty');
  // Loaded here only: Playwright would add tens of MB to every other case's memory figures.
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const workspace = Workspace.open(dataDir);
    seedEngagements(workspace, ENGAGEMENTS);
    workspace.close();
    const starts: Start[] = [];
    const emptyStarts: Start[] = [];
    const reloads: number[] = [];
    // Start 0 (the day's backup, and the compile cache filled) and then, taking turns, a start
    // with the cache kept and one with the cache emptied.
    for (let run = 0; run < 2 * STARTS - 1; run++) {
      const withEmptyCache = run > 0 && run % 2 === 0;
      if (withEmptyCache) {
        rmSync(emptyCache, { recursive: true, force: true });
        mkdirSync(emptyCache);
      }
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await chromiumIdle();
      if (TRACE_DIR) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      const begin = performance.now();
      const requests = new RequestLog(page, begin);
      const host = await startHost(dataDir, withEmptyCache ? emptyCache : keptCache);
      const hostListening = performance.now() - begin;
      await page.goto(host.url, { waitUntil: 'commit' });
      await listShown(page);
      const shown = performance.now() - begin;
      if (TRACE_DIR) {
        const name = `start-${run}-${withEmptyCache ? 'empty' : 'kept'}-cache.json`;
        writeFileSync(join(TRACE_DIR, name), await browser.stopTracing());
      }
      (withEmptyCache ? emptyStarts : starts).push({
        hostListening,
        pageServed: requests.at('done /'),
        firstCall: requests.at('first call sent'),
        listAnswered: requests.at('done engagements.list'),
        shown,
        hostCpu: cpuMs(host.child.pid),
      });
      // Warm: the same host, the page reloaded (after the first start only, to keep it short).
      if (run === 0) {
        for (let reload = 0; reload < RELOADS; reload++) {
          const again = performance.now();
          await page.reload({ waitUntil: 'commit' });
          await listShown(page);
          reloads.push(performance.now() - again);
        }
      }
      await page.close();
      await host.stop();
    }
    const first = starts[0]!;
    // The first start makes the day's backup; the median is over the starts after it.
    const later = starts.slice(1);
    const cold = (series: Start[], cache: string, extra: string): BenchFigure => {
      const phase = (pick: (start: Start) => number) => median(series.map(pick));
      return {
        label: `${label}, cold: fresh host, ${cache} (median of ${series.length})`,
        value: phase((s) => s.shown),
        unit: 'ms',
        goal: GOAL_MS,
        note:
          `host listening ${ms(phase((s) => s.hostListening))}, page served ${ms(phase((s) => s.pageServed))}, ` +
          `first call sent ${ms(phase((s) => s.firstCall))}, list answered ${ms(phase((s) => s.listAnswered))}; ` +
          `host CPU (user+sys) ${ms(phase((s) => s.hostCpu))}; ${extra}` +
          `all: ${series.map((s) => Math.round(s.shown)).join(', ')} ms`,
      };
    };
    return [
      cold(
        later,
        'compile cache as after the first start',
        `very first start (with the day's backup, filling the cache) ${ms(first.shown)}; `,
      ),
      cold(emptyStarts, 'empty compile cache (first start after install)', ''),
      {
        label: `${label}, warm: page reloaded (median of ${RELOADS})`,
        value: median(reloads),
        unit: 'ms',
        goal: GOAL_MS,
        note: `all: ${reloads.map(Math.round).join(', ')} ms`,
      },
    ];
  } finally {
    await browser.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(benchDir, { recursive: true, force: true });
  }
}
