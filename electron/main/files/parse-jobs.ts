/**
 * Every parse of a file that comes from outside, as one table of jobs. The handlers never parse
 * such a file themselves: they ask a `FileParser`, which in the app and the browser host runs the
 * job in a worker thread with the job's memory and time limit (parse-worker.ts, worker-pool.ts),
 * so a crafted archive, Markdown, Word, Excel or CSV file costs at most one worker. Unit tests
 * and the command line may run the same jobs in their own thread.
 */
import { AppError } from '@shared/ipc/errors';
import type { ImportInputs } from '@main/core/import/survey-import';
import type { ImportMapping } from '@shared/import';
import { jsonBeyondLimits } from './json-depth';
import { WorkerPool, type WorkerLimits } from './worker-pool';

interface Upload {
  fileName: string;
  bytes: Uint8Array;
}

/** Instrument and norm files are a few hundred kB; a JSON file over this is not one of them. */
const MAX_JSON_FILE_BYTES = 10 * 1024 * 1024;
/** Instrument and norm files nest about 8 levels deep and hold some thousands of values. */
const JSON_FILE_LIMITS = { maxDepth: 32, maxValues: 1_000_000 };

function tooLarge(fileName: string, limit: number): AppError {
  return new AppError('files.tooLarge', { fileName, limitMb: limit / 1024 / 1024 });
}

/** A JSON file (instrument, norm set) as a value; `errorKey` names what is wrong with it. */
function parseJsonFile({ fileName, bytes, errorKey }: Upload & { errorKey: string }): unknown {
  if (bytes.length > MAX_JSON_FILE_BYTES) throw tooLarge(fileName, MAX_JSON_FILE_BYTES);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new AppError(errorKey);
  }
  if (jsonBeyondLimits(text, JSON_FILE_LIMITS)) throw new AppError(errorKey);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError(errorKey);
  }
}

/** The code of jobs a worker may load before its file arrives (WorkerPool.startAhead). */
const JOB_CODE = {
  surveyAnalysis: () => import('@main/core/import/survey-import'),
};

export async function loadParseJobCode(job: ParseJobName): Promise<void> {
  if (job in JOB_CODE) await JOB_CODE[job as keyof typeof JOB_CODE]();
}

/**
 * The jobs. Each loads what it needs when it runs: a worker does one job, and loading the code of
 * all of them would add a tenth of a second to every file.
 */
export const PARSE_JOBS = {
  /** A survey export (CSV or XLSX): read, mapped and previewed; the analysis and its rows come back. */
  surveyAnalysis: async ({
    file,
    mapping,
    inputs,
  }: {
    file: Upload;
    mapping: ImportMapping | undefined;
    inputs: ImportInputs;
  }) => (await JOB_CODE.surveyAnalysis()).analyseSurveyFile(file, mapping, inputs),
  /** Interview notes (Word, Markdown, text) as the editor's HTML. */
  notes: async ({ fileName, bytes }: Upload) =>
    (await import('./interview-notes-import')).importNotesFile(fileName, bytes),
  /** An engagement archive: decrypted, unpacked, parsed and checked against the format. */
  archive: async ({ bytes, passphrase }: Upload & { passphrase?: string | undefined }) => {
    const [{ openArchive }, { parseArchiveContent }, { LATEST_SCHEMA_VERSION }] = await Promise.all(
      [
        import('@main/core/archive/container'),
        import('@main/core/archive/content'),
        import('@main/core/db/migrations'),
      ],
    );
    return parseArchiveContent(await openArchive(bytes, passphrase), LATEST_SCHEMA_VERSION);
  },
  /** An instrument or norm file as a JSON value. */
  jsonFile: (input: Upload & { errorKey: string }) => Promise.resolve(parseJsonFile(input)),
  /** A norm set as CSV (dimension,mean,sd,n,p10…p90). */
  normCsv: async ({ fileName, bytes }: Upload) => {
    if (bytes.length > MAX_JSON_FILE_BYTES) throw tooLarge(fileName, MAX_JSON_FILE_BYTES);
    const { parseNormCsv } = await import('@shared/content');
    return parseNormCsv(new TextDecoder('utf-8').decode(bytes));
  },
  /** A REFI-QDA project (.qdpx) or codebook (.qdc) from another program, as plain data. */
  exchangeFile: async ({ bytes }: Upload) =>
    (await import('@main/core/refi-qda/read-file')).readExchangeFile(bytes),
  /** The styles of the firm's Word template. */
  wordTemplate: async ({ fileName, bytes }: Upload) =>
    (await import('@main/core/report/template')).readWordTemplate(fileName, bytes),
};

export type ParseJobs = typeof PARSE_JOBS;
export type ParseJobName = keyof ParseJobs;
export type ParseInput<J extends ParseJobName> = Parameters<ParseJobs[J]>[0];
export type ParseOutput<J extends ParseJobName> = Awaited<ReturnType<ParseJobs[J]>>;

/** Parses one file; see the two implementations below. */
export type FileParser = (<J extends ParseJobName>(
  job: J,
  input: ParseInput<J>,
) => Promise<ParseOutput<J>>) & {
  /** A file for `job` is likely to come (the import view opened): get a worker ready for it. */
  startAhead?: (job: ParseJobName) => void;
};

export function isParseJob(name: unknown): name is ParseJobName {
  return typeof name === 'string' && Object.hasOwn(PARSE_JOBS, name);
}

export function runParseJob<J extends ParseJobName>(
  job: J,
  input: ParseInput<J>,
): Promise<ParseOutput<J>> {
  const run = PARSE_JOBS[job] as (input: ParseInput<J>) => Promise<ParseOutput<J>>;
  return run(input);
}

/** In the calling thread: for the command line and tests that are not about hostile files. */
export const parseInThisThread: FileParser = (job, input) => runParseJob(job, input);

interface JobSpec extends WorkerLimits {
  /** The message when the file needs more memory or time than the limit. */
  tooComplexKey: string;
}

/**
 * The nursery of a survey export's analysis and of its commit (import worker): the rows they keep
 * outlive it anyway, and with 4 MB instead of 16 an import of 10,000 × 60 peaks ~10 MB lower,
 * with no more CPU time (measured with the bench's import case).
 */
export const SURVEY_YOUNG_GENERATION_MB = 4;

/**
 * Memory and time per job. They are far above what real files need (a 10,000-row survey export
 * reads in about a second and 200 MB; the largest real archive in a few seconds), and far below
 * what would hurt the laptop; a file that needs more is refused, never half read.
 */
export const PARSE_LIMITS: Record<ParseJobName, JobSpec> = {
  surveyAnalysis: {
    maxHeapMb: 2048,
    timeoutMs: 120_000,
    tooComplexKey: 'import.tooComplex',
    youngGenerationMb: SURVEY_YOUNG_GENERATION_MB,
  },
  notes: { maxHeapMb: 512, timeoutMs: 30_000, tooComplexKey: 'interviews.import.tooComplex' },
  archive: { maxHeapMb: 1536, timeoutMs: 60_000, tooComplexKey: 'archive.tooComplex' },
  jsonFile: { maxHeapMb: 256, timeoutMs: 15_000, tooComplexKey: 'files.tooComplex' },
  normCsv: { maxHeapMb: 256, timeoutMs: 15_000, tooComplexKey: 'files.tooComplex' },
  wordTemplate: { maxHeapMb: 256, timeoutMs: 15_000, tooComplexKey: 'files.tooComplex' },
  exchangeFile: { maxHeapMb: 512, timeoutMs: 30_000, tooComplexKey: 'files.tooComplex' },
};

export interface WorkerParserOptions {
  /** Tighter limits (tests of the limits themselves). */
  limits?: Partial<Record<ParseJobName, Partial<WorkerLimits>>>;
  pool?: WorkerPool;
}

/** In worker threads from `workerFile` (the built parse-worker.js), one per file. */
export function parseInWorkers(workerFile: string, options: WorkerParserOptions = {}): FileParser {
  const pool = options.pool ?? new WorkerPool();
  const specOf = (job: ParseJobName) => ({ ...PARSE_LIMITS[job], ...options.limits?.[job] });
  const parse: FileParser = (job, input) => {
    const spec = specOf(job);
    const fileName = fileNameOf(input);
    return pool.run({
      workerFile,
      workerData: { job, input },
      limits: spec,
      tooComplexKey: spec.tooComplexKey,
      params: fileName === undefined ? {} : { fileName },
    });
  };
  parse.startAhead = (job) => pool.startAhead(workerFile, specOf(job), job);
  return parse;
}

/** The name of the file a job reads, for its messages. */
export function fileNameOf(input: unknown): string | undefined {
  const direct = (input as { fileName?: unknown }).fileName;
  const nested = (input as { file?: { fileName?: unknown } }).file?.fileName;
  const name = direct ?? nested;
  return typeof name === 'string' ? name : undefined;
}
