/**
 * What `klantspiegel analyze` prints, from its input (analyze-input.ts): the analysis as JSON or
 * as the summary table. Loaded by the analysis thread (analyze-worker.ts), with the statistics.
 */
import { warmUpInstrument, warmUpMatrix } from '@shared/gaps/warm-up';
import { analysisJson, type AnalysisInput } from '@shared/questionnaire/analysis-json';
import type { ResponseMatrix } from '@shared/scoring';
import { formatAnalysis } from './analysis-summary';

export type AnalysisFormat = 'json' | 'summary';

export function analysisOutput(input: AnalysisInput, format: AnalysisFormat): string {
  const json = analysisJson(input);
  return format === 'json' ? JSON.stringify(json, null, 2) : formatAnalysis(input.instrument, json);
}

/**
 * Every other warm-up analysis has this many times the respondents: the distribution functions
 * take other paths for the large degrees of freedom of a real survey (Feldt's F quantiles of α,
 * Welch's t quantiles) than for the small generated one, and those paths need compiling too.
 */
const LARGE_SAMPLE_FACTOR = 20;

/** The generated matrix `times` over, groups and answers repeating. */
function repeated(matrix: ResponseMatrix, times: number): ResponseMatrix {
  const count = matrix.groupOf.length;
  const values = new Float64Array(matrix.values.length * times);
  const groupOf = new Int32Array(count * times);
  for (let copy = 0; copy < times; copy++) {
    values.set(matrix.values, copy * matrix.values.length);
    groupOf.set(matrix.groupOf, copy * count);
  }
  return { ...matrix, values, groupOf };
}

/**
 * One analysis of generated data (shared/gaps/warm-up.ts), the whole `analysisJson`: the scoring,
 * reliability and results as well as the gap analysis; small on even steps, larger on odd ones.
 * Returns its number of tests.
 */
export function warmUpAnalysis(step: number): number {
  const instrument = warmUpInstrument();
  const small = warmUpMatrix(instrument, step);
  const matrix = step % 2 === 1 ? repeated(small, LARGE_SAMPLE_FACTOR) : small;
  const json = analysisJson({
    instrument,
    matrix,
    groupNames: Array.from({ length: matrix.groupCount }, (_, group) => `G${group}`),
    anonymityThreshold: 5,
    minAnsweredFraction: 0.5,
  });
  return json.multiplicity.dimensionTests + json.multiplicity.statementTests;
}
