/**
 * The app's start-up warm-up of the analysis (see shared/gaps/warm-up.ts): a few seconds after
 * start, once the engagement list is up, the statistics and the answer decoder run on small
 * generated data, one short step per timer tick, so the consultant's first Kloof tab or report
 * runs on compiled code instead of paying for the engine's warm-up itself. The analysis code is
 * loaded only then (start-up does not wait for it); the wait before it never keeps a process
 * alive.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { decodeAnswersInto as DecodeAnswers } from './repositories/answers-codec';

/** After start: the list and the first screen come first. */
export const WARM_UP_DELAY_MS = 3_000;
/** Between steps: other work (a click, a save) goes in between. */
const STEP_GAP_MS = 20;

/** Resolves with the number of tests the warm-up computed, once all its steps have run. */
export async function warmUpAnalysis(delayMs = WARM_UP_DELAY_MS): Promise<number> {
  if (delayMs > 0) await sleep(delayMs, undefined, { ref: false });
  const [{ runWarmUpStep, WARM_UP_STEPS }, { decodeAnswersInto }] = await Promise.all([
    import('@shared/gaps/warm-up'),
    import('./repositories/answers-codec'),
  ]);
  let tests = 0;
  for (let step = 0; step < WARM_UP_STEPS; step++) {
    tests += runWarmUpStep(step);
    warmUpDecoder(decodeAnswersInto, step);
    // Once begun it finishes (a few hundred ms): these timers keep the process alive.
    await sleep(STEP_GAP_MS);
  }
  return tests;
}

/** Decodes a few hundred stored-answer texts as the decoded-answers cache reads them. */
function warmUpDecoder(decode: typeof DecodeAnswers, step: number): void {
  const codes = Array.from({ length: 24 }, (_, i) => `Q${i}`);
  const column = new Map(codes.map((code, index) => [code, index]));
  const values = new Float64Array(codes.length);
  for (let row = 0; row < 200; row++) {
    const answers = Object.fromEntries(codes.map((code, i) => [code, 1 + ((row + i + step) % 5)]));
    values.fill(Number.NaN);
    decode(JSON.stringify(answers), column, values, 0, codes.length);
  }
}

/** Starts the warm-up in the background; a failure is only logged (it changes nothing). */
export function startAnalysisWarmUp(log: (message: string, error: unknown) => void): void {
  warmUpAnalysis().catch((error: unknown) => log('analysis warm-up failed', error));
}
