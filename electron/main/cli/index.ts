/**
 * The `klantspiegel` command line: the app's own code without Electron, for automation.
 *   klantspiegel analyze --instrument <file.json|builtin-id> --responses <file.csv|file.xlsx>
 *                        [--group-column <name>] [--anonymity-threshold <n>] [--json]
 *   klantspiegel sample --db <workspace.sqlite> [--language nl|en]
 *   klantspiegel report --engagement <id> --db <workspace.sqlite> --out <file.docx|file.pptx>
 * `--help` on any command prints its usage and exits 0. Output is written with the exit code set
 * (not process.exit), so a pipe receives all of it.
 */
import { hasFlag, readOption } from '../core/args';
import { analyze, formatAnalysis, InputError } from './analyze';
import { REPORT_USAGE, runReport } from './report';
import { runSample, SAMPLE_USAGE } from './sample';

const ANALYZE_USAGE = `klantspiegel analyze --instrument <file.json|builtin-id> --responses <file.csv|file.xlsx>
                       [--group-column <name>] [--anonymity-threshold <n>] [--json]`;

const USAGE = `Usage:
  ${ANALYZE_USAGE}
  ${SAMPLE_USAGE}
  ${REPORT_USAGE}`;

const COMMAND_USAGE: Record<string, string> = {
  analyze: ANALYZE_USAGE,
  sample: SAMPLE_USAGE,
  report: REPORT_USAGE,
};

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command !== undefined && COMMAND_USAGE[command] && hasFlag(rest, 'help')) {
    process.stdout.write(`Usage: ${COMMAND_USAGE[command]}\n`);
    return 0;
  }
  if (command === 'analyze') {
    const instrument = readOption(rest, 'instrument');
    const responses = readOption(rest, 'responses');
    if (!instrument || !responses)
      throw new InputError(`analyze needs --instrument and --responses.\n${USAGE}`);
    const threshold = readOption(rest, 'anonymity-threshold');
    if (
      threshold !== undefined &&
      !(Number.isInteger(Number(threshold)) && Number(threshold) >= 3)
    ) {
      throw new InputError('--anonymity-threshold must be a whole number of at least 3.');
    }
    const result = await analyze({
      instrument,
      responses,
      groupColumn: readOption(rest, 'group-column'),
      anonymityThreshold: threshold === undefined ? undefined : Number(threshold),
    });
    process.stdout.write(
      hasFlag(rest, 'json')
        ? `${JSON.stringify(result.json, null, 2)}\n`
        : `${formatAnalysis(result.instrument, result.json)}\n`,
    );
    return 0;
  }
  if (command === 'sample') {
    const id = runSample({ db: readOption(rest, 'db'), language: readOption(rest, 'language') });
    process.stdout.write(`${id}\n`);
    return 0;
  }
  if (command === 'report') {
    const message = await runReport({
      engagement: readOption(rest, 'engagement'),
      db: readOption(rest, 'db'),
      out: readOption(rest, 'out'),
    });
    process.stdout.write(`${message}\n`);
    return 0;
  }
  const help = command === undefined || command === '--help' || command === 'help';
  (help ? process.stdout : process.stderr).write(`${USAGE}\n`);
  return help ? 0 : 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof InputError) process.stderr.write(`klantspiegel: ${error.message}\n`);
    else
      process.stderr.write(
        `klantspiegel: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    process.exitCode = 1;
  },
);
