/**
 * `klantspiegel analyze` runs its analysis in a worker thread that warms up the statistics while
 * the file is read. The thread must change nothing but the time: its output is the calling
 * thread's, byte for byte, after a full warm-up too; and a thread that cannot run leaves the
 * analysis to the calling thread. Checked with the thread as it ships (out/main, built by
 * `npm run build`, which `npm test` runs first).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { readAnalysisInput } from '@main/cli/analyze';
import { analysisOutput } from '@main/cli/analysis-output';
import { startAnalysisThread } from '@main/cli/analysis-thread';
import { tempDir } from '@test/support/temp-workspace';

const WORKER = resolve('out/main/analyze-worker.js');

async function exportInput() {
  const { input } = await readAnalysisInput({
    instrument: 'test/fixtures/samples/mini-scan.instrument.json',
    responses: 'test/fixtures/samples/google-forms-export.csv',
    groupColumn: 'Department',
    anonymityThreshold: 3,
  });
  return input;
}

describe('the analysis thread of klantspiegel analyze', () => {
  it('writes what the calling thread writes, as JSON and as the summary', async () => {
    if (!existsSync(WORKER)) throw new Error('run `npm run build` first');
    const input = await exportInput();
    for (const format of ['json', 'summary'] as const) {
      const result = await startAnalysisThread(WORKER).run(input, format);
      expect(result).toEqual({ text: analysisOutput(input, format), inThread: true });
    }
    const { text } = await startAnalysisThread(WORKER).run(input, 'json');
    expect(JSON.parse(text)).toMatchObject({
      comparisons: expect.arrayContaining([
        expect.objectContaining({ groupA: expect.any(String) }),
      ]),
    });
  }, 60_000);

  it('writes the same bytes after the thread has warmed up the statistics', async () => {
    if (!existsSync(WORKER)) throw new Error('run `npm run build` first');
    const input = await exportInput();
    const thread = startAnalysisThread(WORKER);
    // Time for the warm-up analyses (they stop when the job comes).
    await sleep(1_500);
    expect(await thread.run(input, 'json')).toEqual({
      text: analysisOutput(input, 'json'),
      inThread: true,
    });
  }, 60_000);

  it('analyses in the calling thread when the thread cannot run', async () => {
    const input = await exportInput();
    const expected = analysisOutput(input, 'json');
    // A file that is not there (the thread fails), and a name no thread can start from.
    for (const file of [join(tempDir(), 'no-such-worker.js'), 'no-such-worker.js']) {
      expect(await startAnalysisThread(file).run(input, 'json')).toEqual({
        text: expected,
        inThread: false,
      });
    }
  });
});
