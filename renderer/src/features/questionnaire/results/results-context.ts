import type { Engagement } from '@shared/engagements/model';
import type { Instrument, Language } from '@shared/questionnaire/instrument';
import type { QuestionnaireResults } from '@shared/questionnaire/results';
import type { ResultBlock } from '@shared/questionnaire/result-block';
import type { ResultFormat } from './format';
import type { InstrumentTexts, ResultSeries } from './result-series';

/** Everything the parts of the results screen share, computed once per load. */
export interface ResultsContext {
  engagement: Engagement;
  results: QuestionnaireResults;
  /** The whole sample as it may be shown (the view shows nothing when there is none). */
  total: ResultBlock;
  instrument: Instrument;
  language: Language;
  format: ResultFormat;
  texts: InstrumentTexts;
  /** The whole engagement first, then each group shown on its own. */
  series: ResultSeries[];
}
