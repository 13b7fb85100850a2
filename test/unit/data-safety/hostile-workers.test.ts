/**
 * Findings 1 and 3 of the second review: a 0.5 MB archive around 400 MB of JSON killed the whole
 * process (decompression capped at 1 GiB, JSON.parse on the main thread), and a Markdown file
 * of deeply nested lists blocked the main thread for minutes. Files from outside are now parsed
 * in worker threads with a memory ceiling and a time limit, decompression stops at 128 MB, and
 * nesting is bounded; the answer is a clear error and the process keeps answering.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IpcResponse } from '@shared/ipc/errors';
import type { ExportedFile } from '@shared/ipc/interviews';
import { MAX_CONTENT_BYTES } from '@main/core/archive/container';
import type { Dispatch } from '@main/core/dispatch';
import { createSampleEngagement } from '@main/core/sample/sample-engagement';
import { Workspace } from '@main/core/workspace';
import { WorkspaceHolder } from '@main/core/workspace-holder';
import {
  boundMarkdownNesting,
  markdownToHtml,
  MAX_MARKDOWN_NESTING,
} from '@main/files/interview-notes-import';
import { parseInWorkers } from '@main/files/parse-jobs';
import { testDispatcher } from '@test/support/dispatcher';
import { workerBundles, type WorkerBundles } from '@test/support/worker-bundles';
import { archiveBomb, tinyValuesArchive } from './hostile-generators';
import { contentHash } from './support';

let dir: string;
let holder: WorkspaceHolder;
let bundles: WorkerBundles;
const logged: string[] = [];

function dispatcher(parse = parseInWorkers(bundles.parseWorker)): Dispatch {
  return testDispatcher(holder, {
    parse,
    log: (message, error) => logged.push(`${message}: ${String(error)}`),
  }).dispatch;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'klantspiegel-workers-'));
  holder = new WorkspaceHolder(Workspace.open(dir));
  createSampleEngagement(holder.current, 'nl');
  bundles = await workerBundles();
}, 60_000);

afterAll(() => {
  holder.current.close();
  rmSync(dir, { recursive: true, force: true });
  bundles.remove();
});

const errorKey = (response: IpcResponse<unknown>) =>
  response.ok ? 'accepted' : response.error.key;

/** The process still answers: a call that needs the workspace and the event loop. */
async function stillAnswers(dispatch: Dispatch): Promise<void> {
  const info = await dispatch('app.info', {});
  expect(info.ok).toBe(true);
  const list = await dispatch('engagements.list', { search: '', status: 'all', sort: 'client' });
  expect(list.ok).toBe(true);
}

describe('an archive crafted to exhaust memory', () => {
  it('a 0.5 MB archive around 400 MB of JSON is refused at 128 MB, nothing written', async () => {
    const bomb = await archiveBomb(400);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const dispatch = dispatcher();
    const before = contentHash(holder.current.db);
    const response = await dispatch('archives.import', {
      fileName: 'bomb.klantspiegel',
      bytes: bomb,
    });
    expect(response).toEqual({
      ok: false,
      error: { key: 'archive.tooLarge', params: { limitMb: MAX_CONTENT_BYTES / 1024 / 1024 } },
    });
    expect(contentHash(holder.current.db)).toBe(before);
    await stillAnswers(dispatch);
    expect(logged).toEqual([]);
  }, 60_000);

  it('millions of tiny values are refused before they are parsed', async () => {
    const dispatch = dispatcher();
    const response = await dispatch('archives.import', {
      fileName: 'tiny.klantspiegel',
      bytes: tinyValuesArchive(8),
    });
    expect(errorKey(response)).toBe('archive.tooComplex');
    await stillAnswers(dispatch);
  }, 60_000);

  it('a parse that needs more memory than its worker may use ends only that worker', async () => {
    // Real notes, but a worker allowed far too little memory for them: V8 ends that worker, the
    // main process answers with a clear message and keeps running. (Every single allocation a
    // parse makes is bounded by the input limits, far below a worker's ceiling, so what ends a
    // worker is growth like this, which V8 catches.)
    const lines = Array.from({ length: 80_000 }, (_, i) => `- punt **${i}** en *nog* wat`);
    const bytes = new TextEncoder().encode(lines.join('\n'));
    const starved = dispatcher(
      parseInWorkers(bundles.parseWorker, { limits: { notes: { maxHeapMb: 32 } } }),
    );
    const response = await starved('interviews.notes.import', { fileName: 'veel.md', bytes });
    expect(response).toEqual({
      ok: false,
      error: { key: 'interviews.import.tooComplex', params: { fileName: 'veel.md' } },
    });
    await stillAnswers(starved);
    // With the normal limit the very same file imports.
    const imported = await dispatcher()('interviews.notes.import', { fileName: 'veel.md', bytes });
    expect(imported.ok).toBe(true);
  }, 60_000);
});

describe('a Markdown file of deeply nested lists', () => {
  /** How deeply the HTML nests lists and quotes. */
  function nesting(html: string): number {
    let depth = 0;
    let deepest = 0;
    for (const match of html.matchAll(/<(\/?)(ul|ol|blockquote)\b/g)) {
      depth += match[1] ? -1 : 1;
      deepest = Math.max(deepest, depth);
    }
    return deepest;
  }

  it('thousands of list markers on one line: no stack overflow, the depth is bounded', async () => {
    // Today's code: marked recurses once per marker and throws "Maximum call stack size exceeded".
    const html = await markdownToHtml(`${'- '.repeat(5000)}diep\n${'> '.repeat(5000)}citaat\n`);
    expect(nesting(html)).toBeLessThanOrEqual(MAX_MARKDOWN_NESTING);
    expect(html).toContain('diep');
    expect(html).toContain('citaat');
  });

  it('4 MB of ever deeper indented lists imports at once, flattened, text intact', async () => {
    // Today's code: marked re-lexes every level (cubic time): this file took minutes.
    const lines = Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- punt ${i}`);
    const text = lines.join('\n');
    expect(text.length).toBeGreaterThan(4_000_000);
    const dispatch = dispatcher();
    const response = await dispatch('interviews.notes.import', {
      fileName: 'diep.md',
      bytes: new TextEncoder().encode(text),
    });
    expect(response.ok).toBe(true);
    const { html } = (response as { ok: true; value: { html: string } }).value;
    expect(nesting(html)).toBeLessThanOrEqual(2 * MAX_MARKDOWN_NESTING + 1);
    for (const i of [0, 1, 500, 1999]) expect(html).toContain(`punt ${i}<`);
    await stillAnswers(dispatch);
  }, 30_000);

  it('keeps ordinary nesting as it is', () => {
    const notes = '- Levering\n  - te laat\n    - twee weken\n\n1. eerst\n2. dan\n\n> citaat\n';
    expect(boundMarkdownNesting(notes)).toBe(notes);
  });

  it('a notes file that takes longer than its time limit is refused; the process goes on', async () => {
    const slow = dispatcher(
      parseInWorkers(bundles.parseWorker, { limits: { notes: { timeoutMs: 150 } } }),
    );
    const lines = Array.from({ length: 150_000 }, (_, i) => `${'  '.repeat(i % 16)}- punt ${i}`);
    const response = await slow('interviews.notes.import', {
      fileName: 'lang.md',
      bytes: new TextEncoder().encode(lines.join('\n')),
    });
    expect(response).toEqual({
      ok: false,
      error: { key: 'interviews.import.tooComplex', params: { fileName: 'lang.md' } },
    });
    await stillAnswers(slow);
  }, 30_000);
});

describe('a REFI-QDA file from another program', () => {
  it('is read in a parse worker: a real project imports, one needing more memory than the worker may use is refused', async () => {
    const dispatch = dispatcher();
    const [sample] = holder.current.engagements.list({ search: '', status: 'all', sort: 'client' });
    const exported = await dispatch('exchange.export', {
      engagementId: sample!.id,
      format: 'qdpx',
    });
    if (!exported.ok) throw new Error(exported.error.key);
    const file = exported.value as ExportedFile;
    const imported = await dispatch('exchange.import', {
      engagementId: sample!.id,
      fileName: file.fileName,
      bytes: file.bytes,
    });
    expect(imported).toMatchObject({ ok: true, value: { interviews: 9, themesCreated: 0 } });

    // A codebook of 200,000 codes, read by a worker allowed far too little memory for it.
    const codes = Array.from(
      { length: 200_000 },
      (_, i) =>
        `<Code guid="00000000-0000-4000-8000-${String(i).padStart(12, '0')}" name="Code ${i}" isCodable="true"/>`,
    );
    const codebook = `<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>${codes.join('')}</Codes></CodeBook>`;
    const starved = dispatcher(
      parseInWorkers(bundles.parseWorker, { limits: { exchangeFile: { maxHeapMb: 32 } } }),
    );
    const refused = await starved('exchange.import', {
      engagementId: sample!.id,
      fileName: 'groot.qdc',
      bytes: new TextEncoder().encode(codebook),
    });
    expect(refused).toEqual({
      ok: false,
      error: { key: 'files.tooComplex', params: { fileName: 'groot.qdc' } },
    });
    await stillAnswers(starved);
  }, 60_000);
});
