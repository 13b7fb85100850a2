import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/questionnaire/instrument';
import { invoke, hostKind } from '../ipc/client';
import { primedCalls } from '../ipc/primed-calls';
import { EngagementList } from '../features/engagements/EngagementList';
import { loadLanguage, switchLanguage } from '../i18n';
import { useKioskMode } from '../features/kiosk/kiosk-mode';
import { useRoute } from './router';
import { useUiLanguage } from './ui-language';

// The first screen is the engagement list; every other screen (the create form, the
// engagement's tabs with the editor and the charts, the library, the kiosk) loads when it is
// first opened, so starting the app does not wait for code it does not show yet. Those screens
// may show texts in another language than the UI's (the kiosk in the engagement's, an
// instrument copy's name in Dutch): both languages' texts are loaded with them.
async function withBothLanguages<Module>(module: Promise<Module>): Promise<Module> {
  const [loaded] = await Promise.all([module, loadLanguage('nl'), loadLanguage('en')]);
  return loaded;
}
const EngagementHub = lazy(() =>
  withBothLanguages(
    import('../features/engagements/EngagementHub').then((m) => ({ default: m.EngagementHub })),
  ),
);
// The create form validates with the engagement model's schema (zod): not part of the list.
const NewEngagement = lazy(() =>
  withBothLanguages(
    import('../features/engagements/NewEngagement').then((m) => ({ default: m.NewEngagement })),
  ),
);
const LibraryScreen = lazy(() =>
  withBothLanguages(
    import('../features/library/LibraryScreen').then((m) => ({ default: m.LibraryScreen })),
  ),
);
const DataSafetyScreen = lazy(() =>
  withBothLanguages(
    import('../features/data-safety/DataSafetyScreen').then((m) => ({
      default: m.DataSafetyScreen,
    })),
  ),
);
const KioskScreen = lazy(() =>
  withBothLanguages(
    import('../features/kiosk/KioskScreen').then((m) => ({ default: m.KioskScreen })),
  ),
);

export function App() {
  const route = useRoute();
  const { t } = useTranslation();
  const language = useUiLanguage();
  const kiosk = useKioskMode();
  // The first screen has taken its primed calls (its effects run before this one): what it did
  // not take is dropped, so no later screen shows a result from the start as if fresh.
  useEffect(() => primedCalls.forget(), []);

  async function chooseLanguage(next: Language) {
    await switchLanguage(next);
    await invoke('settings.setUiLanguage', { language: next });
  }

  // In kiosk mode participants see the questionnaire and nothing else of the app.
  if (!kiosk.checked) return null;
  if (kiosk.status.active) {
    return (
      <Suspense fallback={null}>
        <KioskScreen form={kiosk.status.form} />
      </Suspense>
    );
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <a className="app-header__brand" href="#/">
          <img src="./logo.svg" alt="" width={28} height={28} />
          <span>
            <strong>{t('app.title')}</strong>
            <small>{t('app.tagline')}</small>
          </span>
        </a>
        <nav aria-label={t('app.title')}>
          <a
            href="#/"
            aria-current={
              route.screen === 'engagements' || route.screen === 'engagement' ? 'page' : undefined
            }
          >
            {t('nav.engagements')}
          </a>
          <a href="#/library" aria-current={route.screen === 'library' ? 'page' : undefined}>
            {t('library.nav')}
          </a>
          <a href="#/data" aria-current={route.screen === 'data' ? 'page' : undefined}>
            {t('dataSafety.nav')}
          </a>
        </nav>
        <div className="app-header__end">
          {hostKind() === 'browser' && (
            <span className="badge badge--host">{t('app.browserHost')}</span>
          )}
          <label>
            <span className="visually-hidden">{t('app.language')}</span>
            <select
              aria-label={t('app.language')}
              value={language}
              onChange={(event) => void chooseLanguage(event.target.value as Language)}
            >
              <option value="nl">Nederlands</option>
              <option value="en">English</option>
            </select>
          </label>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
          {route.screen === 'engagements' && <EngagementList />}
          {route.screen === 'newEngagement' && <NewEngagement />}
          {route.screen === 'data' && <DataSafetyScreen />}
          {route.screen === 'library' && (
            <LibraryScreen
              tab={route.tab}
              instrumentId={route.instrumentId}
              guideRef={route.guideRef}
            />
          )}
          {route.screen === 'engagement' && (
            <EngagementHub
              key={route.id}
              id={route.id}
              section={route.section}
              view={route.view}
              item={route.item}
            />
          )}
        </Suspense>
      </main>
    </>
  );
}
