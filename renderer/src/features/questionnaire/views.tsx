import type { ReactNode } from 'react';
import { ResultsView } from './results/ResultsView';
import { EntryView } from './capture/EntryView';
import { ImportView } from './capture/ImportView';
import { KioskStartView } from './capture/KioskStartView';
import { BatchesView } from '../fieldwork/BatchesView';
import { LiveView } from '../fieldwork/LiveView';
import { PaperView } from '../fieldwork/PaperView';
import { OpenAnswersView } from './open/OpenAnswersView';
import type { QuestionnaireViewProps } from './view-props';

export interface QuestionnaireView {
  /** URL segment after #/engagements/<id>/questionnaire/. */
  id: string;
  labelKey: string;
  render: (props: QuestionnaireViewProps) => ReactNode;
}

/** The views of the Questionnaire tab, in order; each part of the questionnaire adds its own. */
export const QUESTIONNAIRE_VIEWS: QuestionnaireView[] = [
  { id: 'entry', labelKey: 'capture.views.entry', render: (props) => <EntryView {...props} /> },
  { id: 'import', labelKey: 'capture.views.import', render: (props) => <ImportView {...props} /> },
  {
    id: 'batches',
    labelKey: 'fieldwork.views.batches',
    render: (props) => <BatchesView {...props} />,
  },
  { id: 'paper', labelKey: 'fieldwork.views.paper', render: (props) => <PaperView {...props} /> },
  {
    id: 'kiosk',
    labelKey: 'capture.views.kiosk',
    render: (props) => <KioskStartView {...props} />,
  },
  { id: 'live', labelKey: 'fieldwork.views.live', render: (props) => <LiveView {...props} /> },
  { id: 'results', labelKey: 'results.tab', render: (props) => <ResultsView {...props} /> },
  {
    id: 'open',
    labelKey: 'openAnswers.tab',
    render: (props) => <OpenAnswersView {...props} />,
  },
];
