import { useTranslation } from 'react-i18next';
import { routeHref } from '@renderer/app/router';
import type { HubSectionProps } from '../hub/section-props';
import { HouseStylePanel } from './HouseStylePanel';
import { ReportBuilder } from './ReportBuilder';

const VIEWS = [
  { id: 'builder', labelKey: 'report.builderTab' },
  { id: 'house-style', labelKey: 'report.houseStyleTab' },
] as const;

/** The Report tab: the report builder and the workspace's house style. */
export function ReportSection({ engagement, view }: HubSectionProps) {
  const { t } = useTranslation();
  const active = VIEWS.find((candidate) => candidate.id === view) ?? VIEWS[0];
  return (
    <div className="section-stack">
      <nav className="tabs tabs--secondary" aria-label={t('report.views')}>
        {VIEWS.map((candidate) => (
          <a
            key={candidate.id}
            href={routeHref({
              screen: 'engagement',
              id: engagement.id,
              section: 'report',
              view: candidate.id,
            })}
            aria-current={candidate.id === active.id ? 'page' : undefined}
          >
            {t(candidate.labelKey)}
          </a>
        ))}
      </nav>
      {active.id === 'builder' ? (
        <ReportBuilder key={engagement.id} engagement={engagement} />
      ) : (
        <HouseStylePanel />
      )}
    </div>
  );
}
