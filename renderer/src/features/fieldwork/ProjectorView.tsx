import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/errors';
import type { LiveReveal, LiveSessionView } from '@shared/ipc/live';
import { formatTime } from '@shared/i18n/format';
import { localized } from '@shared/questionnaire/instrument';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { invoke } from '@renderer/ipc/client';
import { asIpcError } from '@renderer/ipc/use-call';
import { DimensionDumbbell } from '../gaps/Dumbbells';
import { gapContext } from '../gaps/gap-context';
import { useFullscreen } from './use-fullscreen';
import { svgSource } from './use-live-status';

interface ProjectorViewProps {
  session: LiveSessionView;
  clientName: string;
  onClose: () => void;
  onEnd: () => void;
}

/**
 * What the room sees on the projector: a large QR code and the short address, the number of
 * answers per group as they come in, and on "reveal" the groups side by side per dimension
 * (the Kloof tab's dumbbell) for the groups that reached the anonymity threshold.
 */
export function ProjectorView({ session, clientName, onClose, onEnd }: ProjectorViewProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [revealed, setRevealed] = useState(false);
  const [reveal, setReveal] = useState<LiveReveal & { takenAt: string }>();
  const [error, setError] = useState<IpcError>();
  const dialog = useRef<HTMLDivElement>(null);
  const fullscreen = useFullscreen(dialog);

  // A snapshot, taken when "reveal" is pressed and not updated as answers come in: means that
  // moved with every single new answer would show the room how that one person answered.
  async function toggleReveal() {
    if (revealed) {
      setRevealed(false);
      setReveal(undefined);
      return;
    }
    setRevealed(true);
    try {
      const next = await invoke('live.reveal', {});
      setReveal({ ...next, takenAt: new Date().toISOString() });
    } catch (reason) {
      setError(asIpcError(reason));
    }
  }

  // Leaving the projector view (or ending the session) also leaves full screen.
  const close = () => {
    fullscreen.exit();
    onClose();
  };
  const end = () => {
    fullscreen.exit();
    onEnd();
  };

  useEffect(() => {
    dialog.current?.focus();
    // In full screen, Escape belongs to the browser (it leaves full screen first).
    const onKey = (event: KeyboardEvent) =>
      event.key === 'Escape' && !document.fullscreenElement && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div
      className="projector"
      role="dialog"
      aria-modal="true"
      aria-labelledby="projector-title"
      ref={dialog}
      tabIndex={-1}
      data-testid="projector"
    >
      <header className="projector__bar">
        <h1 id="projector-title">{localized(session.instrumentName, language)}</h1>
        <div className="toolbar">
          <button
            type="button"
            className="button button--primary"
            aria-pressed={revealed}
            onClick={() => void toggleReveal()}
          >
            {revealed ? t('fieldwork.projector.hide') : t('fieldwork.projector.reveal')}
          </button>
          {fullscreen.supported && (
            <button type="button" className="button" onClick={fullscreen.toggle}>
              {fullscreen.active
                ? t('fieldwork.projector.leaveFullScreen')
                : t('fieldwork.projector.fullScreen')}
            </button>
          )}
          <button type="button" className="button" onClick={close}>
            {t('fieldwork.projector.close')}
          </button>
          <button type="button" className="button button--danger" onClick={end}>
            {t('fieldwork.live.end')}
          </button>
        </div>
      </header>
      {error && <ErrorBanner error={error} onDismiss={() => setError(undefined)} />}
      {revealed ? (
        <RevealPanel reveal={reveal} session={session} clientName={clientName} />
      ) : (
        <div className="projector__join">
          <img
            className="projector__qr"
            src={svgSource(session.qrSvg)}
            alt={t('fieldwork.live.qrAlt', { url: session.url })}
          />
          <div className="projector__side">
            <p className="projector__instruction">{t('fieldwork.projector.scan')}</p>
            <p className="projector__url" data-testid="projector-url">
              {/* Breaks, if at all, between the address and the code. */}
              {`${session.address}:${session.port}/`}
              <wbr />
              {new URL(session.url).pathname.slice(1)}
            </p>
            <Counts session={session} />
          </div>
        </div>
      )}
    </div>
  );
}

function Counts({ session }: { session: LiveSessionView }) {
  const { t } = useTranslation();
  return (
    <div className="projector__counts" aria-live="polite">
      <p className="projector__total">
        {t('fieldwork.projector.answers', { count: session.submissions })}
      </p>
      <ul>
        {session.groups.map((group) => (
          <li key={group.groupId} data-testid="projector-count">
            <span className="projector__group">{group.name}</span>
            <span className="projector__number">{group.answers}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function RevealPanel({
  reveal,
  session,
  clientName,
}: {
  reveal: (LiveReveal & { takenAt: string }) | undefined;
  session: LiveSessionView;
  clientName: string;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const analysis = reveal?.analysis ?? null;
  const context = useMemo(
    () => (analysis ? gapContext(analysis, language, clientName) : null),
    [analysis, language, clientName],
  );
  if (!reveal) return <p className="projector__wait">{t('app.loading')}</p>;
  const heldBack = (analysis?.groups ?? []).filter((group) => group.selected && !group.shown);
  return (
    <div className="projector__reveal" data-testid="projector-reveal">
      {context && context.series.length > 0 ? (
        <DimensionDumbbell context={context} />
      ) : (
        <p className="projector__wait">{t('fieldwork.projector.nothingYet')}</p>
      )}
      {heldBack.length > 0 && (
        <ul className="projector__held-back" aria-label={t('fieldwork.projector.heldBackLabel')}>
          {heldBack.map((group) => (
            <li key={group.groupId} data-testid="projector-held-back">
              <strong>{group.name}</strong>: {t('fieldwork.projector.notEnough')}
            </li>
          ))}
        </ul>
      )}
      <p className="muted">
        {t('fieldwork.projector.basis', { threshold: session.anonymityThreshold })}{' '}
        {t('fieldwork.projector.snapshot', { time: formatTime(reveal.takenAt, language) })}
      </p>
    </div>
  );
}
