// The tokens and base styles come first: feature stylesheets, imported by their components,
// build on them.
import './styles/tokens.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n, osLanguage } from './i18n';
import { invoke } from './ipc/client';

async function start() {
  const settings = await invoke('settings.get', {}).catch(() => ({ uiLanguage: null }));
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
