import { useTranslation } from 'react-i18next';
import type { EngagementStatus } from '@shared/engagements/statuses';

export function StatusBadge({ status }: { status: EngagementStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status}`}>{t(`status.${status}`)}</span>;
}

export function SampleBadge() {
  const { t } = useTranslation();
  return <span className="badge badge--sample">{t('app.sampleBadge')}</span>;
}
