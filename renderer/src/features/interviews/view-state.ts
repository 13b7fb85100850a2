/**
 * Where the consultant is inside the interviews tab (which sub-view, which interview). The hub's
 * URL only names the tab, so this is remembered per engagement for the browser tab's session:
 * a reload returns to the same interview.
 */
export const INTERVIEW_VIEWS = ['interviews', 'quotes', 'overview', 'search', 'guides'] as const;
export type InterviewView = (typeof INTERVIEW_VIEWS)[number];

export interface InterviewsViewState {
  view: InterviewView;
  /** The interview open in the editor (within the 'interviews' view). */
  interviewId: number | null;
}

const key = (engagementId: number) => `klantspiegel.interviews.${engagementId}`;

export function loadViewState(engagementId: number): InterviewsViewState {
  try {
    const stored = JSON.parse(sessionStorage.getItem(key(engagementId)) ?? 'null') as unknown;
    if (stored && typeof stored === 'object') {
      const { view, interviewId } = stored as Partial<InterviewsViewState>;
      return {
        view: INTERVIEW_VIEWS.includes(view as InterviewView)
          ? (view as InterviewView)
          : 'interviews',
        interviewId: typeof interviewId === 'number' ? interviewId : null,
      };
    }
  } catch {
    // A damaged entry is simply forgotten.
  }
  return { view: 'interviews', interviewId: null };
}

export function saveViewState(engagementId: number, state: InterviewsViewState): void {
  sessionStorage.setItem(key(engagementId), JSON.stringify(state));
}
