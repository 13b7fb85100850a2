/**
 * The analysis bench: the app's perception-gap analysis against R doing the same work written the
 * way an R user writes it (test/bench/r/vectorised.R: rowsum, matrix products, pt/qt on whole
 * matrices, p.adjust), on one generated 5,000 × 60, 8-group survey. Three pairs of figures, each
 * cold (a fresh process, first run) and warm, and each the median over five fresh processes
 * (`medianOfRuns`; R's five as well, in-process R's and the app's taking turns):
 * - in-process: `analyseFamily` on the ready matrix (scoring, group moments, every comparison,
 *   Holm, ANOVA) against R's computation on its ready data frame;
 * - handler level: `gaps.analyse` on a real SQLite workspace plus JSON.stringify of its result,
 *   which is what the Kloof tab waits for;
 * - whole process: `node out/main/cli.js analyze` against `Rscript vectorised.R` on the same file,
 *   each writing its figures (R at full precision, as the file the app is checked against; R
 *   writing nothing is printed for reference).
 * R's numbers are checked against the app's (in-process, handler and command line alike) before
 * any time is reported: a bench that compares different work is no bench.
 */
import { execFileSync, spawnSync, type StdioOptions } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workspace } from '@main/core/workspace';
import { WARM_UP_DELAY_MS } from '@main/core/warm-up';
import { analyseFamily } from '@shared/gaps';
import type { GapRow } from '@shared/gaps/gap-table';
import type { GapReport } from '@shared/gaps/report';
import { SHOWN_GAP_FIGURES, shownComparison, type GapAnalysisView } from '@shared/gaps/view';
import { serializeInstrument } from '@shared/questionnaire/instrument-file';
import { effectiveAnonymityThreshold } from '@shared/scoring';
import { syntheticFamilyInput, syntheticSurvey } from '../support/synthetic-survey';
import { appDispatcherWithReads } from './app-dispatcher';
import { blockedMs } from './main-thread-calls';
import { decodeWire, encodeWire } from '@shared/ipc/wire';
import {
  appBuildFile,
  median,
  medianOfChildRuns,
  medianOfRuns,
  runCaseInChild,
  runValues,
  type BenchFigure,
} from './measure';
import { department, newEngagement } from '@test/support/new-engagement';

const RESPONDENTS = 5_000;
const GROUPS = 8;
const GROUP_COLUMN = 'Groep';
/** BENCH_WARM_RUNS=0 leaves only the cold run, e.g. to profile it. */
const WARM_RUNS = Number(process.env.BENCH_WARM_RUNS ?? 15);
/**
 * Runs made and not measured between the cold run and the warm ones, the same for the app and R:
 * "warm" is the steady state of a process that has done this work before. V8 is still compiling
 * (and collecting the first runs' garbage) during the first repeats: measured in one process,
 * the app's analysis took a median 4.6–5.1 ms over runs 20–35 and 4.0–4.6 ms from run 50 to 300,
 * so after 20 unmeasured runs the warm median was still a half-warm figure. R is at its steady
 * state by then (66–68 ms after 20 or 50).
 */
const WARM_UP_RUNS = WARM_RUNS === 0 ? 0 : Number(process.env.BENCH_WARM_UP_RUNS ?? 50);
const WARM_NOTE = `median of ${WARM_RUNS} runs after ${WARM_UP_RUNS} unmeasured ones`;
const PROCESS_RUNS = 5;
/** Numbers must agree to this (relative, or absolute below 1). */
const TOLERANCE = 1e-9;
const GOALS = { inProcessSpeedUp: 10, kloofColdMs: 100, wholeProcessSpeedUp: 2 };

/** What the parent case hands its fresh processes: the inputs' folder, and whether R ran. */
interface AnalysisJob {
  dir: string;
  check: boolean;
}

const groupName = (g: number) => `${GROUP_COLUMN} ${g + 1}`;

function survey() {
  return syntheticSurvey(RESPONDENTS, GROUPS);
}

/** The app's analysis of the generated survey, as `analyze` and the Kloof tab run it. */
function analyseInProcess(data: ReturnType<typeof survey>): GapReport {
  return analyseFamily(syntheticFamilyInput(data, groupName));
}

/** The survey as a CSV export, R's model file and the instrument file, in `dir`. */
function writeInputs(dir: string): void {
  const { instrument, matrix } = survey();
  const width = matrix.itemCodes.length;
  const lines = [['Id', GROUP_COLUMN, ...matrix.itemCodes].join(',')];
  for (let r = 0; r < matrix.groupOf.length; r++) {
    const cells = [`R${r + 1}`, groupName(matrix.groupOf[r]!)];
    for (let c = 0; c < width; c++) {
      const x = matrix.values[r * width + c]!;
      cells.push(Number.isNaN(x) ? '' : String(x));
    }
    lines.push(cells.join(','));
  }
  writeFileSync(join(dir, 'responses.csv'), `${lines.join('\n')}\n`);
  const threshold = effectiveAnonymityThreshold(undefined);
  const model = ['code,dimension,reverse,min,max,threshold'];
  for (const item of instrument.items) {
    if (item.kind !== 'likert') continue;
    const { min, max } = instrument.scale;
    model.push([item.code, item.dimension, item.reverse ? 1 : 0, min, max, threshold].join(','));
  }
  writeFileSync(join(dir, 'model.csv'), `${model.join('\n')}\n`);
  writeFileSync(join(dir, 'instrument.json'), JSON.stringify(serializeInstrument(instrument)));
}

function rscriptAvailable(): boolean {
  try {
    execFileSync('Rscript', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const R_SCRIPT = join(process.cwd(), 'test', 'bench', 'r', 'vectorised.R');

function rArgs(dir: string, results: string, runs: number): string[] {
  return [
    R_SCRIPT,
    join(dir, 'responses.csv'),
    join(dir, 'model.csv'),
    GROUP_COLUMN,
    results,
    String(runs),
  ];
}

/** R's times in one fresh R: its first run and the median of its warm runs, ms. */
interface RTimes {
  coldMs: number;
  warmMs: number;
}

/** Runs R once in a fresh process: its times, and its figures written to `results` ('-': none). */
function timeR(dir: string, results: string): RTimes {
  const output = execFileSync(
    'Rscript',
    [...rArgs(dir, results, WARM_RUNS), String(WARM_UP_RUNS)],
    { encoding: 'utf8' },
  );
  const [cold, warm] = output.trim().split(/\s+/).map(Number);
  return { coldMs: cold! * 1000, warmMs: warm! * 1000 };
}

/**
 * R's computation times, as the app's: the median over its fresh R processes of the first run
 * (cold) and of each process' warm median, with every process' value.
 */
function summariseR(runs: RTimes[]): RTimes & { coldRuns: string; warmRuns: string } {
  const colds = runs.map((run) => run.coldMs);
  const warms = runs.map((run) => run.warmMs);
  return {
    coldMs: median(colds),
    warmMs: median(warms),
    coldRuns: runValues(colds),
    warmRuns: runValues(warms),
  };
}

// ---------------------------------------------------------------------------------------------
// Equality with R

/** A comparison row with some or all of its figures (the Kloof tab is sent those it shows). */
type ComparableRow = Pick<GapRow, 'code'> & Partial<Pick<GapRow, (typeof GAP_FIELDS)[number]>>;

interface Comparable {
  comparisons: {
    nameA: string;
    nameB: string;
    items: ComparableRow[];
    dimensions: ComparableRow[];
    overall: ComparableRow;
  }[];
  anova: {
    code: string;
    f: number | null;
    df2: number | null;
    p: number | null;
    pHolm: number | null;
    omegaSquared: number | null;
  }[];
  profiles?: GapReport['profiles'];
  items?: GapReport['items'];
  dimensions?: GapReport['dimensions'];
}

const GAP_FIELDS = [
  'meanA',
  'meanB',
  'sdA',
  'sdB',
  'diff',
  'ciLow',
  'ciHigh',
  't',
  'df',
  'p',
  'pHolm',
  'g',
  'gCiLow',
  'gCiHigh',
  'notable',
] as const;

/** Every figure of R's results file as `table|groupA|groupB|code|field` → value. */
function readRResults(file: string): Map<string, number> {
  const lines = readFileSync(file, 'utf8').trim().split('\n').slice(1);
  const values = new Map<string, number>();
  for (const line of lines) {
    const [table, a, b, code, field, value] = line.split(',').map((cell) => cell.replace(/"/g, ''));
    values.set([table, a, b, code, field].join('|'), value === 'NA' ? Number.NaN : Number(value));
  }
  return values;
}

function appFigures(result: Comparable): Map<string, number> {
  const figures = new Map<string, number>();
  const put = (key: string[], value: number | boolean | null) =>
    figures.set(key.join('|'), value === null ? Number.NaN : Number(value));
  for (const comparison of result.comparisons) {
    for (const row of [...comparison.items, ...comparison.dimensions, comparison.overall]) {
      for (const field of GAP_FIELDS) {
        const value = row[field];
        if (value !== undefined)
          put(['gap', comparison.nameA, comparison.nameB, row.code, field], value);
      }
    }
  }
  for (const row of result.anova) {
    for (const field of ['f', 'df2', 'p', 'pHolm', 'omegaSquared'] as const) {
      put(['anova', '', '', row.code, field], row[field]);
    }
  }
  for (const profile of result.profiles ?? []) {
    const columns = [
      ...(result.items ?? []).map((item, i) => [item.code, profile.own.items[i]] as const),
      ...(result.dimensions ?? []).map((d, i) => [d.code, profile.own.dimensions[i]] as const),
      ['overall', profile.own.overall] as const,
    ];
    for (const [code, summary] of columns) {
      for (const field of ['n', 'mean', 'sd', 'ciLow', 'ciHigh'] as const) {
        put(['group', profile.name, '', code, field], summary?.[field] ?? null);
      }
    }
  }
  return figures;
}

function agrees(a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Throws, naming the first differences, unless every figure the app computed for `surface` equals
 * R's and R has no figure the app lacks (groups, gaps, ANOVA; group profiles where present; of
 * the gap rows' figures those in `gapFields`: the Kloof tab is sent only those it shows).
 */
function assertEqualToR(
  surface: string,
  result: Comparable,
  rFile: string,
  gapFields: readonly string[] = GAP_FIELDS,
): number {
  const r = readRResults(rFile);
  const app = appFigures(result);
  const checkProfiles = result.profiles !== undefined;
  const problems: string[] = [];
  for (const [key, expected] of r) {
    if (!checkProfiles && key.startsWith('group|')) continue;
    if (key.startsWith('gap|') && !gapFields.includes(key.slice(key.lastIndexOf('|') + 1)))
      continue;
    const actual = app.get(key);
    if (actual === undefined) problems.push(`${key}: missing in the app`);
    else if (!agrees(actual, expected)) problems.push(`${key}: app ${actual}, R ${expected}`);
  }
  for (const key of app.keys()) if (!r.has(key)) problems.push(`${key}: missing in R`);
  if (problems.length > 0) {
    throw new Error(
      `R's numbers differ from the app's (${surface}), ${problems.length} figure(s):\n  ` +
        problems.slice(0, 20).join('\n  '),
    );
  }
  return app.size;
}

// ---------------------------------------------------------------------------------------------
// Cases

/** A command of a whole-process pair; `env` (per run) replaces the bench's environment. */
interface ProcessCommand {
  command: string;
  args: string[];
  env?: (run: number) => NodeJS.ProcessEnv;
}

/** Wall-clock times of whole processes, the commands taking turns (the load is shared fairly). */
function wallClockMs(commands: ProcessCommand[], runs: number): number[][] {
  const times = commands.map((): number[] => []);
  for (let run = 0; run < runs; run++) {
    commands.forEach(({ command, args, env }, index) => {
      const stdio: StdioOptions = ['ignore', 'ignore', 'pipe'];
      const options = { stdio, env: env?.(run) };
      const start = performance.now();
      const result = spawnSync(command, args, options);
      times[index]!.push(performance.now() - start);
      if (result.status !== 0) {
        throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr.toString()}`);
      }
    });
  }
  return times;
}

const ratio = (slow: number, fast: number) => slow / fast;

/**
 * The parent case: writes the inputs, runs R once (figures and times), then each app figure in
 * its own fresh process so "cold" means cold.
 */
export async function benchAnalysis(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'klantspiegel-bench-analysis-'));
  try {
    writeInputs(dir);
    const haveR = rscriptAvailable();
    const job = JSON.stringify({ dir, check: haveR } satisfies AnalysisJob);
    // R and the app take turns, a fresh process each, so that both meet the machine alike: its
    // speed drifts by a third over minutes (the warm figures of both jump between two levels),
    // and five R processes (~4 s each) then five of the app's measured the two at other times.
    // R goes first: its first process writes the figures the app's are checked against.
    const appRuns: BenchFigure[][] = [];
    const rRuns: RTimes[] = [];
    for (let run = 0; run < PROCESS_RUNS; run++) {
      if (haveR) rRuns.push(timeR(dir, run === 0 ? join(dir, 'r-results.csv') : '-'));
      appRuns.push(await runCaseInChild('analysisInProcess', [job]));
    }
    const r = haveR ? summariseR(rRuns) : null;
    const inProcess = medianOfRuns('analysisInProcess', appRuns);
    const kloof = await runCaseInChild('analysisKloof', [job]);
    const appCold = valueOf(inProcess, 'cold');
    const appWarm = valueOf(inProcess, 'warm');
    const figures: BenchFigure[] = [...inProcess];
    if (r) {
      figures.push(
        {
          label: 'vectorised R, same analysis, in-process (cold: fresh R)',
          value: r.coldMs,
          unit: 'ms',
          note: `median of ${PROCESS_RUNS} processes (${r.coldRuns})`,
        },
        {
          label: 'vectorised R, same analysis, in-process (warm)',
          value: r.warmMs,
          unit: 'ms',
          note: `median of ${PROCESS_RUNS} processes (${r.warmRuns}); each the ${WARM_NOTE}`,
        },
        speedUp(
          'app vs vectorised R, in-process (cold)',
          r.coldMs,
          appCold,
          GOALS.inProcessSpeedUp,
          pairRatios(rRuns, appRuns, 'cold'),
        ),
        speedUp(
          'app vs vectorised R, in-process (warm)',
          r.warmMs,
          appWarm,
          GOALS.inProcessSpeedUp,
          pairRatios(rRuns, appRuns, 'warm'),
        ),
      );
    } else {
      figures.push(skippedR('vectorised R, in-process'));
    }
    figures.push(...kloof);
    figures.push(...wholeProcess(dir, haveR));
    return figures;
  } finally {
    // BENCH_KEEP=1 keeps the inputs (and the workspace) to profile with, e.g. node --cpu-prof.
    if (process.env.BENCH_KEEP) console.log(`analysis inputs kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/** The in-process analysis' cold or warm figure among a run's figures. */
function valueOf(figures: BenchFigure[], kind: 'cold' | 'warm'): number {
  return figures.find((figure) => figure.label.includes(kind))!.value;
}

/** The ratio of each R process to the app process that ran after it: how steady the ratio is. */
function pairRatios(rRuns: RTimes[], appRuns: BenchFigure[][], kind: 'cold' | 'warm'): string {
  const ratios = rRuns.map((rRun, run) =>
    ratio(kind === 'cold' ? rRun.coldMs : rRun.warmMs, valueOf(appRuns[run]!, kind)).toFixed(1),
  );
  return `ratio of the medians; R and the app taking turns, each pair: ${ratios.join(', ')}`;
}

/** How many times faster the app is than R, with the goal it must reach. */
function speedUp(
  label: string,
  slowMs: number,
  fastMs: number,
  goal: number,
  note?: string,
): BenchFigure {
  return {
    label,
    value: ratio(slowMs, fastMs),
    unit: '×',
    atLeast: goal,
    ...(note ? { note } : {}),
  };
}

function skippedR(label: string): BenchFigure {
  return {
    label,
    value: Number.NaN,
    unit: '×',
    note: 'Rscript not found: R figures skipped (install R to compare)',
  };
}

/**
 * The environment of a command-line run with its compile cache (core/compile-cache.ts) in
 * `cacheDir`, as the user's cache folder holds it: nothing else decides where the cache is.
 */
function cliEnv(cacheDir: string): NodeJS.ProcessEnv {
  const { NODE_COMPILE_CACHE: _set, NODE_DISABLE_COMPILE_CACHE: _off, ...env } = process.env;
  return { ...env, KLANTSPIEGEL_CACHE_DIR: cacheDir };
}

function wholeProcess(dir: string, haveR: boolean): BenchFigure[] {
  const cli = appBuildFile('cli.js');
  const out = join(dir, 'cli.json');
  const cliArgs = [
    cli,
    'analyze',
    '--instrument',
    join(dir, 'instrument.json'),
    '--responses',
    join(dir, 'responses.csv'),
    '--group-column',
    GROUP_COLUMN,
    '--json',
    '--out',
    out,
  ];
  // Node's compile cache as a user has it after the first run (filled by one unmeasured run), and
  // empty as at the first start after an install or update (a new cache folder for every run).
  const userCache = cliEnv(join(dir, 'cache-used'));
  execFileSync(process.execPath, cliArgs, { env: userCache, stdio: 'ignore' });
  const commands: ProcessCommand[] = [
    { command: process.execPath, args: cliArgs, env: () => userCache },
    {
      command: process.execPath,
      args: cliArgs,
      env: (run) => cliEnv(join(dir, `cache-empty-${run}`)),
    },
  ];
  // One analysis, as the CLI does, writing its figures as the CLI writes its own; and, for
  // reference, the analysis alone with nothing written.
  const rWritten = join(dir, 'r-whole-process.csv');
  if (haveR) {
    commands.push(
      { command: 'Rscript', args: rArgs(dir, rWritten, 0) },
      { command: 'Rscript', args: rArgs(dir, '-', 0) },
    );
  }
  const [node = [], nodeEmpty = [], rscript = [], rComputing = []] = wallClockMs(
    commands,
    PROCESS_RUNS,
  );
  const runsNote = `${PROCESS_RUNS} runs; also scores, reliability and results per group`;
  const figures: BenchFigure[] = [
    {
      label: 'whole process: node out/main/cli.js analyze --json, compile cache used (first)',
      value: node[0]!,
      unit: 'ms',
    },
    {
      label: 'whole process: node out/main/cli.js analyze --json, compile cache used (median)',
      value: median(node),
      unit: 'ms',
      note: `${runsNote}; the cache as a user has it after the first run`,
    },
    {
      label: 'whole process: node out/main/cli.js analyze --json, compile cache empty (first)',
      value: nodeEmpty[0]!,
      unit: 'ms',
    },
    {
      label: 'whole process: node out/main/cli.js analyze --json, compile cache empty (median)',
      value: median(nodeEmpty),
      unit: 'ms',
      note: `${runsNote}; an empty cache every run, as the first start after an install`,
    },
  ];
  if (!haveR) return [...figures, skippedR('whole process vs Rscript')];
  const json = JSON.parse(readFileSync(out, 'utf8')) as {
    comparisons: (Comparable['comparisons'][number] & { groupA: string; groupB: string })[];
    anova: Comparable['anova'];
  };
  const checked = assertEqualToR(
    'analyze --json',
    {
      comparisons: json.comparisons.map((c) => ({ ...c, nameA: c.groupA, nameB: c.groupB })),
      anova: json.anova,
    },
    join(dir, 'r-results.csv'),
  );
  // R wrote the very figures the app is checked against: the same work, the same output.
  const rOutput = readFileSync(rWritten);
  if (!rOutput.equals(readFileSync(join(dir, 'r-results.csv')))) {
    throw new Error("R's whole-process run wrote other figures than its in-process run");
  }
  const rSize = `${(rOutput.length / 1e6).toFixed(1)} MB`;
  const cliSize = `${(statSync(out).size / 1e6).toFixed(1)} MB`;
  figures.push(
    {
      label: 'whole process: Rscript vectorised.R, its figures written (first)',
      value: rscript[0]!,
      unit: 'ms',
    },
    {
      label: 'whole process: Rscript vectorised.R, its figures written (median)',
      value: median(rscript),
      unit: 'ms',
      note:
        `${PROCESS_RUNS} runs; every gap and ANOVA figure at full precision, ${rSize} of CSV ` +
        `(the CLI: ${cliSize} of JSON, more figures); the CLI's ${checked} gap and ANOVA figures ` +
        "equal R's",
    },
    {
      label: 'whole process: Rscript vectorised.R, nothing written (median)',
      value: median(rComputing),
      unit: 'ms',
      note: `${PROCESS_RUNS} runs; for reference: reads and computes, and writes nothing`,
    },
    speedUp(
      'app vs Rscript, whole process, compile cache used (first)',
      rscript[0]!,
      node[0]!,
      GOALS.wholeProcessSpeedUp,
    ),
    speedUp(
      'app vs Rscript, whole process, compile cache used (median)',
      median(rscript),
      median(node),
      GOALS.wholeProcessSpeedUp,
    ),
    speedUp(
      'app vs Rscript, whole process, compile cache empty (median)',
      median(rscript),
      median(nodeEmpty),
      GOALS.wholeProcessSpeedUp,
    ),
    {
      label: 'app vs Rscript writing nothing, compile cache used / empty (median)',
      value: ratio(median(rComputing), median(node)),
      unit: '×',
      note:
        `empty cache ${ratio(median(rComputing), median(nodeEmpty)).toFixed(1)} ×; for ` +
        'reference: the app still writes its figures',
    },
  );
  return figures;
}

/** In a fresh process: analyseFamily on the ready matrix, the first run and then warm. */
export async function benchAnalysisInProcess(arg?: string): Promise<BenchFigure[]> {
  const { dir, check } = JSON.parse(arg ?? '{}') as AnalysisJob;
  const data = survey();
  const start = performance.now();
  const first = analyseInProcess(data);
  const cold = performance.now() - start;
  for (let run = 0; run < WARM_UP_RUNS; run++) analyseInProcess(data);
  const times: number[] = [];
  for (let run = 0; run < WARM_RUNS; run++) {
    const t0 = performance.now();
    analyseInProcess(data);
    times.push(performance.now() - t0);
  }
  const note = check
    ? `${assertEqualToR('in-process', first, join(dir, 'r-results.csv'))} figures equal R's`
    : undefined;
  return [
    {
      label: 'app analysis in-process: scoring + all comparisons (cold: fresh process)',
      value: cold,
      unit: 'ms',
    },
    {
      label: 'app analysis in-process: scoring + all comparisons (warm)',
      value: median(times),
      unit: 'ms',
      note: note ? `${WARM_NOTE}; ${note}` : WARM_NOTE,
    },
  ];
}

/**
 * In a fresh process: a real workspace with the survey as a 5,000-respondent engagement, then
 * `gaps.analyse` through the app's dispatcher plus JSON.stringify of its result — the first call
 * (answers decoded from SQLite) and warm calls.
 */
export async function benchAnalysisKloof(arg?: string): Promise<BenchFigure[]> {
  const job = JSON.parse(arg ?? '{}') as AnalysisJob;
  const engagementId = seedSurveyEngagement(join(job.dir, 'workspace'));
  // The figures are measured in processes that have not touched the workspace yet: ones that
  // call at once, ones that first run the app's start-up warm-up (as the app does after start).
  const run = (warmUp: KloofWarmUp) =>
    medianOfChildRuns(
      'analysisKloofRun',
      [JSON.stringify({ ...job, engagementId, warmUp })],
      PROCESS_RUNS,
    );
  return [...(await run('none')), ...(await run('app')), ...(await run('code only'))];
}

function seedSurveyEngagement(dir: string): number {
  const { instrument, matrix } = survey();
  const workspace = Workspace.open(dir);
  try {
    const instrumentId = workspace.instruments.importInstrument(instrument);
    const engagement = workspace.engagements.create(
      newEngagement(
        'Bench analyse',
        Array.from({ length: GROUPS }, (_, g) => department(groupName(g))),
      ),
    );
    workspace.instruments.attach(engagement.id, instrumentId);
    const width = matrix.itemCodes.length;
    workspace.respondents.insertMany(
      engagement.id,
      instrumentId,
      'import',
      Array.from(matrix.groupOf, (g, r) => {
        const answers: Record<string, number> = {};
        matrix.itemCodes.forEach((code, c) => {
          const x = matrix.values[r * width + c]!;
          if (!Number.isNaN(x)) answers[code] = x;
        });
        return { groupId: engagement.groups[g]!.id, code: `R${r + 1}`, role: '', answers };
      }),
    );
    return engagement.id;
  } finally {
    workspace.close();
  }
}

/**
 * The read worker's warm-up before the first call: none; the app's (generated data, then the
 * engagements worked on last, this one among them); or only the generated data, as for an
 * engagement the consultant has not opened for a while (its answers are decoded at the call).
 */
type KloofWarmUp = 'none' | 'app' | 'code only';

export async function benchAnalysisKloofRun(arg?: string): Promise<BenchFigure[]> {
  const { dir, check, engagementId, warmUp } = JSON.parse(arg ?? '{}') as AnalysisJob & {
    engagementId: number;
    warmUp: KloofWarmUp;
  };
  const workspace = Workspace.open(join(dir, 'workspace'));
  // As the app: the read worker starts with the workspace and warms up (at once here) or not.
  const { dispatch, reads } = appDispatcherWithReads(workspace, {
    warmUpDelayMs: warmUp === 'none' ? -1 : 0,
    ...(warmUp === 'code only' ? { warmUpEngagements: 0 } : {}),
  });
  try {
    // The first call comes once the worker has started (the app starts it at workspace open,
    // seconds before anyone opens a Kloof tab), after its warm-up when there is one.
    await reads.warmedUp();
    /** Call → the wire text the browser host sends, and how long main was blocked meanwhile. */
    const kloof = async () => {
      let wire = '';
      const cpu = process.cpuUsage();
      const { wall, blocked, mainCpu } = await blockedMs(async () => {
        const result = await dispatch('gaps.analyse', { engagementId });
        if (!result.ok) throw new Error(JSON.stringify(result.error));
        wire = encodeWire(result);
      });
      const { user, system } = process.cpuUsage(cpu);
      return { ms: wall, blocked, mainCpu, cpu: (user + system) / 1000, wire };
    };
    const first = await kloof();
    // CPU time of the process (all threads) beside the wall time: on a loaded machine the wall
    // time includes waiting for a core.
    const blockedNote = (blocked: number, cpu = first.cpu, mainCpu = first.mainCpu) =>
      `main thread blocked ${blocked.toFixed(1)} ms (its CPU ${mainCpu.toFixed(1)} ms); ` +
      `CPU (user+sys, all threads) ${Math.round(cpu)} ms`;
    if (warmUp !== 'none') {
      return [
        {
          label:
            warmUp === 'app'
              ? 'Kloof tab: gaps.analyse + JSON (cold: fresh process, after the start-up warm-up)'
              : 'Kloof tab: gaps.analyse + JSON (cold: after the warm-up, answers not yet decoded)',
          value: first.ms,
          unit: 'ms',
          goal: GOALS.kloofColdMs,
          note:
            warmUp === 'app'
              ? `${blockedNote(first.blocked)}; the read worker warms up ${WARM_UP_DELAY_MS / 1000} s ` +
                'after start on generated data and the 2 engagements worked on last (core/warm-up.ts)'
              : `${blockedNote(first.blocked)}; an engagement not among the 2 worked on last`,
        },
      ];
    }
    const times: number[] = [];
    const blocked: number[] = [];
    const cpus: number[] = [];
    const mainCpus: number[] = [];
    for (let run = 0; run < WARM_UP_RUNS; run++) await kloof();
    for (let run = 0; run < WARM_RUNS; run++) {
      const next = await kloof();
      times.push(next.ms);
      blocked.push(next.blocked);
      cpus.push(next.cpu);
      mainCpus.push(next.mainCpu);
    }
    // The tab is sent the figures it shows (gaps/view.ts): its rows' figures are checked; the
    // groups' profiles (only their means) are checked in-process, where all their figures are.
    const { profiles: _means, ...view } = (decodeWire(first.wire) as { value: GapAnalysisView })
      .value;
    const report = { ...view, comparisons: view.comparisons.map(shownComparison) };
    const size = `${Math.round(first.wire.length / 1024)} KB of JSON`;
    const shownFields = GAP_FIELDS.filter(
      (field) => field === 'notable' || (SHOWN_GAP_FIGURES as readonly string[]).includes(field),
    );
    const note = check
      ? `${assertEqualToR('gaps.analyse', report, join(dir, 'r-results.csv'), shownFields)} figures equal R's; ${size}`
      : size;
    return [
      {
        label:
          'Kloof tab: gaps.analyse + JSON, 5,000 respondents (cold: fresh process, first call, no warm-up)',
        value: first.ms,
        unit: 'ms',
        goal: GOALS.kloofColdMs,
        note: `${blockedNote(first.blocked)}; ${note}`,
      },
      {
        label: 'Kloof tab: gaps.analyse + JSON, 5,000 respondents (warm)',
        value: median(times),
        unit: 'ms',
        goal: GOALS.kloofColdMs,
        note: blockedNote(median(blocked), median(cpus), median(mainCpus)),
      },
    ];
  } finally {
    await reads.stop();
    workspace.close();
  }
}
