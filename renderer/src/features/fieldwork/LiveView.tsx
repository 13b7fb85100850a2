import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/errors';
import type { LiveSessionView } from '@shared/ipc/live';
import { localized } from '@shared/questionnaire/instrument';
import { routeHref } from '@renderer/app/router';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { invoke } from '@renderer/ipc/client';
import { asIpcError } from '@renderer/ipc/use-call';
import type { QuestionnaireViewProps } from '../questionnaire/view-props';
import { LiveSetup } from './LiveSetup';
import { ProjectorView } from './ProjectorView';
import { QrSheet } from './QrSheet';
import { svgSource, useLiveStatus } from './use-live-status';
import './fieldwork.css';

/**
 * The "Live" view of the Questionnaire tab: start a session in which the room answers on their
 * phones, show the projector view with the QR code and the counts, print a QR code per group,
 * and end it.
 */
export function LiveView(props: QuestionnaireViewProps) {
  const { t } = useTranslation();
  const { engagement, instrument, onResponsesChanged } = props;
  const { status, setStatus } = useLiveStatus(true);
  const [projector, setProjector] = useState(false);
  const [error, setError] = useState<IpcError>();

  async function end() {
    try {
      setStatus(await invoke('live.end', {}));
      setProjector(false);
      onResponsesChanged();
    } catch (reason) {
      setError(asIpcError(reason));
    }
  }

  if (!status) return <p className="muted">{t('app.loading')}</p>;
  const session = status.active ? status.session : null;
  const ours = session?.engagementId === engagement.id && session.instrumentId === instrument.id;
  return (
    <section className="card live-view" aria-labelledby="live-heading">
      <h2 id="live-heading">{t('fieldwork.live.title')}</h2>
      {error && <ErrorBanner error={error} onDismiss={() => setError(undefined)} />}
      {!session && (
        <LiveSetup
          engagement={engagement}
          instrument={instrument}
          onStarted={(next) => {
            setStatus(next);
            setProjector(true);
          }}
        />
      )}
      {session && !ours && <OtherSession session={session} onEnd={() => void end()} />}
      {session && ours && (
        <>
          <RunningSession
            session={session}
            onProjector={() => setProjector(true)}
            onEnd={() => void end()}
          />
          <QrSheet session={session} />
        </>
      )}
      {session && ours && projector && (
        <ProjectorView
          session={session}
          clientName={engagement.clientName}
          onClose={() => setProjector(false)}
          onEnd={() => void end()}
        />
      )}
    </section>
  );
}

function RunningSession({
  session,
  onProjector,
  onEnd,
}: {
  session: LiveSessionView;
  onProjector: () => void;
  onEnd: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="live-running">
      <img
        className="live-running__qr"
        src={svgSource(session.qrSvg)}
        alt={t('fieldwork.live.qrAlt', { url: session.url })}
        width={160}
        height={160}
      />
      <div className="fieldwork-stack">
        <p className="banner banner--success" role="status">
          {t('fieldwork.live.running', { count: session.submissions })}
        </p>
        <p>
          {t('fieldwork.live.address')} <code data-testid="live-url">{session.url}</code>
        </p>
        <ul className="live-counts" aria-label={t('fieldwork.live.countsLabel')}>
          {session.groups.map((group) => (
            <li key={group.groupId} data-testid="live-group-count">
              <span>{group.name}</span> <strong>{group.answers}</strong>
            </li>
          ))}
        </ul>
        <p className="muted">{t('fieldwork.live.limit', { max: session.maxParticipants })}</p>
        <div className="toolbar">
          <button type="button" className="button button--primary" onClick={onProjector}>
            {t('fieldwork.live.openProjector')}
          </button>
          <button type="button" className="button button--danger" onClick={onEnd}>
            {t('fieldwork.live.end')}
          </button>
        </div>
      </div>
    </div>
  );
}

/** A session of another engagement or instrument version runs: one at a time. */
function OtherSession({ session, onEnd }: { session: LiveSessionView; onEnd: () => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <div className="banner banner--info" role="status">
      <div>
        <p>
          {t('fieldwork.live.otherRunning', {
            instrument: localized(session.instrumentName, language),
          })}
        </p>
        <p>
          <a
            href={routeHref({
              screen: 'engagement',
              id: session.engagementId,
              section: 'questionnaire',
              view: 'live',
            })}
          >
            {t('fieldwork.live.goToOther')}
          </a>
        </p>
      </div>
      <button type="button" className="button button--danger" onClick={onEnd}>
        {t('fieldwork.live.end')}
      </button>
    </div>
  );
}
