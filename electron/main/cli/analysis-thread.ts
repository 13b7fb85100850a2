/**
 * The main thread's side of the analysis thread (analyze-worker.ts): started before anything else
 * of `analyze` is loaded, sent the analysis's input once the file is read, and it answers with the
 * output text. The thread never keeps the process alive except while an analysis is awaited: a
 * command that refuses its input ends at once. Should the thread itself fail (it could not start,
 * or it ended), the analysis runs in the calling thread instead: the thread only ever saves time.
 */
import { Worker } from 'node:worker_threads';
import type { AnalysisInput } from '@shared/questionnaire/analysis-json';
import type { AnalysisFormat } from './analysis-output';

export interface AnalysisJob {
  input: AnalysisInput;
  format: AnalysisFormat;
}

export type AnalysisReply = { ok: true; text: string } | { ok: false; message: string };

export interface AnalysisThread {
  /** The output of the analysis of `input` (one job per thread), and whether the thread ran it. */
  run(input: AnalysisInput, format: AnalysisFormat): Promise<{ text: string; inThread: boolean }>;
}

/** The analysis in the calling thread. */
async function analyseHere(input: AnalysisInput, format: AnalysisFormat) {
  const { analysisOutput } = await import('./analysis-output');
  return { text: analysisOutput(input, format), inThread: false };
}

export function startAnalysisThread(workerFile: string): AnalysisThread {
  let worker: Worker;
  try {
    worker = new Worker(workerFile);
  } catch {
    return { run: analyseHere };
  }
  const reply = new Promise<AnalysisReply>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the thread ended with exit code ${code}`)));
  });
  // A thread that fails before it is given a job (the input was refused) reports nothing.
  reply.catch(() => undefined);
  // After the listeners: adding a 'message' listener holds the process open again.
  worker.unref();
  return {
    async run(input, format) {
      worker.ref();
      let answer: AnalysisReply | null = null;
      try {
        worker.postMessage({ input, format } satisfies AnalysisJob);
        answer = await reply;
      } catch {
        // The thread failed, not the analysis (whose errors come as a reply): run it here.
      } finally {
        worker.unref();
      }
      if (answer === null) return analyseHere(input, format);
      if (!answer.ok) throw new Error(answer.message);
      return { text: answer.text, inThread: true };
    },
  };
}
