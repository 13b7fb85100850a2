/**
 * The main thread's side of the analysis thread (analyze-worker.ts): started before anything else
 * of `analyze` is loaded, sent the analysis's input once the file is read, and it answers with the
 * output text. The thread never keeps the process alive except while an analysis is awaited: a
 * command that refuses its input ends at once.
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
  /** The output of the analysis of `input` (one job per thread). */
  run(input: AnalysisInput, format: AnalysisFormat): Promise<string>;
}

export function startAnalysisThread(workerFile: string): AnalysisThread {
  const worker = new Worker(workerFile);
  const reply = new Promise<AnalysisReply>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`the analysis thread ended (exit code ${code})`)),
    );
  });
  // A thread that fails before it is given a job (the input was refused) reports nothing.
  reply.catch(() => undefined);
  // After the listeners: adding a 'message' listener holds the process open again.
  worker.unref();
  return {
    async run(input, format) {
      worker.ref();
      try {
        worker.postMessage({ input, format } satisfies AnalysisJob);
        const answer = await reply;
        if (!answer.ok) throw new Error(answer.message);
        return answer.text;
      } finally {
        worker.unref();
      }
    },
  };
}
