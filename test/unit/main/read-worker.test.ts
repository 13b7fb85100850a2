/**
 * The heavy reads (Kloof tab, report view, results, respondent list) run in the read worker, on
 * its own read-only connection to the real workspace file: the answers equal the in-process
 * handlers', a write made on main is seen by the next read, errors keep their { key, params },
 * validation stays on main, and a restore swaps the file under the worker too.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ReadWorker, startReadWorker } from '@main/core/read-worker/client';
import { DecodedAnswerCache } from '@main/core/repositories/decoded-answers';
import { createSampleEngagement } from '@main/core/sample/sample-engagement';
import { Workspace } from '@main/core/workspace';
import { WorkspaceHolder } from '@main/core/workspace-holder';
import { testDispatcher } from '@test/support/dispatcher';
import { tempDir, tempWorkspace } from '@test/support/temp-workspace';
import { workerBundles, type WorkerBundles } from '@test/support/worker-bundles';

let bundles: WorkerBundles;
const started: ReadWorker[] = [];

beforeAll(async () => {
  bundles = await workerBundles();
}, 120_000);

afterAll(() => bundles.remove());

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(started.splice(0).map((reads) => reads.stop()));
});

/** A read worker on `workspace`'s file, without the start-up warm-up (tests call at once). */
function readWorkerOn(workspace: Workspace): ReadWorker {
  const reads = new ReadWorker(bundles.readWorker, {
    host: 'browser',
    appVersion: 'test',
    databasePath: workspace.databasePath,
    warmUpDelayMs: -1,
  }).start();
  started.push(reads);
  return reads;
}

/** The npm packages a bundle loads as it starts: its static imports, through its chunks. */
function packagesLoadedAtStart(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const staticImports = readFileSync(file, 'utf8').matchAll(/^import\s[^;]*?["']([^"']+)["']/gm);
    for (const [, target] of staticImports) {
      if (target!.startsWith('.')) visit(resolve(dirname(file), target!));
      else if (!target!.startsWith('node:')) packages.add(target!);
    }
  };
  visit(entry);
  return packages;
}

function sampleOn(workspace: Workspace) {
  const engagement = createSampleEngagement(workspace, 'nl');
  const [instrument] = workspace.instruments.forEngagement(engagement.id);
  return { engagementId: engagement.id, instrumentId: instrument!.id, engagement };
}

describe('the read worker', () => {
  it('answers the heavy reads exactly as the handlers in this thread do, without decoding here', async () => {
    const workspace = tempWorkspace();
    const { engagementId, instrumentId } = sampleOn(workspace);
    const inProcess = testDispatcher(workspace);
    const offMain = testDispatcher(workspace, { reads: readWorkerOn(workspace) });
    const request = { engagementId, instrumentId };

    const decodedHere = vi.spyOn(
      DecodedAnswerCache.prototype as unknown as { decode: () => unknown },
      'decode',
    );
    const worker = {
      gaps: await offMain.call('gaps.analyse', { engagementId }),
      results: await offMain.call('questionnaire.results', request),
      respondents: await offMain.call('respondents.list', request),
      report: await offMain.call('report.get', { engagementId }),
    };
    // The answers were decoded in the worker thread, not in this one.
    expect(decodedHere).not.toHaveBeenCalled();
    expect(worker.respondents.length).toBeGreaterThan(20);

    const here = {
      gaps: await inProcess.call('gaps.analyse', { engagementId }),
      results: await inProcess.call('questionnaire.results', request),
      respondents: await inProcess.call('respondents.list', request),
      report: await inProcess.call('report.get', { engagementId }),
    };
    // Compared as the renderer receives them (JSON on the wire).
    expect(worker).toEqual(JSON.parse(JSON.stringify(here)));
  });

  it('sees every write made on main before the read, whichever kind', async () => {
    const workspace = tempWorkspace();
    const { engagementId, instrumentId, engagement } = sampleOn(workspace);
    const { call } = testDispatcher(workspace, { reads: readWorkerOn(workspace) });
    const request = { engagementId, instrumentId };
    const groupId = engagement.groups[0]!.id;
    const respondents = async () => (await call('respondents.list', request)).length;
    const total = async () => (await call('questionnaire.results', request)).total?.respondents;
    const before = { listed: await respondents(), total: await total() };
    const gapsBefore = await call('gaps.analyse', { engagementId });

    const { instrument } = workspace.instruments.get(instrumentId);
    const codes = instrument.items.filter((item) => item.kind === 'likert').map((i) => i.code);
    const answers = (value: number) => Object.fromEntries(codes.map((code) => [code, value]));
    // Inserted on main: the worker's next reads count it.
    const added = await call('respondents.save', {
      ...request,
      code: 'NIEUW1',
      groupId,
      answers: answers(5),
    });
    expect(await respondents()).toBe(before.listed + 1);
    expect(await total()).toBe((before.total ?? 0) + 1);
    const profile = (gaps: typeof gapsBefore) =>
      gaps.profiles.find((candidate) => candidate.groupId === groupId);
    const afterInsert = await call('gaps.analyse', { engagementId });
    expect(profile(afterInsert)?.respondents).toBe((profile(gapsBefore)?.respondents ?? 0) + 1);

    // Corrected on main (as many respondents as before): the worker's decoded answers follow.
    await call('respondents.save', {
      ...request,
      id: added.id,
      code: 'NIEUW1',
      groupId,
      answers: answers(1),
    });
    const listed = await call('respondents.list', request);
    expect(listed.find((row) => row.id === added.id)?.answers[codes[0]!]).toBe(1);
    const afterUpdate = await call('gaps.analyse', { engagementId });
    expect(profile(afterUpdate)?.common.overall).toBeLessThan(
      profile(afterInsert)?.common.overall ?? Number.NaN,
    );

    // Removed on main: back to the first figures.
    await call('respondents.delete', { engagementId, id: added.id });
    expect({ listed: await respondents(), total: await total() }).toEqual(before);
    expect(await call('gaps.analyse', { engagementId })).toEqual(gapsBefore);
  });

  it('keeps errors as { key, params } and validation on main', async () => {
    const workspace = tempWorkspace();
    const reads = readWorkerOn(workspace);
    const call = vi.spyOn(reads, 'call');
    const { fail } = testDispatcher(workspace, { reads });
    expect(await fail('gaps.analyse', { engagementId: 9999 })).toEqual({
      key: 'errors.notFound',
      params: { what: 'engagement', id: 9999 },
    });
    expect(call).toHaveBeenCalledTimes(1);
    // An argument the contract refuses never reaches the worker.
    expect((await fail('report.get', { engagementId: 'x' })).key).toBe('errors.validation');
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('loads no Word, spreadsheet or CSV library: a thread keeps its code in memory as long as the app runs', () => {
    const packages = packagesLoadedAtStart(bundles.readWorker);
    expect(packages).toContain('better-sqlite3');
    for (const heavy of ['docx', 'exceljs', 'papaparse', 'fflate']) {
      expect(packages).not.toContain(heavy);
    }
  });

  it('starts a new thread after one stopped', async () => {
    const workspace = tempWorkspace();
    const { engagementId } = sampleOn(workspace);
    const reads = readWorkerOn(workspace);
    const { call } = testDispatcher(workspace, { reads });
    const first = await call('gaps.analyse', { engagementId });
    await reads.stop();
    expect(await call('gaps.analyse', { engagementId })).toEqual(first);
  });

  it('reads the restored workspace after a restore, and lets go of the file first', async () => {
    const dir = tempDir();
    const holder = new WorkspaceHolder(Workspace.open(dir));
    try {
      const { engagementId, instrumentId } = sampleOn(holder.current);
      const reads = startReadWorker(holder, bundles.readWorker, {
        host: 'browser',
        appVersion: 'test',
        warmUpDelayMs: -1,
      });
      started.push(reads);
      const release = vi.spyOn(reads, 'release');
      const { call } = testDispatcher(holder, { reads });
      const request = { engagementId, instrumentId };
      const backedUp = (await call('respondents.list', request)).length;
      const backup = await call('backups.create', {});

      const first = (await call('respondents.list', request))[0]!;
      await call('respondents.delete', { engagementId, id: first.id });
      expect(await call('respondents.list', request)).toHaveLength(backedUp - 1);

      await call('backups.restore', { fileName: backup.fileName });
      expect(release).toHaveBeenCalledTimes(1);
      // The worker reads the restored file: the respondent is back.
      const restored = await call('respondents.list', request);
      expect(restored).toHaveLength(backedUp);
      expect(restored.map((row) => row.id)).toContain(first.id);
      expect((await call('questionnaire.results', request)).total?.respondents).toBe(
        (await testDispatcher(holder).call('questionnaire.results', request)).total?.respondents,
      );
    } finally {
      holder.current.close();
    }
  });
});
