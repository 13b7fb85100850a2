import type { Engagement } from '@shared/engagements/model';

/** What every tab of the engagement hub receives (kept apart from the tab list: no circle). */
export interface HubSectionProps {
  engagement: Engagement;
  /** Replace the engagement after a change that returned a fresh copy. */
  onChange: (engagement: Engagement) => void;
  /** The sub-view within the section, from #/engagements/<id>/<section>/<view>. */
  view?: string | undefined;
  /** The item open in the sub-view, from #/engagements/<id>/<section>/<view>/<item>. */
  item?: number | undefined;
}
