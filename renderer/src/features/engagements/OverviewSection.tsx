import { useTranslation } from 'react-i18next';
import type { HubSectionProps } from '../hub/section-props';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { SaveIndicator } from '@renderer/components/SaveIndicator';
import { EngagementFields } from './EngagementFields';
import { HubGroups } from './HubGroups';
import { ProgressCard } from '../fieldwork/ProgressCard';
import { useEngagementAutosave } from './use-engagement-autosave';

/**
 * The hub's first tab: the engagement's details and its groups, saved as you type, and the
 * progress of the fieldwork at a glance.
 */
export function OverviewSection({ engagement, onChange }: HubSectionProps) {
  const { t } = useTranslation();
  const autosave = useEngagementAutosave(engagement, onChange);
  return (
    <>
      {autosave.saveError && <ErrorBanner error={autosave.saveError} />}
      <section className="card" aria-labelledby="details-heading">
        <h2 id="details-heading">
          {t('engagement.details')} <SaveIndicator state={autosave.saveState} />
        </h2>
        <EngagementFields
          draft={autosave.draft}
          errors={autosave.errors}
          onChange={autosave.change}
          onBlur={() => void autosave.flush()}
        />
      </section>
      <HubGroups engagement={engagement} onChange={onChange} />
      <ProgressCard engagement={engagement} />
    </>
  );
}
