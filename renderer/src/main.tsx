// The tokens and base styles come first: feature stylesheets, imported by their components,
// build on them.
import './styles/tokens.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n, osLanguage } from './i18n';
import { invoke } from './ipc/client';
import { formatDateTime } from '@shared/i18n/format';

async function start() {
  const loading = invoke('settings.get', {}).catch(() => ({ uiLanguage: null }));
  // While main answers (at start it is still loading its handlers), load the locale data for
  // dates: the first date formatter takes a tenth of a second, and the engagement list shows dates.
  formatDateTime(new Date().toISOString(), osLanguage());
  const settings = await loading;
  await initI18n(settings.uiLanguage ?? osLanguage());
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
