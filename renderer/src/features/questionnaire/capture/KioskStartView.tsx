import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/errors';
import { kioskGroupsFor } from '@shared/ipc/kiosk';
import { localized } from '@shared/questionnaire/instrument';
import { invoke, hostKind } from '@renderer/ipc/client';
import { asIpcError, useCall } from '@renderer/ipc/use-call';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { announceKioskChange } from '@renderer/features/kiosk/kiosk-mode';
import type { QuestionnaireViewProps } from '../view-props';

const PIN_PATTERN = /^\d{4,8}$/;

/**
 * The "Kiosk" view: explains self-entry at a workshop and starts it with a PIN the consultant
 * types twice. From then on the app shows only the kiosk screen until the PIN is given.
 */
export function KioskStartView({ engagement, instrument }: QuestionnaireViewProps) {
  const { t } = useTranslation();
  const respondents = useCall('respondents.list', {
    engagementId: engagement.id,
    instrumentId: instrument.id,
  });
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [tried, setTried] = useState(false);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<IpcError>();
  const pinId = useId();
  const repeatId = useId();

  const groups = kioskGroupsFor(engagement.groups, instrument.audience);
  const viaKiosk = (respondents.data ?? []).filter(
    (respondent) => respondent.source === 'kiosk',
  ).length;
  const pinProblem = !PIN_PATTERN.test(pin) ? t('validation.kiosk.pinFormat') : null;
  const repeatProblem =
    pinProblem === null && repeat !== pin ? t('capture.kiosk.pinMismatch') : null;

  async function start(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (pinProblem || repeatProblem || groups.length === 0) return;
    setStarting(true);
    setError(undefined);
    try {
      // In a browser the page may fill the screen only in answer to this click.
      if (hostKind() === 'browser')
        await document.documentElement.requestFullscreen?.().catch(() => undefined);
      const status = await invoke('kiosk.start', {
        engagementId: engagement.id,
        instrumentId: instrument.id,
        pin,
      });
      announceKioskChange(status);
    } catch (reason) {
      setError(asIpcError(reason));
      setStarting(false);
    }
  }

  return (
    <section className="card kiosk-start" aria-labelledby="kiosk-start-heading">
      <h2 id="kiosk-start-heading">{t('capture.kiosk.title')}</h2>
      <p>{t('capture.kiosk.intro')}</p>
      <ul className="kiosk-start__facts">
        <li>
          {t('capture.kiosk.instrument', { name: localized(instrument.name, engagement.language) })}
        </li>
        <li>{t('capture.kiosk.language', { language: t(`languages.${engagement.language}`) })}</li>
        <li>
          {t('capture.kiosk.groups', {
            groups: groups.map((group) => group.name).join(', ') || '—',
          })}
        </li>
        <li>{t('capture.kiosk.responses', { count: viaKiosk })}</li>
      </ul>
      <p className="muted">{t('capture.kiosk.privacy')}</p>
      {error && <ErrorBanner error={error} onDismiss={() => setError(undefined)} />}
      {groups.length === 0 ? (
        <p className="banner banner--info">{t('capture.grid.noGroups')}</p>
      ) : (
        <form className="kiosk-start__form" onSubmit={(event) => void start(event)} noValidate>
          <div className={`field${tried && pinProblem ? ' field--invalid' : ''}`}>
            <label htmlFor={pinId}>{t('capture.kiosk.pin')}</label>
            <input
              id={pinId}
              type="password"
              inputMode="numeric"
              autoComplete="new-password"
              maxLength={8}
              value={pin}
              aria-invalid={tried && pinProblem !== null}
              aria-describedby={`${pinId}-hint${tried && pinProblem ? ` ${pinId}-error` : ''}`}
              onChange={(event) => setPin(event.target.value.replace(/\D/g, ''))}
            />
            <p className="field__hint" id={`${pinId}-hint`}>
              {t('capture.kiosk.pinHint')}
            </p>
            {tried && pinProblem && (
              <p className="field__error" id={`${pinId}-error`} role="alert">
                {pinProblem}
              </p>
            )}
          </div>
          <div className={`field${tried && repeatProblem ? ' field--invalid' : ''}`}>
            <label htmlFor={repeatId}>{t('capture.kiosk.pinRepeat')}</label>
            <input
              id={repeatId}
              type="password"
              inputMode="numeric"
              autoComplete="new-password"
              maxLength={8}
              value={repeat}
              aria-invalid={tried && repeatProblem !== null}
              aria-describedby={tried && repeatProblem ? `${repeatId}-error` : undefined}
              onChange={(event) => setRepeat(event.target.value.replace(/\D/g, ''))}
            />
            {tried && repeatProblem && (
              <p className="field__error" id={`${repeatId}-error`} role="alert">
                {repeatProblem}
              </p>
            )}
          </div>
          <div className="toolbar">
            <button type="submit" className="button button--primary" disabled={starting}>
              {t('capture.kiosk.start')}
            </button>
          </div>
        </form>
      )}
      {hostKind() === 'electron' && <p className="muted">{t('capture.kiosk.forgotten')}</p>}
    </section>
  );
}
