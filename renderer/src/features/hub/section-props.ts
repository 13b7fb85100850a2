import type { Engagement } from '@shared/engagements/model';

/**
 * What every engagement hub section gets. Apart from sections.tsx (which lists the sections), so
 * the sections and their list do not import each other.
 */
export interface HubSectionProps {
  engagement: Engagement;
  /** Replace the engagement after a change that returned a fresh copy. */
  onChange: (engagement: Engagement) => void;
  /** The sub-view within the section, from #/engagements/<id>/<section>/<view>. */
  view?: string | undefined;
}
