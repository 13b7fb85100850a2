/**
 * `npm run bench`: speed and memory on generated data. Each case runs in its own process so its
 * peak memory is its own. Figures are printed; goals from the issues are shown beside them.
 */
import type { BenchFigure } from './measure';
import { CASE_FLAG, runCaseInChild } from './measure';
import { CASES } from './cases';

/** Cases that only run as part of another case. */
const INTERNAL_CASES = new Set([
  'importRun',
  'analysisInProcess',
  'analysisKloof',
  'analysisKloofRun',
]);

function format(figure: BenchFigure): string {
  const value = Number.isNaN(figure.value)
    ? '–'
    : figure.unit === '×'
      ? figure.value.toFixed(1)
      : figure.value.toFixed(figure.value < 10 ? 2 : 0);
  // The ratio is measured / goal: below 1 the goal is met, 0.5 means twice as fast as asked.
  const goal =
    figure.atLeast !== undefined
      ? // A speed-up: met at or above the goal; the ratio is measured ÷ goal (1.5: half again).
        `  (goal ≥ ${figure.atLeast} ${figure.unit}: ${figure.value >= figure.atLeast ? 'met' : 'NOT met'}, ` +
        `ratio ${(figure.value / figure.atLeast).toFixed(2)})`
      : figure.goal === undefined
        ? ''
        : `  (goal ≤ ${figure.goal} ${figure.unit}: ${figure.value <= figure.goal ? 'met' : 'NOT met'}, ` +
          `ratio ${(figure.value / figure.goal).toFixed(2)})`;
  const note = figure.note ? `  — ${figure.note}` : '';
  return `${figure.label.padEnd(84)} ${value.padStart(9)} ${figure.unit}${goal}${note}`;
}

async function main() {
  const caseIndex = process.argv.indexOf(CASE_FLAG);
  if (caseIndex >= 0) {
    const name = process.argv[caseIndex + 1] ?? '';
    const run = CASES[name];
    if (!run) throw new Error(`unknown bench case ${name}`);
    process.send?.(await run(process.argv[caseIndex + 2]));
    return;
  }
  const only = process.argv.slice(2);
  console.log('Klantspiegel bench (generated data; medians of repeated runs)\n');
  for (const name of Object.keys(CASES)) {
    if (INTERNAL_CASES.has(name) || (only.length > 0 && !only.includes(name))) continue;
    for (const figure of await runCaseInChild(name)) console.log(format(figure));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
