/**
 * The analysis thread of `klantspiegel analyze` (started by analysis-thread.ts). The command starts
 * it first thing: while the main thread loads the import code, validates the instrument and reads
 * the responses file, this thread loads the statistics and runs small analyses of generated data,
 * so that the engine has compiled them when the file's analysis arrives. A fresh process runs new
 * code interpreted at first, and the statistics are a lot of code: run cold, the analysis of 5,000
 * respondents took several times as long. The file's analysis is the same function on the same
 * input, so its output is the same, byte for byte.
 */
import { parentPort } from 'node:worker_threads';
import { enableCompileCache, flushCompileCache } from '../core/compile-cache';
import type { AnalysisJob, AnalysisReply } from './analysis-thread';

// Before the statistics are loaded (below).
enableCompileCache();

/**
 * Warm-up analyses at most; they stop when the job comes. On an idle machine the job comes after
 * a few; on a busy one more would only take time from the main thread's reading.
 */
const MAX_WARM_UP_STEPS = 8;

async function serve(port: NonNullable<typeof parentPort>): Promise<void> {
  let started = false;
  // Messages wait in the port until a listener is added.
  const { analysisOutput, warmUpAnalysis } = await import('./analysis-output');
  // The main thread ends the process as soon as its output is written, which would end this
  // thread before Node writes the compile cache of the modules it loaded.
  flushCompileCache();
  port.once('message', (job: AnalysisJob) => {
    started = true;
    let reply: AnalysisReply;
    try {
      reply = { ok: true, text: analysisOutput(job.input, job.format) };
    } catch (error) {
      reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
  for (let step = 0; step < MAX_WARM_UP_STEPS && !started; step++) {
    warmUpAnalysis(step);
    // A job that has arrived is taken before the next step.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

if (parentPort) void serve(parentPort);
