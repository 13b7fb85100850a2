import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';

/** Timing helpers for `npm run bench`: medians of repeated runs, never a single lucky one. */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
}

/** Every run's value, rounded, for a figure's note ("412, 398, 405"). */
export function runValues(values: readonly number[]): string {
  return values.map((value) => Math.round(value)).join(', ');
}

export function medianMs(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
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
    // 'advanced' (structured clone) keeps a skipped figure's NaN, which JSON would turn to null.
    const child = fork(process.argv[1] ?? '', [CASE_FLAG, name, ...args], {
      stdio: 'inherit',
      serialization: 'advanced',
    });
    child.once('message', (message) => resolve(message as BenchFigure[]));
    child.once('exit', (code) =>
      code === 0 ? undefined : reject(new Error(`bench case ${name} exited with ${code}`)),
    );
  });
}

/**
 * A case run in `runs` fresh processes, one after the other: each figure is the median over them
 * (a fresh process' first call varies by tens of milliseconds from one process to the next, so
 * one process gives a lucky or an unlucky figure), with the note of the run that gave it and the
 * value of every run.
 */
export async function medianOfChildRuns(
  name: string,
  args: string[],
  runs: number,
): Promise<BenchFigure[]> {
  const results: BenchFigure[][] = [];
  for (let run = 0; run < runs; run++) results.push(await runCaseInChild(name, args));
  return medianOfRuns(name, results);
}

/** Each figure of a case's runs (one list of figures per fresh process) as its median. */
export function medianOfRuns(name: string, results: BenchFigure[][]): BenchFigure[] {
  const runs = results.length;
  const [first = []] = results;
  return first.map(({ label }, index) => {
    const ofRuns = results.map((figures) => figures[index]!);
    if (ofRuns.some((figure) => figure.label !== label)) {
      throw new Error(`bench case ${name} gave different figures from one run to the next`);
    }
    const middle = [...ofRuns].sort((a, b) => a.value - b.value)[Math.floor(runs / 2)]!;
    const values = ofRuns.map(({ value }) => value.toFixed(value < 10 ? 1 : 0)).join(', ');
    const note = `median of ${runs} processes (${values})`;
    return { ...middle, note: middle.note ? `${note}; ${middle.note}` : note };
  });
}

/**
 * A file of the app's own build (out/main), such as its worker threads: the bench (out/bench) is
 * built apart from the app and measures the code that ships.
 */
export function appBuildFile(name: string): string {
  return join(dirname(process.argv[1] ?? ''), '..', 'main', name);
}
