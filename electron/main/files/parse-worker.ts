/**
 * Worker-thread entry for parsing one untrusted file (see parse-jobs.ts and worker-pool.ts): runs
 * the job named in `workerData` and posts its value or its typed error. The thread is ended after
 * the one job.
 */
import { parentPort } from 'node:worker_threads';
import { answerFromWorker, jobInput, standbyWarmUp, type PostReply } from './worker-pool';
import { fileNameOf, isParseJob, loadParseJobCode, PARSE_LIMITS, runParseJob } from './parse-jobs';

const post: PostReply = (reply, transfer) => parentPort?.postMessage(reply, transfer);

// Started ahead of its file (the consultant opened the import view): load the job's code now.
const warmUp = standbyWarmUp();
if (isParseJob(warmUp)) void loadParseJobCode(warmUp);

void jobInput<{ job: unknown; input: never }>().then(({ job, input }) => {
  if (isParseJob(job)) {
    const fileName = fileNameOf(input);
    void answerFromWorker(post, () => runParseJob(job, input), {
      key: PARSE_LIMITS[job].tooComplexKey,
      params: fileName === undefined ? {} : { fileName },
    });
  } else {
    post({ type: 'failed', error: { key: 'errors.internal', params: { detail: 'unknown job' } } });
  }
});
