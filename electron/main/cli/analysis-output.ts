/**
 * What `klantspiegel analyze` prints, from its input (analyze-input.ts): the analysis as JSON or
 * as the summary table. Loaded by the analysis thread (analyze-worker.ts), with the statistics.
 */
import { warmUpInstrument, warmUpMatrix } from '@shared/gaps/warm-up';
import { analysisJson, type AnalysisInput } from '@shared/questionnaire/analysis-json';
import { formatAnalysis } from './analysis-summary';

export type AnalysisFormat = 'json' | 'summary';

export function analysisOutput(input: AnalysisInput, format: AnalysisFormat): string {
  const json = analysisJson(input);
  return format === 'json' ? JSON.stringify(json, null, 2) : formatAnalysis(input.instrument, json);
}

/**
 * One small analysis of generated data (shared/gaps/warm-up.ts), the whole `analysisJson`: the
 * scoring, reliability and results as well as the gap analysis. Returns its number of tests.
 */
export function warmUpAnalysis(step: number): number {
  const instrument = warmUpInstrument();
  const matrix = warmUpMatrix(instrument, step);
  const json = analysisJson({
    instrument,
    matrix,
    groupNames: Array.from({ length: matrix.groupCount }, (_, group) => `G${group}`),
    anonymityThreshold: 5,
    minAnsweredFraction: 0.5,
  });
  return json.multiplicity.dimensionTests + json.multiplicity.statementTests;
}
