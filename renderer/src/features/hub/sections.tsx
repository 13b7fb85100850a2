import type { ReactNode } from 'react';
import type { HubSectionProps } from './section-props';
import { OverviewSection } from '../engagements/OverviewSection';
import { QuestionnaireSection } from '../questionnaire/QuestionnaireSection';
import { InterviewsSection } from '../interviews/InterviewsSection';
import { GapsSection } from '../gaps/GapsSection';
import { ReportSection } from '../report/ReportSection';
import { EngagementArchiveSection } from '../data-safety/EngagementArchiveSection';

export interface HubSection {
  /** The URL segment: #/engagements/<id>/<id of the section>. */
  id: string;
  /** i18n key of the tab label. */
  labelKey: string;
  render: (props: HubSectionProps) => ReactNode;
}

/** The engagement hub's sections, in tab order. Each capability adds its own. */
export const HUB_SECTIONS: HubSection[] = [
  {
    id: 'overview',
    labelKey: 'engagement.overview',
    render: (props) => <OverviewSection {...props} />,
  },
  {
    id: 'questionnaire',
    labelKey: 'questionnaire.tab',
    render: (props) => <QuestionnaireSection {...props} />,
  },
  {
    id: 'interviews',
    labelKey: 'interviews.tab',
    render: (props) => <InterviewsSection {...props} />,
  },
  { id: 'gaps', labelKey: 'gaps.tab', render: (props) => <GapsSection {...props} /> },
  { id: 'report', labelKey: 'report.tab', render: (props) => <ReportSection {...props} /> },
  {
    id: 'archive',
    labelKey: 'dataSafety.hub.tab',
    render: (props) => <EngagementArchiveSection {...props} />,
  },
];
