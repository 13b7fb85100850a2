import { useTranslation } from 'react-i18next';
import { routeHref, type LibraryTab } from '@renderer/app/router';
import { InstrumentEditor } from './instruments/InstrumentEditor';
import { InstrumentList } from './instruments/InstrumentList';
import { NormSetList } from './norms/NormSetList';
import { TipsEditor } from './tips/TipsEditor';

const TABS: { id: LibraryTab; labelKey: string }[] = [
  { id: 'instruments', labelKey: 'library.tabs.instruments' },
  { id: 'tips', labelKey: 'library.tabs.tips' },
  { id: 'norms', labelKey: 'library.tabs.norms' },
];

/**
 * The consultant's library, shared by all engagements: questionnaire instruments, improvement
 * tips and norm sets.
 */
export function LibraryScreen({
  tab,
  instrumentId,
}: {
  tab: LibraryTab;
  instrumentId?: number | undefined;
}) {
  const { t } = useTranslation();
  return (
    <div className="page library">
      <header className="page__header">
        <div>
          <h1>{t('library.title')}</h1>
          <p className="muted">{t('library.intro')}</p>
        </div>
      </header>
      <nav className="tabs" aria-label={t('library.tabsLabel')}>
        {TABS.map((candidate) => (
          <a
            key={candidate.id}
            href={routeHref({ screen: 'library', tab: candidate.id })}
            aria-current={candidate.id === tab ? 'page' : undefined}
          >
            {t(candidate.labelKey)}
          </a>
        ))}
      </nav>
      {tab === 'instruments' &&
        (instrumentId === undefined ? (
          <InstrumentList />
        ) : (
          <InstrumentEditor key={instrumentId} id={instrumentId} />
        ))}
      {tab === 'tips' && <TipsEditor />}
      {tab === 'norms' && <NormSetList />}
    </div>
  );
}
