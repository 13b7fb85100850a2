/**
 * The `klantspiegel` command line: the app's own code without Electron, for automation.
 *   klantspiegel analyze --instrument <file.json|builtin-id> --responses <file.csv|file.xlsx>
 *                        [--group-column <name>] [--anonymity-threshold <n>] [--json] [--out <file>]
 *   klantspiegel sample --db <workspace.sqlite> [--language nl|en]
 *   klantspiegel report --engagement <id> --db <workspace.sqlite> --out <file.docx|file.pptx>
 *   klantspiegel export --engagement <id> --db <workspace.sqlite> --out <file.qdpx|file.qdc>
 *   klantspiegel paper --instrument <id|file.json> [--language nl|en] [--groups <list>] --out <file.docx>
 *
 * Output is written completely before the process ends: the exit status is set with
 * `process.exitCode`, never with `process.exit()` after a write (which cuts off a pipe after
 * 64 KiB). Each command loads only its own code: `analyze` no SQLite and no Word writer.
 */
import { hasFlag, readOption } from '../core/args';
import { enableCompileCache, flushCompileCache } from '../core/compile-cache';
import { loadAnalyzeScript, saveAnalyzeCodeCache, type AnalyzeModule } from './analyze-script';

// Not `import … from 'node:fs'`: Node's ES-module view of node:fs reads all its exports, among
// them the stream classes and fs/promises, which loads Node's stream modules (several ms of a
// command that needs none of them). See also analyze.ts.
const { closeSync, openSync, writeFileSync, writeSync } = process.getBuiltinModule('node:fs');

// Before any command's code is loaded (the commands are imported on demand below).
enableCompileCache();

const ANALYZE_USAGE = `klantspiegel analyze --instrument <file.json|builtin-id> --responses <file.csv|file.xlsx>
                     [--group-column <name>] [--anonymity-threshold <n>] [--json] [--out <file>]

  Analyses a survey export as the app does after importing it: columns are matched to the
  statements by code or question text, answer labels are read, a respondent-id column is used,
  group names are matched regardless of case and accents. A file the app would refuse is refused
  (exit status 1) with every problem named by row and column.
  --group-column        the column that holds the group (default: one the app recognises)
  --anonymity-threshold groups with fewer respondents are not shown (default 5, at least 3)
  --json                every figure as JSON (docs/analysis.schema.json) instead of a summary
  --out <file>          write to this file instead of standard output`;

const SAMPLE_USAGE = `klantspiegel sample --db <workspace.sqlite> [--language nl|en]

  Creates the synthetic sample engagement in a workspace (a new one when the file does not exist)
  and prints its id.`;

const REPORT_USAGE = `klantspiegel report --engagement <id> --db <workspace.sqlite> --out <file.docx|file.pptx>

  Writes an engagement's Word report (.docx) or workshop deck (.pptx), by the extension of --out,
  with its saved settings and the workspace's house style.`;

const EXPORT_USAGE = `klantspiegel export --engagement <id> --db <workspace.sqlite> --out <file.qdpx|file.qdc>

  Writes an engagement's interviews, codebook, coded passages, quotes and memos as a REFI-QDA
  project (.qdpx) for MAXQDA, ATLAS.ti or NVivo, or its codebook alone (.qdc).`;

const PAPER_USAGE = `klantspiegel paper --instrument <id|file.json> [--language nl|en]
                    [--groups "Productie=20,Verkoop=15"] --out <file.docx>

  Writes the printable questionnaire of a built-in instrument or an instrument file, as the app
  does. --groups prints the group boxes and, for a group with a number, that many pre-numbered
  forms (P001, P002, …).`;

const USAGE = `Usage:
  ${ANALYZE_USAGE}

  ${SAMPLE_USAGE}

  ${REPORT_USAGE}

  ${EXPORT_USAGE}

  ${PAPER_USAGE}`;

/** A problem in the user's input: reported as one line, exit code 1, never a stack trace. */
class UsageError extends Error {}

function isHelp(args: readonly string[]): boolean {
  return hasFlag(args, 'help') || args.includes('-h');
}

/** The standard streams this process wrote to (the ones to wait for before a quick exit). */
const writtenStreams = new Set<NodeJS.WriteStream>();

/** Every write of the command to standard output or error goes through here. */
function write(stream: NodeJS.WriteStream, data: string | Uint8Array): void {
  writtenStreams.add(stream);
  stream.write(data);
}

/** Whether `text` is ASCII, so that its Latin-1 bytes are its UTF-8 bytes. */
function isAscii(text: string): boolean {
  return Buffer.byteLength(text, 'utf8') === text.length;
}

/**
 * `text` and a line break as UTF-8 bytes. The JSON of an analysis is nearly always ASCII (figures,
 * codes): then its Latin-1 bytes are its UTF-8 bytes, a copy, where encoding 2 MB of text as
 * UTF-8 costs ~8 ms. Checked on the text itself, which JSON.stringify returns flat (joined with
 * the line break first, the engine would have to flatten it before the check).
 */
function utf8Line(text: string): Buffer {
  if (!isAscii(text)) return Buffer.from(`${text}\n`, 'utf8');
  const bytes = Buffer.allocUnsafe(text.length + 1);
  bytes.write(text, 0, 'latin1');
  bytes[text.length] = 0x0a;
  return bytes;
}

/** Bytes of an ASCII text copied and written at a time (see writeAsciiLine). */
const WRITE_SLICE = 64 * 1024;

/**
 * Writes ASCII `text` and a line break to the file `out`, a slice at a time through one small
 * buffer. The analysis's JSON is ~2 MB: a buffer of its whole size is fresh memory, whose first
 * touch costs ~10 ms of an `analyze` here (~3.3 ms/MB); the 64 KB buffer is touched once.
 */
function writeAsciiLine(text: string, out: string): void {
  const buffer = Buffer.allocUnsafe(WRITE_SLICE);
  const fd = openSync(out, 'w');
  try {
    // Up to and including the slice that is short (empty when the text fills the last one): it
    // takes the line break.
    for (let start = 0; start <= text.length; start += WRITE_SLICE) {
      let length = buffer.write(text.slice(start, start + WRITE_SLICE), 0, 'latin1');
      if (length < WRITE_SLICE) buffer[length++] = 0x0a;
      for (let written = 0; written < length;) {
        written += writeSync(fd, buffer, written, length - written);
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** Writes `text` and a line break to `out`, or else to standard output. */
function emit(text: string, out: string | undefined): void {
  if (out === undefined) write(process.stdout, utf8Line(text));
  else if (isAscii(text)) writeAsciiLine(text, out);
  else writeFileSync(out, utf8Line(text));
}

async function runAnalyze(args: string[]): Promise<void> {
  if (isHelp(args)) {
    write(process.stdout, `Usage:\n  ${ANALYZE_USAGE}\n`);
    return;
  }
  const instrument = readOption(args, 'instrument');
  const responses = readOption(args, 'responses');
  if (!instrument || !responses) {
    throw new UsageError(`analyze needs --instrument and --responses.\nUsage:\n  ${ANALYZE_USAGE}`);
  }
  const threshold = readOption(args, 'anonymity-threshold');
  if (threshold !== undefined && !(Number.isInteger(Number(threshold)) && Number(threshold) >= 3)) {
    throw new UsageError('--anonymity-threshold must be a whole number of at least 3.');
  }
  const { analyze, formatAnalysis, InputError } = loadAnalyzeScript();
  let result: Awaited<ReturnType<AnalyzeModule['analyze']>>;
  try {
    result = await analyze({
      instrument,
      responses,
      groupColumn: readOption(args, 'group-column'),
      anonymityThreshold: threshold === undefined ? undefined : Number(threshold),
    });
  } catch (error) {
    // The script has its own InputError class: its refusals are the user's input as well.
    throw error instanceof InputError ? new UsageError(error.message) : error;
  }
  for (const warning of result.warnings) write(process.stderr, `klantspiegel: note: ${warning}\n`);
  emit(
    hasFlag(args, 'json')
      ? JSON.stringify(result.json, null, 2)
      : formatAnalysis(result.instrument, result.json),
    readOption(args, 'out'),
  );
  saveAnalyzeCodeCache();
}

async function runSampleCommand(args: string[]): Promise<void> {
  if (isHelp(args)) {
    write(process.stdout, `Usage:\n  ${SAMPLE_USAGE}\n`);
    return;
  }
  const { runSample } = await import('./sample');
  const id = runSample({ db: readOption(args, 'db'), language: readOption(args, 'language') });
  write(process.stdout, `${id}\n`);
}

async function runReportCommand(args: string[]): Promise<void> {
  if (isHelp(args)) {
    write(process.stdout, `Usage:\n  ${REPORT_USAGE}\n`);
    return;
  }
  const { runReport } = await import('./report');
  const message = await runReport({
    engagement: readOption(args, 'engagement'),
    db: readOption(args, 'db'),
    out: readOption(args, 'out'),
  });
  write(process.stdout, `${message}\n`);
}

async function runExportCommand(args: string[]): Promise<void> {
  if (isHelp(args)) {
    write(process.stdout, `Usage:\n  ${EXPORT_USAGE}\n`);
    return;
  }
  const { runExport } = await import('./export');
  const message = await runExport({
    engagement: readOption(args, 'engagement'),
    db: readOption(args, 'db'),
    out: readOption(args, 'out'),
  });
  write(process.stdout, `${message}\n`);
}

async function runPaperCommand(args: string[]): Promise<void> {
  if (isHelp(args)) {
    write(process.stdout, `Usage:\n  ${PAPER_USAGE}\n`);
    return;
  }
  const { runPaper } = await import('./paper');
  const message = await runPaper({
    instrument: readOption(args, 'instrument'),
    language: readOption(args, 'language'),
    groups: readOption(args, 'groups'),
    out: readOption(args, 'out'),
  });
  write(process.stdout, `${message}\n`);
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'analyze') {
    await runAnalyze(rest);
    return 0;
  }
  if (command === 'sample') {
    await runSampleCommand(rest);
    return 0;
  }
  if (command === 'paper') {
    await runPaperCommand(rest);
    return 0;
  }
  if (command === 'report') {
    await runReportCommand(rest);
    return 0;
  }
  if (command === 'export') {
    await runExportCommand(rest);
    return 0;
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    write(process.stdout, `${USAGE}\n`);
    return 0;
  }
  write(process.stderr, `klantspiegel: unknown command "${command}".\n${USAGE}\n`);
  return 2;
}

async function isInputError(error: unknown): Promise<boolean> {
  if (error instanceof UsageError) return true;
  const { InputError } = await import('./input-error');
  return error instanceof InputError;
}

/**
 * Commands that leave nothing to tidy up when they are done (no database, worker or timer): the
 * process may end at once rather than by itself (see `exitWhenWritten`).
 */
const QUICK_EXIT_COMMANDS = new Set(['analyze']);

/**
 * Ends the process with `code` once the standard streams written to have handed everything to
 * the system. Ending by itself, a process tears down its whole heap and waits for the engine's
 * background work (tens of milliseconds after an analysis); `process.exit()` skips that, but
 * would cut off output still on its way into a pipe: a write's callback runs only after every
 * write before it has gone out. Node's compile cache, written at a natural end, is written first.
 */
function exitWhenWritten(code: number): void {
  process.exitCode = code;
  let open = writtenStreams.size + 1;
  const done = () => {
    open -= 1;
    if (open > 0) return;
    flushCompileCache();
    process.exit(code);
  };
  for (const stream of writtenStreams) stream.write('', done);
  done();
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code === 0 && QUICK_EXIT_COMMANDS.has(process.argv[2] ?? '')) exitWhenWritten(code);
    else process.exitCode = code;
  },
  async (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    write(
      process.stderr,
      (await isInputError(error))
        ? `klantspiegel: ${message}\n`
        : `klantspiegel: unexpected error: ${message}\n`,
    );
    process.exitCode = 1;
  },
);
