import type { Engagement } from '@shared/engagements/model';
import type { EngagementInstrument } from '@shared/questionnaire/instrument-summary';

/**
 * What every view of the Questionnaire tab gets. Apart from views.tsx (which lists the views), so
 * the views and their list do not import each other.
 */
export interface QuestionnaireViewProps {
  engagement: Engagement;
  /** The engagement's instrument version this view works on. */
  instrument: EngagementInstrument;
  /** Call after a change that alters responses, so counts elsewhere refresh. */
  onResponsesChanged: () => void;
  onEngagementChange: (engagement: Engagement) => void;
}
