/**
 * Small analyses of generated data that a process runs once, soon after it starts, so that the
 * consultant's first real analysis runs on compiled code. A JavaScript engine runs new code slowly
 * (interpreted) until it has run for a while; the statistics (Welch's t, its quantiles, Hedges' g,
 * Holm) are a lot of code, so a fresh process's first Kloof tab of 5,000 respondents took several
 * times as long as the second. Each step is one small analysis that takes a few milliseconds, so
 * running the steps apart never holds up anything else.
 */
import { withIdentity, type Instrument } from '../questionnaire/instrument';
import type { ResponseMatrix } from '../scoring/response-matrix';
import { analyseFamily, analyseFamilyView, type FamilyAnalysisInput } from './analysis';
import type { GapReport } from './report';

/**
 * Two small groups and two larger ones: comparisons below 30 degrees of freedom and above, for the
 * t distribution computes them by different code (shared/stats/t-cdf-direct.ts from 30 on), and
 * a real analysis may need either.
 */
const GROUP_SIZES = [12, 12, 40, 40];
const GROUPS = GROUP_SIZES.length;
const RESPONDENTS = GROUP_SIZES.reduce((sum, size) => sum + size, 0);
const DIMENSIONS = 4;
const ITEMS_PER_DIMENSION = 6;
/** Enough steps for the engine to compile the statistics' hot functions. */
export const WARM_UP_STEPS = 8;

function warmUpInstrument(): Instrument {
  const text = (value: string) => ({ nl: value, en: value });
  const scale = { min: 1, max: 5, points: [], dontKnow: null };
  return withIdentity({
    id: 'warm-up',
    version: 1,
    name: text('warm-up'),
    description: null,
    audience: 'staff',
    scale,
    needsScale: scale,
    dimensions: Array.from({ length: DIMENSIONS }, (_, d) => ({
      code: `D${d}`,
      name: text(`D${d}`),
      description: null,
    })),
    needs: [],
    items: Array.from({ length: DIMENSIONS * ITEMS_PER_DIMENSION }, (_, i) => ({
      code: `Q${i}`,
      kind: 'likert' as const,
      text: text(`Q${i}`),
      dimension: `D${i % DIMENSIONS}`,
      reverse: i % 5 === 4,
      need: null,
    })),
  });
}

/** Answers that differ per step, so every step computes new numbers (deterministic). */
function warmUpMatrix(instrument: Instrument, step: number): ResponseMatrix {
  const itemCodes = instrument.items.map((item) => item.code);
  const values = new Float64Array(RESPONDENTS * itemCodes.length);
  let seed = 7 + step;
  for (let k = 0; k < values.length; k++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    values[k] = seed % 17 === 0 ? Number.NaN : 1 + (seed % 5);
  }
  const groupOf = Int32Array.from(GROUP_SIZES.flatMap((size, g) => Array<number>(size).fill(g)));
  return { itemCodes, values, groupOf, groupCount: GROUPS };
}

/**
 * Runs warm-up step `step` (0 … WARM_UP_STEPS − 1): one small analysis. Returns the tests it
 * computed (every pair × statement, dimension and the overall index).
 */
export function runWarmUpStep(step: number): number {
  // Every other step as the Kloof tab is sent it (its columns and means), else as the report.
  const report = step % 2 === 0 ? analyseFamilyView(warmUpInput(step)) : warmUpReport(step);
  return report.multiplicity.dimensionTests + report.multiplicity.statementTests;
}

/** The analysis of warm-up step `step`. */
export function warmUpReport(step: number): GapReport {
  return analyseFamily(warmUpInput(step));
}

function warmUpInput(step: number): FamilyAnalysisInput {
  const instrument = warmUpInstrument();
  const groups = Array.from({ length: GROUPS }, (_, g) => ({
    id: g + 1,
    name: `G${g}`,
    kind: 'department' as const,
    invited: null,
  }));
  return {
    versions: [
      {
        instrumentId: 1,
        key: instrument.id,
        version: 1,
        instrument,
        matrix: warmUpMatrix(instrument, step),
      },
    ],
    groups,
    selected: groups.map((_, index) => index),
  };
}
