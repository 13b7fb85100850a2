import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallArg } from '@shared/ipc';
import { routeHref } from '@renderer/app/router';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { useCall } from '@renderer/ipc/use-call';
import type { HubSectionProps } from '../hub/section-props';
import { BasisNote } from './BasisNote';
import { BlindSpots } from './BlindSpots';
import { CustomerNeeds } from './CustomerNeeds';
import { DimensionDumbbell, ItemDumbbell } from './Dumbbells';
import { gapContext, type GapContext } from './gap-context';
import { GapHeatmap } from './GapHeatmap';
import { GapTable } from './GapTable';
import { GroupPicker } from './GroupPicker';
import { GroupRadar } from './GroupRadar';
import { LargestGaps } from './LargestGaps';
import { AnovaTable } from './AnovaTable';
import { GapExport } from './GapExport';

interface GapView {
  id: string;
  labelKey: string;
  render: (context: GapContext) => ReactNode;
}

/** The parts of the Gaps tab, each a sub-view with its own address. */
const GAP_VIEWS: GapView[] = [
  {
    id: 'overview',
    labelKey: 'gaps.views.overview',
    render: (context) => <GapOverview context={context} />,
  },
  {
    id: 'details',
    labelKey: 'gaps.views.details',
    render: (context) => <GapDetails context={context} />,
  },
  {
    id: 'customers',
    labelKey: 'gaps.views.customers',
    render: (context) => <BlindSpots context={context} />,
  },
  {
    id: 'needs',
    labelKey: 'gaps.views.needs',
    render: (context) => <CustomerNeeds context={context} />,
  },
];

/** The first view: the largest gaps in words, then the pictures of all groups side by side. */
function GapOverview({ context }: { context: GapContext }) {
  const { t } = useTranslation();
  const common = context.commonBasis;
  return (
    <>
      <LargestGaps context={context} />
      <AnovaTable context={context} />
      <section className="card" aria-labelledby="gaps-pictures-heading">
        <h2 id="gaps-pictures-heading">{t('gaps.picturesTitle')}</h2>
        {common?.kind === 'linked' && (
          <p className="muted" data-testid="gaps-common-basis">
            {t('gaps.basis.commonLinked', { count: common.statementIds.length })}
          </p>
        )}
        <div className="gaps-charts">
          <DimensionDumbbell context={context} />
          <GapHeatmap context={context} />
          <GroupRadar context={context} />
        </div>
      </section>
    </>
  );
}

/** Every difference, sorted by size, and the statements side by side. */
function GapDetails({ context }: { context: GapContext }) {
  return (
    <>
      <GapTable context={context} />
      <section className="card" aria-labelledby="gaps-items-heading">
        <ItemDumbbell context={context} headingId="gaps-items-heading" />
      </section>
    </>
  );
}

/**
 * The Gaps tab: how departments, management and the customers see the same customer focus. The
 * consultant picks the groups; every part of the tab shows the same comparison.
 */
export function GapsSection({ engagement, view }: HubSectionProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [family, setFamily] = useState<string>();
  // What the consultant ticked, and the last choice that can be compared (two groups or more).
  const [checked, setChecked] = useState<number[]>();
  const [requested, setRequested] = useState<number[]>();

  const arg: CallArg<'gaps.analyse'> = {
    engagementId: engagement.id,
    ...(family === undefined ? {} : { family }),
    ...(requested === undefined ? {} : { groupIds: requested }),
  };
  const analysis = useCall('gaps.analyse', arg);

  // Scoring settings and groups live on the engagement: when they change, the analysis follows.
  const settingsKey = [
    engagement.anonymityThreshold,
    engagement.minAnsweredFraction,
    engagement.groups.map((group) => `${group.id}:${group.name}:${group.kind}`).join(','),
  ].join('|');
  const seenSettings = useRef(settingsKey);
  const { reload } = analysis;
  useEffect(() => {
    if (seenSettings.current === settingsKey) return;
    seenSettings.current = settingsKey;
    // Groups may have been renamed, removed or (un)suppressed: start again from all shown groups.
    setChecked(undefined);
    setRequested(undefined);
    reload();
  }, [settingsKey, reload]);

  const data = analysis.data?.engagementId === engagement.id ? analysis.data : undefined;
  const context = useMemo(
    () => (data ? gapContext(data, language, engagement.clientName) : undefined),
    [data, language, engagement.clientName],
  );

  if (analysis.error?.key === 'gaps.noInstrument') {
    return (
      <section className="card" aria-labelledby="gaps-heading">
        <h2 id="gaps-heading">{t('gaps.title')}</h2>
        <p>{t('gaps.noInstrument')}</p>
        <p>
          <a
            href={routeHref({ screen: 'engagement', id: engagement.id, section: 'questionnaire' })}
          >
            {t('gaps.goToQuestionnaire')}
          </a>
        </p>
      </section>
    );
  }
  if (analysis.error) return <ErrorBanner error={analysis.error} />;
  if (!data || !context) return <p className="muted">{t('app.loading')}</p>;

  const shownChecked =
    checked ??
    data.groups.filter((group) => group.selected && group.shown).map((group) => group.groupId);
  function choose(groupIds: number[]) {
    setChecked(groupIds);
    if (groupIds.length >= 2) setRequested(groupIds);
  }
  const activeView = GAP_VIEWS.find((candidate) => candidate.id === view) ?? GAP_VIEWS[0]!;
  const enough = shownChecked.length >= 2 && data.compared.length >= 2;

  return (
    <div className="gaps section-stack" aria-busy={analysis.loading}>
      <section className="card" aria-labelledby="gaps-heading">
        <h2 id="gaps-heading">{t('gaps.title')}</h2>
        <p className="muted">{t('gaps.intro')}</p>
        <GroupPicker analysis={data} checked={shownChecked} onChange={choose} />
        <BasisNote
          analysis={data}
          onFamilyChange={(next) => {
            // Another family has other groups with answers: start again from all of them.
            setChecked(undefined);
            setRequested(undefined);
            setFamily(next);
          }}
        />
        <GapExport arg={arg} />
      </section>
      {!enough ? (
        <p className="banner banner--info" role="status">
          {shownChecked.length < 2 ? t('gaps.groups.tooFew') : t('gaps.groups.noneComparable')}
        </p>
      ) : (
        <>
          <nav className="tabs tabs--secondary" aria-label={t('gaps.views.label')}>
            {GAP_VIEWS.map((candidate) => (
              <a
                key={candidate.id}
                href={routeHref({
                  screen: 'engagement',
                  id: engagement.id,
                  section: 'gaps',
                  view: candidate.id,
                })}
                aria-current={candidate.id === activeView.id ? 'page' : undefined}
              >
                {t(candidate.labelKey)}
              </a>
            ))}
          </nav>
          {activeView.render(context)}
        </>
      )}
    </div>
  );
}
