import { describe, expect, it } from 'vitest';
import { warmUpAnalysis } from '@main/core/warm-up';
import { runWarmUpStep, WARM_UP_STEPS } from '@shared/gaps/warm-up';

describe('the start-up warm-up of the analysis', () => {
  it('runs every statistic on data that differ per step', () => {
    // 3 pairs × (24 statements + 4 dimensions + the overall index): every test computed.
    for (let step = 0; step < WARM_UP_STEPS; step++) expect(runWarmUpStep(step)).toBe(3 * 29);
  });

  it('runs all its steps in the background and finishes', async () => {
    await expect(warmUpAnalysis(0)).resolves.toBe(WARM_UP_STEPS * 3 * 29);
  });
});
