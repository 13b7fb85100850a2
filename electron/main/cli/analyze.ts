/**
 * `klantspiegel analyze`: a survey export analysed exactly as the app would after importing it
 * (read and checked by analyze-input.ts), the figures computed by the app's own functions
 * (shared/questionnaire/analysis-json.ts). The command line runs the analysis in a worker thread
 * (analyze-worker.ts); `analyze` here is the same work in the calling thread.
 */
import { analysisJson, type AnalysisJson } from '@shared/questionnaire/analysis-json';
import type { Instrument } from '@shared/questionnaire/instrument';
import { readAnalysisInput, type AnalyzeOptions } from './analyze-input';

export {
  analyzeMapping,
  InputError,
  loadInstrument,
  matrixOfRows,
  previewOfTable,
  readAnalysisInput,
  tableToMatrix,
  type AnalyzeOptions,
} from './analyze-input';
export { formatAnalysis } from './analysis-summary';

export async function analyze(
  options: AnalyzeOptions,
): Promise<{ instrument: Instrument; json: AnalysisJson; warnings: string[] }> {
  const { input, warnings } = await readAnalysisInput(options);
  return { instrument: input.instrument, json: analysisJson(input), warnings };
}
