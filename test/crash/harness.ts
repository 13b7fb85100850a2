/**
 * Crash-safety harness: starts a child process (child.ts) that imports, edits and autosaves on a
 * real workspace, kills it with SIGKILL at a random moment, then opens the workspace as the app
 * would and checks it: `PRAGMA integrity_check` is ok, every change the child logged as committed
 * is there, and no import is half there (a batch's respondents are all present or none).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleForNode } from '@test/support/worker-bundles';
import { createDispatcher } from '@main/core/dispatch';
import { createHandlers } from '@main/core/handlers';
import { Workspace } from '@main/core/workspace';
import {
  IMPORT_CODE,
  seededRandom,
  surveyCsv,
  type ChildConfig,
  type LoggedChange,
} from './protocol';

export interface CampaignOptions {
  /** Kills to reach in total. */
  kills: number;
  /** Children run side by side, each on its own workspace. */
  lanes: number;
  /** A fresh workspace after this many kills, so the files stay small and checks fast. */
  killsPerWorkspace: number;
  minKillMs: number;
  maxKillMs: number;
  seed: number;
}

export interface CampaignReport {
  kills: number;
  /** Kills that hit before the child had logged or begun importing anything (still checked). */
  earlyKills: number;
  loggedChanges: number;
  /** Import batches found and checked for completeness, summed over all checks. */
  importBatchesChecked: number;
  /** Kills that came while an import was being written. */
  killsDuringImport: number;
  problems: string[];
  /** Where the time went, for keeping the test within its budget. */
  timings: { prepareMs: number; startupMs: number; checkMs: number };
}

/**
 * Bundles child.ts and the app's import worker into runnable files; returns the child's path.
 * better-sqlite3 (native) stays external, so `outDir` must be inside the project to resolve it.
 */
export async function buildChild(outDir: string): Promise<string> {
  await bundleForNode(
    {
      child: 'test/crash/child.ts',
      'import-worker': 'electron/main/core/import/import-worker.ts',
    },
    outDir,
    true,
  );
  return join(outDir, 'child.mjs');
}

/** A workspace with an engagement, the mini-scan, a grid respondent and an interview. */
async function prepareWorkspace(
  dataDir: string,
): Promise<Omit<ChildConfig, 'logFile' | 'seqStart' | 'seed'>> {
  const workspace = Workspace.open(dataDir);
  try {
    const dispatch = createDispatcher(
      createHandlers(),
      { workspace, host: 'browser', appVersion: 'crash-test' },
      () => undefined,
    );
    const call = async <T>(name: string, arg: unknown): Promise<T> => {
      const response = await dispatch(name, arg);
      if (!response.ok) throw new Error(`${name}: ${JSON.stringify(response.error)}`);
      return response.value as T;
    };
    const engagement = await call<{ id: number; groups: { id: number; name: string }[] }>(
      'engagements.create',
      {
        clientName: 'Crashtest BV',
        language: 'nl',
        groups: [
          { name: 'Productie', kind: 'department' },
          { name: 'Verkoop', kind: 'department' },
          { name: 'Management', kind: 'management' },
        ],
      },
    );
    const instrument = await call<{ id: number }>('instruments.importFile', {
      fileName: 'mini-scan.instrument.json',
      bytes: readFileSync('test/fixtures/samples/mini-scan.instrument.json'),
    });
    const itemCodes = workspace.instruments
      .get(instrument.id)
      .instrument.items.filter((item) => item.kind !== 'open')
      .map((item) => item.code);
    const groupNames = engagement.groups.map((group) => group.name);
    const template = surveyCsv('T1n3', 3, groupNames, itemCodes, seededRandom(1));
    const analysis = await call<{ mapping: unknown; preview: { canImport: boolean } }>(
      'import.analyse',
      {
        engagementId: engagement.id,
        instrumentId: instrument.id,
        file: { fileName: 'template.csv', bytes: new TextEncoder().encode(template) },
      },
    );
    if (!analysis.preview.canImport) throw new Error('the crash test survey cannot be imported');
    const grid = await call<{ id: number }>('respondents.save', {
      engagementId: engagement.id,
      instrumentId: instrument.id,
      code: 'GRID',
      groupId: engagement.groups[0]?.id,
      role: 'r0',
      answers: { [itemCodes[0] ?? '']: 3 },
    });
    const interview = await call<{ id: number }>('interviews.create', {
      engagementId: engagement.id,
      kind: 'internal-interview',
    });
    return {
      dataDir,
      engagementId: engagement.id,
      instrumentId: instrument.id,
      groupNames,
      groupIds: engagement.groups.map((group) => group.id),
      gridRespondentId: grid.id,
      interviewId: interview.id,
      mapping: analysis.mapping,
      itemCodes,
    };
  } finally {
    workspace.close();
  }
}

function readLog(file: string): LoggedChange[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as LoggedChange);
}

/** Opens the killed workspace the way the app does and checks everything; returns problems. */
export function checkWorkspace(config: ChildConfig): { problems: string[]; imports: number } {
  const problems: string[] = [];
  const workspace = Workspace.open(config.dataDir);
  try {
    const { db } = workspace;
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const codes = new Map<string, number>();
    const batchSize = new Map<string, number>();
    for (const { code } of db
      .prepare<[number], { code: string }>('SELECT code FROM respondents WHERE engagement_id = ?')
      .all(config.engagementId)) {
      codes.set(code, 1);
      const match = IMPORT_CODE.exec(code);
      if (match?.[1]) batchSize.set(match[1], (batchSize.get(match[1]) ?? 0) + 1);
    }
    for (const [batch, count] of batchSize) {
      const expected = Number(/n(\d+)$/.exec(batch)?.[1]);
      if (count !== expected) problems.push(`half import ${batch}: ${count} of ${expected} rows`);
    }
    const notes = db
      .prepare<[number], { notes: string }>('SELECT notes FROM engagements WHERE id = ?')
      .get(config.engagementId)?.notes;
    const role = db
      .prepare<[number], { role: string }>('SELECT role FROM respondents WHERE id = ?')
      .get(config.gridRespondentId)?.role;
    const note = db
      .prepare<[number], { plain_text: string }>(
        "SELECT plain_text FROM interview_notes WHERE interview_id = ? AND section_key = 'free'",
      )
      .get(config.interviewId)?.plain_text;
    const seqOf = (text: string | undefined, prefix: string) =>
      text?.startsWith(prefix) ? Number(text.slice(prefix.length)) : -1;
    let lastEdit = -1;
    let lastRole = -1;
    let lastNote = -1;
    for (const change of readLog(config.logFile)) {
      if (change.op === 'import') {
        if (batchSize.get(change.batch) !== change.count) {
          problems.push(`logged import ${change.batch} is missing`);
        }
      } else if (change.op === 'gridInsert') {
        if (!codes.has(`G${change.seq}`))
          problems.push(`logged grid row G${change.seq} is missing`);
      } else if (change.op === 'edit') lastEdit = change.seq;
      else if (change.op === 'gridUpdate') lastRole = change.seq;
      else lastNote = change.seq;
    }
    // Later edits may have committed without being logged: the stored one is at least as new.
    if (seqOf(notes, 'edit ') < lastEdit) problems.push(`edit ${lastEdit} lost (have ${notes})`);
    if (seqOf(role, 'r') < lastRole) problems.push(`grid edit r${lastRole} lost (have ${role})`);
    if (seqOf(note, 'note ') < lastNote) problems.push(`note ${lastNote} lost (have ${note})`);
    // The search index follows the notes table through triggers, also after a crash.
    const indexed = db
      .prepare(
        "SELECT count(*) AS n FROM interview_notes_fts WHERE interview_notes_fts MATCH 'note'",
      )
      .get() as { n: number };
    if (note && indexed.n !== 1) problems.push(`search index out of step (${indexed.n} hits)`);
    return { problems, imports: batchSize.size };
  } finally {
    workspace.close();
  }
}

/** When the kill comes: a while after the child is ready, or a while after an import started. */
type KillPlan = { from: 'ready' | 'import-start'; afterMs: number };

interface ChildRun {
  killed: boolean;
  /** The kill came while an import was running (started, not yet reported done). */
  duringImport: boolean;
  /** How long the imports that finished took, as the child measured them. */
  importMs: number[];
  output: string;
  startupMs: number;
}

function runChild(
  script: string,
  config: ChildConfig,
  plan: KillPlan,
  env: NodeJS.ProcessEnv,
): Promise<ChildRun> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [script, JSON.stringify(config)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env,
    });
    let output = '';
    let pending = '';
    const started = performance.now();
    let startupMs = 0;
    let ready = false;
    let importRunning = false;
    let duringImport = false;
    const importMs: number[] = [];
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      timer = setTimeout(() => {
        duringImport = importRunning;
        child.kill('SIGKILL');
      }, plan.afterMs);
    };
    // A child that never gets going (or never imports) is stopped and reported, not waited for.
    const stuck = setTimeout(() => child.kill('SIGKILL'), 20_000);
    const onLine = (line: string) => {
      if (line === 'ready') {
        ready = true;
        startupMs = performance.now() - started;
        if (plan.from === 'ready') arm();
      } else if (line === 'import-start') {
        importRunning = true;
        if (ready && timer === undefined && plan.from === 'import-start') arm();
      } else if (line.startsWith('import-done ')) {
        importRunning = false;
        importMs.push(Number(line.slice('import-done '.length)));
      }
    };
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(onLine);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (_code, signal) => {
      clearTimeout(stuck);
      if (timer) clearTimeout(timer);
      resolveRun({
        killed: signal === 'SIGKILL' && timer !== undefined,
        duringImport,
        importMs,
        output,
        startupMs,
      });
    });
  });
}

export async function runCrashCampaign(
  script: string,
  options: CampaignOptions,
): Promise<CampaignReport> {
  const root = mkdtempSync(join(tmpdir(), 'klantspiegel-crash-'));
  // Children reuse V8's compiled code across starts: a start costs a fraction of a cold one.
  const env = { ...process.env, NODE_COMPILE_CACHE: join(root, 'compile-cache') };
  const report: CampaignReport = {
    kills: 0,
    earlyKills: 0,
    loggedChanges: 0,
    importBatchesChecked: 0,
    killsDuringImport: 0,
    problems: [],
    timings: { prepareMs: 0, startupMs: 0, checkMs: 0 },
  };
  const random = seededRandom(options.seed);
  let seqStart = 1;
  let workspaces = 0;
  // How long an import takes on this machine right now, learnt from the children: kills timed
  // from an import's start fall inside it on a fast laptop and on a loaded CI machine alike.
  let typicalImportMs = 300;
  const lane = async (laneIndex: number) => {
    let config: ChildConfig | undefined;
    let killsHere = 0;
    while (report.kills < options.kills && report.problems.length === 0) {
      if (!config || killsHere >= options.killsPerWorkspace) {
        const dataDir = join(root, `workspace-${laneIndex}-${workspaces++}`);
        mkdirSync(dataDir, { recursive: true });
        const preparing = performance.now();
        const prepared = await prepareWorkspace(dataDir);
        report.timings.prepareMs += performance.now() - preparing;
        config = { ...prepared, logFile: join(dataDir, 'committed.log'), seqStart: 0, seed: 0 };
        killsHere = 0;
      }
      config = { ...config, seqStart, seed: Math.floor(random() * 2 ** 31) };
      // Sequence numbers stay unique across runs; no run does a million operations.
      seqStart += 1_000_000;
      // Every other run is killed during an import; the others at a random moment after start.
      const plan: KillPlan =
        report.kills % 2 === 0
          ? { from: 'import-start', afterMs: random() * typicalImportMs * 1.5 }
          : {
              from: 'ready',
              afterMs: options.minKillMs + random() * (options.maxKillMs - options.minKillMs),
            };
      const before = readLog(config.logFile).length;
      const run = await runChild(script, config, plan, env);
      if (!run.killed) {
        report.problems.push(`child stopped on its own: ${run.output.slice(-500)}`);
        break;
      }
      report.kills++;
      killsHere++;
      for (const ms of run.importMs) typicalImportMs = 0.7 * typicalImportMs + 0.3 * ms;
      if (run.duringImport) report.killsDuringImport++;
      const logged = readLog(config.logFile).length - before;
      report.loggedChanges += logged;
      if (logged === 0 && !run.duringImport) report.earlyKills++;
      report.timings.startupMs += run.startupMs;
      const checking = performance.now();
      const checked = checkWorkspace(config);
      report.timings.checkMs += performance.now() - checking;
      report.importBatchesChecked += checked.imports;
      report.problems.push(
        ...checked.problems.map((problem) => `kill ${report.kills}: ${problem}`),
      );
    }
  };
  try {
    await Promise.all(Array.from({ length: options.lanes }, (_, index) => lane(index)));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return report;
}
