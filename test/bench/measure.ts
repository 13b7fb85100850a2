import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';

/** Timing helpers for `npm run bench`: medians of repeated runs, never a single lucky one. */
export function medianMs(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export async function timedMs<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

export interface BenchFigure {
  label: string;
  value: number;
  unit: 'ms' | 'MB' | '×' | 'count';
  /** The goal from the issue, when there is one (lower is better). */
  goal?: number;
  /** A goal the value must reach or exceed (a speed-up). */
  atLeast?: number;
  note?: string;
}

export function peakRssMb(): number {
  // maxRSS is in kilobytes; each case runs in its own process, so this is that case's peak.
  return process.resourceUsage().maxRSS / 1024;
}

export const CASE_FLAG = '--case';

/** Runs a bench case in a fresh process (argv[1] is the built bench script) and returns its figures. */
export function runCaseInChild(name: string, args: string[] = []): Promise<BenchFigure[]> {
  return new Promise((resolve, reject) => {
    const child = fork(process.argv[1] ?? '', [CASE_FLAG, name, ...args], { stdio: 'inherit' });
    child.once('message', (message) => resolve(message as BenchFigure[]));
    child.once('exit', (code) =>
      code === 0 ? undefined : reject(new Error(`bench case ${name} exited with ${code}`)),
    );
  });
}

/**
 * A file of the app's own build (out/main), such as its worker threads: the bench (out/bench) is
 * built apart from the app and measures the code that ships.
 */
export function appBuildFile(name: string): string {
  return join(dirname(process.argv[1] ?? ''), '..', 'main', name);
}
