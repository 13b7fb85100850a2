import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '@shared/ipc/interviews';
import { navigate } from '@renderer/app/router';
import type { HubSectionProps } from '../hub/section-props';
import { GuidesView } from './GuidesView';
import { InterviewEditor } from './InterviewEditor';
import { InterviewList } from './InterviewList';
import { OverviewView } from './OverviewView';
import { QuotesView } from './QuotesView';
import { SearchView } from './SearchView';
import {
  INTERVIEW_VIEWS,
  loadViewState,
  saveViewState,
  type InterviewView,
  type InterviewsViewState,
} from './view-state';
import './interviews.css';

/** The hub's interviews tab: interviews and notes, quotes and themes, overview, search, guides. */
export function InterviewsSection({ engagement }: HubSectionProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<InterviewsViewState>(() => loadViewState(engagement.id));

  const go = (next: InterviewsViewState) => {
    setState(next);
    saveViewState(engagement.id, next);
  };
  const openInterview = (interviewId: number) => go({ view: 'interviews', interviewId });

  function openHit(hit: SearchHit) {
    if (hit.interviewId === null) {
      // An open answer of the questionnaire: its list, per question and group.
      navigate({
        screen: 'engagement',
        id: hit.engagementId,
        section: 'questionnaire',
        view: 'open',
      });
      return;
    }
    if (hit.engagementId === engagement.id) return openInterview(hit.interviewId);
    saveViewState(hit.engagementId, { view: 'interviews', interviewId: hit.interviewId });
    navigate({ screen: 'engagement', id: hit.engagementId, section: 'interviews' });
  }

  return (
    <div className="interviews">
      <nav className="subtabs" aria-label={t('interviews.sections')}>
        {INTERVIEW_VIEWS.map((view: InterviewView) => (
          <button
            key={view}
            type="button"
            className="subtabs__tab"
            aria-current={state.view === view ? 'page' : undefined}
            onClick={() => go({ view, interviewId: null })}
          >
            {t(`interviews.views.${view}`)}
          </button>
        ))}
      </nav>
      {state.view === 'interviews' &&
        (state.interviewId === null ? (
          <InterviewList engagement={engagement} onOpen={openInterview} />
        ) : (
          <InterviewEditor
            engagement={engagement}
            interviewId={state.interviewId}
            onClose={() => go({ view: 'interviews', interviewId: null })}
          />
        ))}
      {state.view === 'quotes' && (
        <QuotesView engagement={engagement} onOpenInterview={openInterview} />
      )}
      {state.view === 'overview' && <OverviewView engagement={engagement} />}
      {state.view === 'search' && <SearchView engagement={engagement} onOpenHit={openHit} />}
      {state.view === 'guides' && <GuidesView />}
    </div>
  );
}
