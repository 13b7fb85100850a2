import { useTranslation } from 'react-i18next';
import type { Engagement } from '@shared/engagements/model';
import type { MemoTarget } from '@shared/interviews/model';
import { themePath, themesInOrder } from '@shared/interviews/themes';
import { useCall } from '@renderer/ipc/use-call';
import { routeHref } from '@renderer/app/router';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { intervieweeLabel } from './labels';
import { MemoField } from './MemoCard';

/**
 * The memos of the analysis in one place: about the engagement as a whole, about each
 * interview and about each theme. Each is edited where it stands and saved as it is typed.
 */
export function MemosView({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const memos = useCall('interviews.memos.list', { engagementId: engagement.id });
  const interviews = useCall('interviews.list', { engagementId: engagement.id });
  const themes = useCall('interviews.themes.list', { engagementId: engagement.id });
  const error = memos.error ?? interviews.error ?? themes.error;
  if (error) return <ErrorBanner error={error} />;
  if (!memos.data || !interviews.data || !themes.data) {
    return <p className="muted">{t('app.loading')}</p>;
  }
  const textOf = (target: MemoTarget) =>
    memos.data!.find((memo) => JSON.stringify(memo.target) === JSON.stringify(target))?.text ?? '';
  const allThemes = themes.data;

  return (
    <div className="stack memos">
      <MemoField
        engagementId={engagement.id}
        target={{ kind: 'engagement' }}
        title={t('interviews.memos.engagement')}
        initial={textOf({ kind: 'engagement' })}
      />
      <section className="card" aria-labelledby="interview-memos-heading">
        <h3 id="interview-memos-heading">{t('interviews.memos.interviews')}</h3>
        {interviews.data.length === 0 && <p className="muted">{t('interviews.emptyTitle')}</p>}
        <div className="memos__grid">
          {interviews.data.map((interview) => (
            <div key={interview.id} className="memos__item">
              <a
                href={routeHref({
                  screen: 'engagement',
                  id: engagement.id,
                  section: 'interviews',
                  view: 'notes',
                  item: interview.id,
                })}
              >
                {intervieweeLabel(interview, engagement)}
              </a>
              <MemoField
                compact
                engagementId={engagement.id}
                target={{ kind: 'interview', id: interview.id }}
                title={t('interviews.memos.about', {
                  name: intervieweeLabel(interview, engagement),
                })}
                initial={textOf({ kind: 'interview', id: interview.id })}
              />
            </div>
          ))}
        </div>
      </section>
      <section className="card" aria-labelledby="theme-memos-heading">
        <h3 id="theme-memos-heading">{t('interviews.memos.themes')}</h3>
        {allThemes.length === 0 && <p className="muted">{t('interviews.themes.none')}</p>}
        <div className="memos__grid">
          {themesInOrder(allThemes).map((theme) => (
            <div key={theme.id} className="memos__item">
              <span>
                <span className="theme-swatch" style={{ background: theme.colour }} aria-hidden />{' '}
                {themePath(theme, allThemes)}
              </span>
              <MemoField
                compact
                engagementId={engagement.id}
                target={{ kind: 'theme', id: theme.id }}
                title={t('interviews.memos.about', { name: themePath(theme, allThemes) })}
                initial={textOf({ kind: 'theme', id: theme.id })}
              />
            </div>
          ))}
        </div>
      </section>
    </div>
  );
}
