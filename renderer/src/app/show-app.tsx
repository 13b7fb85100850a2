import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Language } from '@shared/questionnaire/instrument';
import { initI18n } from '../i18n';
import { App } from './App';

/** Shows the app in `language` (loaded by main.ts once the first calls are on their way). */
export async function showApp(language: Language): Promise<void> {
  await initI18n(language);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
