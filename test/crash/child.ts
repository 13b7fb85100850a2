/**
 * The process the crash test kills. It works on a real workspace through the real handlers, as
 * the app does: survey imports (`import.commit`), engagement edits and grid saves, interview
 * autosaves. Imports are committed in the import worker thread, over its own connection, as in
 * the app. After each call returns the child appends the change to a log and fsyncs it, so every
 * logged change is one the app had reported as saved.
 */
import { fsyncSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDispatcher } from '@main/core/dispatch';
import { createHandlers } from '@main/core/handlers';
import { workerImportRunner } from '@main/core/import/run-import-worker';
import { Workspace } from '@main/core/workspace';
import {
  importBatch,
  seededRandom,
  surveyCsv,
  type ChildConfig,
  type LoggedChange,
} from './protocol';

async function main(): Promise<void> {
  const config = JSON.parse(process.argv[2] ?? '{}') as ChildConfig;
  const workspace = Workspace.open(config.dataDir);
  const dispatch = createDispatcher(
    createHandlers(),
    {
      workspace,
      host: 'browser',
      appVersion: 'crash-test',
      // Built next to this file by the harness (see buildChild).
      runImport: workerImportRunner(
        join(dirname(fileURLToPath(import.meta.url)), 'import-worker.mjs'),
      ),
    },
    () => undefined,
  );
  const log = openSync(config.logFile, 'a');
  const random = seededRandom(config.seed);
  const record = (change: LoggedChange) => {
    writeSync(log, `${JSON.stringify(change)}\n`);
    fsyncSync(log);
  };
  process.stdout.write('ready\n');

  for (let seq = config.seqStart; ; seq++) {
    const pick = random();
    let name: string;
    let arg: unknown;
    let change: LoggedChange;
    if (pick < 0.35) {
      const count = 20 + Math.floor(random() * 180);
      const batch = importBatch(seq, count);
      const csv = surveyCsv(batch, count, config.groupNames, config.itemCodes, random);
      name = 'import.commit';
      arg = {
        engagementId: config.engagementId,
        instrumentId: config.instrumentId,
        file: { fileName: `${batch}.csv`, bytes: new TextEncoder().encode(csv) },
        mapping: config.mapping,
      };
      change = { op: 'import', batch, count };
    } else if (pick < 0.5) {
      name = 'engagements.update';
      arg = { id: config.engagementId, notes: `edit ${seq}` };
      change = { op: 'edit', seq };
    } else if (pick < 0.62) {
      name = 'respondents.save';
      arg = {
        engagementId: config.engagementId,
        instrumentId: config.instrumentId,
        code: `G${seq}`,
        groupId: config.groupIds[seq % config.groupIds.length],
        role: '',
        answers: { [config.itemCodes[0] ?? '']: 1 + (seq % 5) },
      };
      change = { op: 'gridInsert', seq };
    } else if (pick < 0.75) {
      name = 'respondents.save';
      arg = {
        engagementId: config.engagementId,
        instrumentId: config.instrumentId,
        id: config.gridRespondentId,
        code: 'GRID',
        groupId: config.groupIds[0],
        role: `r${seq}`,
        answers: { [config.itemCodes[0] ?? '']: 1 + (seq % 5) },
      };
      change = { op: 'gridUpdate', seq };
    } else {
      name = 'interviews.notes.save';
      arg = {
        interviewId: config.interviewId,
        sectionKey: 'free',
        doc: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: `note ${seq}` }] }],
        },
      };
      change = { op: 'note', seq };
    }
    // The harness times some kills from the start of an import, so they land inside one.
    if (change.op === 'import') process.stdout.write('import-start\n');
    const started = performance.now();
    const response = await dispatch(name, arg);
    if (change.op === 'import') {
      process.stdout.write(`import-done ${Math.round(performance.now() - started)}\n`);
    }
    if (!response.ok) {
      process.stderr.write(`${name} failed: ${JSON.stringify(response.error)}\n`);
      process.exit(3);
    }
    record(change);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`crash child failed: ${String(error)}\n`);
  process.exit(2);
});
