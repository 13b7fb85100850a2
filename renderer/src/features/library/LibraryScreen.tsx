import { useTranslation } from 'react-i18next';
import type { LibraryTab } from '@renderer/app/router';
import { TabNav, type TabDefinition } from '@renderer/components/TabNav';
import { GuidesView } from './guides/GuidesView';
import { HouseStylePanel } from '../report/HouseStylePanel';
import { InstrumentEditor } from './instruments/InstrumentEditor';
import { InstrumentList } from './instruments/InstrumentList';
import { NormSetList } from './norms/NormSetList';
import { TipsEditor } from './tips/TipsEditor';
import './library.css';

const TABS: TabDefinition<LibraryTab>[] = [
  { id: 'instruments', labelKey: 'library.tabs.instruments' },
  { id: 'guides', labelKey: 'library.tabs.guides' },
  { id: 'tips', labelKey: 'library.tabs.tips' },
  { id: 'norms', labelKey: 'library.tabs.norms' },
  { id: 'house-style', labelKey: 'library.tabs.houseStyle' },
];

/**
 * The consultant's library, shared by all engagements: questionnaire instruments, interview
 * guides, improvement tips, norm sets and the house style of the reports. An engagement's own
 * tabs hold only that engagement.
 */
export function LibraryScreen({
  tab,
  instrumentId,
  guideRef,
}: {
  tab: LibraryTab;
  instrumentId?: number | undefined;
  guideRef?: string | undefined;
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
      <TabNav
        labelKey="library.tabsLabel"
        tabs={TABS}
        current={tab}
        routeOf={(id) => ({ screen: 'library', tab: id })}
      />
      {tab === 'instruments' &&
        (instrumentId === undefined ? (
          <InstrumentList />
        ) : (
          <InstrumentEditor key={instrumentId} id={instrumentId} />
        ))}
      {tab === 'guides' && <GuidesView key={guideRef ?? 'list'} openRef={guideRef} />}
      {tab === 'tips' && <TipsEditor />}
      {tab === 'norms' && <NormSetList />}
      {tab === 'house-style' && <HouseStylePanel />}
    </div>
  );
}
