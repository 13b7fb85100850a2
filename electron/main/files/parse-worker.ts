/**
 * Worker-thread entry for parsing one untrusted file (see parse-jobs.ts and worker-pool.ts): runs
 * the job named in `workerData` and posts its value or its typed error. The thread is ended after
 * the one job.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { answerFromWorker, type WorkerReply } from './worker-pool';
import { fileNameOf, isParseJob, PARSE_LIMITS, runParseJob } from './parse-jobs';

const { job, input } = workerData as { job: unknown; input: never };
const post = (reply: WorkerReply) => parentPort?.postMessage(reply);

if (isParseJob(job)) {
  const fileName = fileNameOf(input);
  void answerFromWorker(post, () => runParseJob(job, input), {
    key: PARSE_LIMITS[job].tooComplexKey,
    params: fileName === undefined ? {} : { fileName },
  });
} else {
  post({ type: 'failed', error: { key: 'errors.internal', params: { detail: 'unknown job' } } });
}
