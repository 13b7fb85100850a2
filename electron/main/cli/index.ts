/**
 * The `klantspiegel` command line: the app's own code without Electron, for automation.
 *   klantspiegel analyze --instrument <file.json|builtin-id> --responses <file.csv|file.xlsx>
 *                        [--group-column <name>] [--anonymity-threshold <n>] [--json]
 *   klantspiegel report --engagement <id> --db <workspace.sqlite> --out <file.docx>
 *   klantspiegel paper --instrument <id|file.json> [--language nl|en] [--groups <list>] --out <file.docx>
 */
import { hasFlag, readOption } from '../core/args';
import { analyze, formatAnalysis, InputError } from './analyze';
import { PAPER_USAGE, runPaper } from './paper';
import { REPORT_USAGE, runReport } from './report';

const USAGE = `Usage:
  klantspiegel analyze --instrument <file.json|builtin-id> --responses <file.csv|file.xlsx>
                       [--group-column <name>] [--anonymity-threshold <n>] [--json]
  ${REPORT_USAGE}
  ${PAPER_USAGE}`;

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
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
  if (command === 'paper') {
    if (hasFlag(rest, 'help')) {
      process.stdout.write(`Usage: ${PAPER_USAGE}\n`);
      return 0;
    }
    const message = await runPaper({
      instrument: readOption(rest, 'instrument'),
      language: readOption(rest, 'language'),
      groups: readOption(rest, 'groups'),
      out: readOption(rest, 'out'),
    });
    process.stdout.write(`${message}\n`);
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
  process.stderr.write(`${USAGE}\n`);
  return command === undefined || command === '--help' || command === 'help' ? 0 : 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof InputError) process.stderr.write(`klantspiegel: ${error.message}\n`);
    else
      process.stderr.write(
        `klantspiegel: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    process.exit(1);
  },
);
