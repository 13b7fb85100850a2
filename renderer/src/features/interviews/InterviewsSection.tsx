import type { SearchHit } from '@shared/ipc/interviews';
import { navigate, type Route } from '@renderer/app/router';
import { TabNav, type TabDefinition } from '@renderer/components/TabNav';
import type { HubSectionProps } from '../hub/hub-section-props';
import { InterviewEditor } from './InterviewEditor';
import { InterviewList } from './InterviewList';
import { MemosView } from './MemosView';
import { OverviewView } from './OverviewView';
import { QuotesView } from './QuotesView';
import { SearchView } from './SearchView';
import './interviews.css';

/** The views of the interviews tab; an open interview is #/…/interviews/notes/<id>. */
const VIEWS: TabDefinition<InterviewView>[] = [
  { id: 'list', labelKey: 'interviews.views.interviews' },
  { id: 'quotes', labelKey: 'interviews.views.quotes' },
  { id: 'overview', labelKey: 'interviews.views.overview' },
  { id: 'memos', labelKey: 'interviews.views.memos' },
  { id: 'search', labelKey: 'interviews.views.search' },
];
type InterviewView = 'list' | 'quotes' | 'overview' | 'memos' | 'search';

/** The hub's interviews tab: interviews and notes, quotes and themes, overview, search. */
export function InterviewsSection({ engagement, view, item }: HubSectionProps) {
  const routeOf = (id: string, interviewId?: number): Route => ({
    screen: 'engagement',
    id: engagement.id,
    section: 'interviews',
    view: id,
    item: interviewId,
  });
  const interviewRoute = (engagementId: number, interviewId: number): Route => ({
    screen: 'engagement',
    id: engagementId,
    section: 'interviews',
    view: 'notes',
    item: interviewId,
  });
  const openInterview = (interviewId: number) =>
    navigate(interviewRoute(engagement.id, interviewId));
  const openHit = (hit: SearchHit) =>
    navigate(
      hit.interviewId === null
        ? // An open answer of the questionnaire: its list, per question and group.
          { screen: 'engagement', id: hit.engagementId, section: 'questionnaire', view: 'open' }
        : interviewRoute(hit.engagementId, hit.interviewId),
    );
  const openNotes = view === 'notes' && item !== undefined;
  const current: InterviewView = openNotes
    ? 'list'
    : (VIEWS.find((candidate) => candidate.id === view)?.id ?? 'list');

  return (
    <div className="interviews">
      <TabNav
        labelKey="interviews.sections"
        tabs={VIEWS}
        current={current}
        routeOf={(id) => routeOf(id)}
      />
      {openNotes ? (
        <InterviewEditor
          key={item}
          engagement={engagement}
          interviewId={item}
          listHref={routeOf('list')}
          onDeleted={() => navigate(routeOf('list'))}
        />
      ) : (
        <>
          {current === 'list' && <InterviewList engagement={engagement} onOpen={openInterview} />}
          {current === 'quotes' && (
            <QuotesView engagement={engagement} onOpenInterview={openInterview} />
          )}
          {current === 'overview' && <OverviewView engagement={engagement} />}
          {current === 'memos' && <MemosView engagement={engagement} />}
          {current === 'search' && <SearchView engagement={engagement} onOpenHit={openHit} />}
        </>
      )}
    </div>
  );
}
