import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initParticipantI18n } from './participant-i18n';
import { ParticipantApp } from './ParticipantApp';
import '@renderer/features/kiosk/kiosk.css';
import './participant.css';

/** The phone page of a live session (renderer/participant.html), served by the session's server. */
async function start() {
  await initParticipantI18n();
  const root = document.getElementById('root');
  if (!root) throw new Error('participant.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <ParticipantApp />
    </StrictMode>,
  );
}

void start();
