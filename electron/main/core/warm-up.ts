/**
 * The read worker's warm-up (core/read-worker): soon after it starts, it runs the statistics and
 * the answer decoder on small generated data, one short step per timer tick, and then the gap
 * analysis and the results of the engagements the consultant worked on last. A JavaScript engine
 * runs new code slowly (interpreted) until it has run for a while, and the first read of an
 * engagement decodes all its answers: so the consultant's first Kloof tab or Results view runs on
 * compiled code and decoded answers instead of paying for both. All of it runs in the worker
 * thread, never on the main process; a call that arrives meanwhile waits for one step at most.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { encodeBytelessWire as EncodeBytelessWire } from '@shared/ipc/wire';
import type { decodeAnswersInto as DecodeAnswers, KeyOrder } from './repositories/answers-codec';
import type { Workspace } from './workspace';

/** After start: the list and the first screen come first. */
export const WARM_UP_DELAY_MS = 1_000;
/** Between steps: a call that arrives goes in between. */
const STEP_GAP_MS = 20;
/** How many of the engagements worked on last get their answers decoded ahead. */
export const RECENT_ENGAGEMENTS = 2;

/** Resolves with the number of tests the warm-up computed, once all its steps have run. */
export async function warmUpAnalysis(
  delayMs = WARM_UP_DELAY_MS,
  stopped: () => boolean = () => false,
): Promise<number> {
  if (delayMs > 0) await sleep(delayMs, undefined, { ref: false });
  const [
    { runWarmUpStep, WARM_UP_STEPS },
    { decodeAnswersInto, KeyOrder },
    { encodeBytelessWire },
    { formatNumber, SCALE_DIGITS },
  ] = await Promise.all([
    import('@shared/gaps/warm-up'),
    import('./repositories/answers-codec'),
    import('@shared/ipc/wire'),
    import('@shared/i18n/format'),
  ]);
  // The numbers of the gap sentences, as they are written.
  for (const language of ['nl', 'en'] as const) formatNumber(1.005, language, SCALE_DIGITS);
  let tests = 0;
  for (let step = 0; step < WARM_UP_STEPS && !stopped(); step++) {
    tests += runWarmUpStep(step);
    warmUpDecoder(decodeAnswersInto, new KeyOrder(), step);
    warmUpEncoder(encodeBytelessWire, step);
    await sleep(STEP_GAP_MS);
  }
  return tests;
}

/**
 * The worker's warm-up: the generated steps, then the gap analysis and every instrument's results
 * of the engagements with responses worked on last (which also leaves their answers decoded).
 * `workspace` opens the worker's connection; `stopped` ends it early (a restore is coming).
 */
export async function warmUpReads(
  delayMs: number,
  workspace: () => Workspace,
  stopped: () => boolean,
  engagements = RECENT_ENGAGEMENTS,
): Promise<void> {
  await warmUpAnalysis(delayMs, stopped);
  if (stopped()) return;
  const [{ engagementGapsView }, { questionnaireResults }, { encodeBytelessWire }] =
    await Promise.all([
      import('./services/gap-analysis'),
      import('./services/questionnaire-results'),
      import('@shared/ipc/wire'),
    ]);
  for (const engagementId of recentEngagements(workspace(), engagements)) {
    // Each answer is encoded as the worker sends it: the encoder walks the whole answer, and
    // some of its text (the gap sentences) is only made then.
    const steps = [
      () => encodeBytelessWire(engagementGapsView(workspace(), { engagementId })),
      ...workspace()
        .instruments.forEngagement(engagementId)
        .filter((instrument) => instrument.engagementRespondents > 0)
        .map(
          ({ id }) =>
            () =>
              encodeBytelessWire(questionnaireResults(workspace(), engagementId, id)),
        ),
    ];
    for (const step of steps) {
      if (stopped()) return;
      try {
        step();
      } catch {
        // An engagement the analysis refuses (no instrument, nothing to show) warms nothing.
      }
      await sleep(STEP_GAP_MS);
    }
  }
}

function recentEngagements(workspace: Workspace, count: number): number[] {
  const today = new Date().toISOString().slice(0, 10);
  return [...workspace.progress.activity(today)]
    .filter(([, activity]) => activity.respondents > 0)
    .sort(([, a], [, b]) => b.lastActivityAt.localeCompare(a.lastActivityAt))
    .slice(0, count)
    .map(([engagementId]) => engagementId);
}

/** Decodes a few hundred stored-answer texts as the decoded-answers cache reads them. */
function warmUpDecoder(decode: typeof DecodeAnswers, order: KeyOrder, step: number): void {
  const codes = Array.from({ length: 24 }, (_, i) => `Q${i}`);
  const column = new Map(codes.map((code, index) => [code, index]));
  const values = new Float64Array(codes.length);
  for (let row = 0; row < 200; row++) {
    const answers = Object.fromEntries(codes.map((code, i) => [code, 1 + ((row + i + step) % 5)]));
    values.fill(Number.NaN);
    decode(JSON.stringify(answers), column, values, 0, codes.length, order);
  }
}

/** Encodes an answer shaped like an analysis (rows of figures) as the read worker sends one. */
function warmUpEncoder(encode: typeof EncodeBytelessWire, step: number): void {
  const rows = Array.from({ length: 300 }, (_, row) => ({
    code: `Q${row}`,
    n: row + step,
    mean: row / 7,
    flags: [row % 2 === 0, null],
    groups: [{ mean: row / 3, sd: null }],
  }));
  encode({ ok: true, value: { rows } });
}
