// The tokens and base styles come first: feature stylesheets, imported by their components,
// build on them.
import './styles/tokens.css';
import './styles/base.css';
import { primedCalls } from './ipc/primed-calls';
import { parseRoute } from './app/router';
import { INITIAL_LIST_QUERY } from './features/engagements/engagement-list-model';
import { loadLanguageTexts, osLanguage } from './i18n/languages';

// This entry is small on purpose: it sends the first screen's calls and asks for the texts, and
// only then loads the app's code (React, i18next, the screens), which the browser parses and
// runs while main answers.
async function start() {
  // The first screen's calls all at once, not one after another as its parts mount: the
  // settings (the language), the kiosk status (whether to show the app at all) and, when the
  // app opens on it, the engagement list.
  const settings = primedCalls.prime('settings.get', {}).catch(() => ({ uiLanguage: null }));
  const kiosk = primedCalls.prime('kiosk.status', {}).catch(() => undefined);
  if (parseRoute(window.location.hash).screen === 'engagements') {
    void primedCalls.prime('engagements.list', INITIAL_LIST_QUERY).catch(() => undefined);
  }
  // The app's code and the texts of the language the UI most likely has (the system's, unless
  // one was chosen) load while main answers.
  const app = import('./app/show-app');
  void loadLanguageTexts(osLanguage());
  const [{ showApp }, [{ uiLanguage }]] = await Promise.all([app, Promise.all([settings, kiosk])]);
  await showApp(uiLanguage ?? osLanguage());
}

void start();
