/**
 * Import of a 10,000 × 60 survey export as the consultant waits for it: the import view opens
 * (`import.prepare`), the file is analysed (read, mapped, checked, previewed: `import.analyse`)
 * and committed (`import.commit`, naming the analysed file by its hash, as the import view
 * does), each call through the app's dispatcher with the browser host's wire encoding both ways
 * (the file's bytes as base64 in JSON, the answer as JSON), the file parsed in the app's parse
 * worker and stored by its import worker (their builds, limits and start-ahead). Each run is a
 * fresh process on a fresh copy of the same workspace (cold: nothing of the import is loaded or
 * compiled yet); the figures are medians over the runs, with the process' CPU time beside the
 * wall clock (the machine may be shared).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workspace } from '@main/core/workspace';
import { decodeWire, encodeWire } from '@shared/ipc/wire';
import type { IpcResponse } from '@shared/ipc/errors';
import { appDispatcherWithReads } from './app-dispatcher';
import { median, peakRssMb, runCaseInChild, runValues, type BenchFigure } from './measure';
import { syntheticCsv, syntheticInstrument } from './synthetic-engagement';
import { department, newEngagement } from '@test/support/new-engagement';

const SIZE = { respondents: 10_000, items: 60, groups: 8 };
const RUNS = Number(process.env.KS_IMPORT_RUNS ?? 5);
const WORKSPACE_FILE = 'workspace.sqlite';

interface ImportJob {
  engagementId: number;
  otherId: number;
  /** An engagement the file is analysed for without workers started ahead. */
  coldId: number;
  instrumentId: number;
  csvFile: string;
}

/** One run's measurements (wall clock and CPU time in ms, memory in MB). */
interface RunFigures {
  analysisMs: number;
  analysisCpuMs: number;
  commitMs: number;
  commitCpuMs: number;
  unpreparedMs: number;
  coldAnalysisMs: number;
  imported: number;
  peakMb: number;
  baselineMb: number;
}

/** Makes the workspace and the file once, then measures RUNS fresh processes on copies of it. */
export async function benchImport(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'klantspiegel-bench-import-'));
  try {
    const template = join(dir, 'template');
    mkdirSync(template);
    const workspace = Workspace.open(template);
    const groups = Array.from({ length: SIZE.groups }, (_, index) =>
      department(`Afdeling ${index + 1}`),
    );
    const engagement = workspace.engagements.create(newEngagement('Bench', groups));
    const instrumentId = workspace.instruments.importInstrument(syntheticInstrument(SIZE.items));
    // A second engagement the same file is committed to without an analysis first: what the
    // commit costs when it reads, maps and checks the file itself.
    const other = workspace.engagements.create(newEngagement('Bench 2', groups));
    const cold = workspace.engagements.create(newEngagement('Bench 3', groups));
    workspace.close();
    const csvFile = join(dir, 'export.csv');
    writeFileSync(csvFile, syntheticCsv(SIZE));
    const job: ImportJob = {
      engagementId: engagement.id,
      otherId: other.id,
      coldId: cold.id,
      instrumentId,
      csvFile,
    };
    const runs: RunFigures[] = [];
    for (let run = 0; run < RUNS; run++) {
      const runDir = join(dir, `run-${run}`);
      mkdirSync(runDir);
      copyFileSync(join(template, WORKSPACE_FILE), join(runDir, WORKSPACE_FILE));
      writeFileSync(join(runDir, 'job.json'), JSON.stringify(job));
      runs.push(runFigures(await runCaseInChild('importRun', [runDir])));
      rmSync(runDir, { recursive: true, force: true });
    }
    return importFigures(runs);
  } finally {
    // BENCH_KEEP=1 keeps the workspace and the file to profile with, e.g. node --cpu-prof.
    if (process.env.BENCH_KEEP) console.log(`import: inputs kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/** A run's measurements, sent by the child as figures labelled with their names. */
function runFigures(figures: BenchFigure[]): RunFigures {
  return Object.fromEntries(
    figures.map((figure) => [figure.label, figure.value]),
  ) as unknown as RunFigures;
}

function importFigures(runs: RunFigures[]): BenchFigure[] {
  const of = (key: keyof RunFigures) => runs.map((run) => run[key]);
  const total = runs.map((run) => run.analysisMs + run.commitMs);
  const totalCpu = runs.map((run) => run.analysisCpuMs + run.commitCpuMs);
  const label = `import ${SIZE.respondents.toLocaleString('en')} × ${SIZE.items} CSV`;
  return [
    {
      label: `${label}: analysis (read, map, check, preview; parse worker)`,
      value: median(of('analysisMs')),
      unit: 'ms',
      note: `runs ${runValues(of('analysisMs'))}; CPU ${Math.round(median(of('analysisCpuMs')))} ms`,
    },
    {
      label: `${label}: commit (the analysed rows, one transaction; import worker)`,
      value: median(of('commitMs')),
      unit: 'ms',
      note: `runs ${runValues(of('commitMs'))}; CPU ${Math.round(median(of('commitCpuMs')))} ms; ${runs[0]?.imported} respondents`,
    },
    {
      label: `${label} including preview (analysis + commit, wire included, cold)`,
      value: median(total),
      unit: 'ms',
      goal: 500,
      note: `median of ${runs.length} fresh processes: ${runValues(total)}`,
    },
    {
      label: `${label}: CPU time of analysis + commit (all threads)`,
      value: median(totalCpu),
      unit: 'ms',
      note: `runs ${runValues(totalCpu)}; robust to a busy machine (the wall clock is not); on an idle one the wall clock comes close to it`,
    },
    {
      label: 'import commit without an analysis before it (reads and maps again)',
      value: median(of('unpreparedMs')),
      unit: 'ms',
      note: 'for comparison: what the commit costs when it cannot reuse the analysis',
    },
    {
      label: `${label}: analysis without workers started ahead`,
      value: median(of('coldAnalysisMs')),
      unit: 'ms',
      note: 'for comparison: its parse worker starts with the file (no import.prepare)',
    },
    {
      label: 'import peak memory (whole process)',
      value: median(of('peakMb')),
      unit: 'MB',
      goal: 200,
      note: `${Math.round(median(of('baselineMb')))} MB before the import`,
    },
  ];
}

/** CPU time of the whole process (all threads) in ms. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** One run, in its own process: prepare, analyse, commit, then a commit without analysis. */
export async function benchImportRun(dir?: string): Promise<BenchFigure[]> {
  const job = JSON.parse(readFileSync(join(dir ?? '', 'job.json'), 'utf8')) as ImportJob;
  const workspace = Workspace.open(dir ?? '');
  const { dispatch, reads } = appDispatcherWithReads(workspace);
  try {
    // The app starts its read worker at launch, long before an import: not part of the import.
    await reads.warmedUp();
    // As the browser host carries a call: the argument and the answer as JSON on the wire.
    const call = async (name: string, arg: unknown) => {
      const response = await dispatch(name, decodeWire(encodeWire(arg)));
      const answer = decodeWire(encodeWire(response)) as IpcResponse<unknown>;
      if (!answer.ok) throw new Error(`${name}: ${JSON.stringify(answer.error)}`);
      return answer.value;
    };
    const baselineMb = peakRssMb();
    // As the import view does when it opens; then the consultant picks the file.
    await call('import.prepare', {});
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const request = {
      engagementId: job.engagementId,
      instrumentId: job.instrumentId,
      file: { fileName: 'export.csv', bytes: new Uint8Array(readFileSync(job.csvFile)) },
    };
    const timed = async <T>(work: () => Promise<T>) => {
      const [start, cpuStart] = [performance.now(), cpuMs()];
      const value = await work();
      return { value, ms: performance.now() - start, cpuMs: cpuMs() - cpuStart };
    };
    const analysis = await timed(() => call('import.analyse', request));
    const { mapping, sha256 } = analysis.value as { mapping: unknown; sha256: string };
    // As the import view commits: the analysed file named by its hash, not sent again.
    const analysed = { fileName: request.file.fileName, sha256 };
    const commit = await timed(() =>
      call('import.commit', { ...request, file: analysed, mapping }),
    );
    const peakMb = peakRssMb();
    const unprepared = await timed(() =>
      call('import.commit', { ...request, engagementId: job.otherId, mapping }),
    );
    // A parse worker started only now, for this file: what starting it ahead saves.
    const coldAnalysis = await timed(() =>
      call('import.analyse', { ...request, engagementId: job.coldId }),
    );
    const figures: RunFigures = {
      analysisMs: analysis.ms,
      analysisCpuMs: analysis.cpuMs,
      commitMs: commit.ms,
      commitCpuMs: commit.cpuMs,
      unpreparedMs: unprepared.ms,
      coldAnalysisMs: coldAnalysis.ms,
      imported: (commit.value as { imported: number }).imported,
      peakMb,
      baselineMb,
    };
    // Read by the parent (runFigures), not printed.
    return Object.entries(figures).map(([label, value]) => ({ label, value, unit: 'ms' }));
  } finally {
    await reads.stop();
    workspace.close();
  }
}
