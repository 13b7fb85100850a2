import type { Engagement } from '@shared/engagements/model';
import type { EngagementInstrument } from '@shared/questionnaire/instrument-summary';

/** What every view of the Questionnaire tab receives (apart from the view list: no circle). */
export interface QuestionnaireViewProps {
  engagement: Engagement;
  /** The engagement's instrument version this view works on. */
  instrument: EngagementInstrument;
  /** Call after a change that alters responses, so counts elsewhere refresh. */
  onResponsesChanged: () => void;
  onEngagementChange: (engagement: Engagement) => void;
}
