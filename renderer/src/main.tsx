// The tokens and base styles come first: feature stylesheets, imported by their components,
// build on them.
import './styles/tokens.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { parseRoute } from './app/router';
import { initI18n, loadLanguageTexts, osLanguage } from './i18n';
import { primedCalls } from './ipc/primed-calls';
import { INITIAL_LIST_QUERY } from './features/engagements/engagement-list-model';
import { formatDateTime } from '@shared/i18n/format';

async function start() {
  // The first screen's calls all at once, not one after another as its parts mount: the
  // settings (the language), the kiosk status (whether to show the app at all) and, when the
  // app opens on it, the engagement list.
  const settings = primedCalls.prime('settings.get', {}).catch(() => ({ uiLanguage: null }));
  const kiosk = primedCalls.prime('kiosk.status', {}).catch(() => undefined);
  if (parseRoute(window.location.hash).screen === 'engagements') {
    void primedCalls.prime('engagements.list', INITIAL_LIST_QUERY).catch(() => undefined);
  }
  // While main answers, load the locale data for dates: the first date formatter takes a tenth
  // of a second, and the engagement list shows dates.
  formatDateTime(new Date().toISOString(), osLanguage());
  // The texts of the language the UI most likely has (the system's, unless one was chosen) load
  // while main answers too.
  void loadLanguageTexts(osLanguage());
  const [{ uiLanguage }] = await Promise.all([settings, kiosk]);
  await initI18n(uiLanguage ?? osLanguage());
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
