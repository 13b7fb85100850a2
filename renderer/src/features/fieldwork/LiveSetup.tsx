import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Engagement } from '@shared/engagements/model';
import type { IpcError } from '@shared/ipc/errors';
import { kioskGroupsFor } from '@shared/ipc/kiosk';
import {
  DEFAULT_MAX_PARTICIPANTS,
  MAX_PARTICIPANTS_LIMIT,
  type LiveStatus,
} from '@shared/ipc/live';
import type { InstrumentSummary } from '@shared/questionnaire/instrument-summary';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { invoke } from '@renderer/ipc/client';
import { asIpcError, useCall } from '@renderer/ipc/use-call';

interface LiveSetupProps {
  engagement: Engagement;
  instrument: InstrumentSummary;
  onStarted: (status: LiveStatus) => void;
}

/** Before a session: which groups participants may pick, which network, how many at most. */
export function LiveSetup({ engagement, instrument, onStarted }: LiveSetupProps) {
  const { t } = useTranslation();
  const interfaces = useCall('live.interfaces', {});
  const fitting = kioskGroupsFor(engagement.groups, instrument.audience);
  const [groupIds, setGroupIds] = useState<number[]>(() => fitting.map((group) => group.id));
  const [chosenAddress, setAddress] = useState<string>();
  const [maxParticipants, setMaxParticipants] = useState(DEFAULT_MAX_PARTICIPANTS);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<IpcError>();
  const addressId = useId();
  const maxId = useId();

  const offered = interfaces.data ?? [];
  const address =
    chosenAddress ?? offered.find((entry) => !entry.loopback)?.address ?? offered[0]?.address;

  async function start(event: FormEvent) {
    event.preventDefault();
    if (!address || groupIds.length === 0) return;
    setStarting(true);
    setError(undefined);
    try {
      onStarted(
        await invoke('live.start', {
          engagementId: engagement.id,
          instrumentId: instrument.id,
          groupIds,
          address,
          maxParticipants,
        }),
      );
    } catch (reason) {
      setError(asIpcError(reason));
    } finally {
      setStarting(false);
    }
  }

  function toggle(groupId: number, on: boolean) {
    setGroupIds((current) =>
      on ? [...current, groupId] : current.filter((candidate) => candidate !== groupId),
    );
  }

  return (
    <form className="live-setup fieldwork-stack" onSubmit={(event) => void start(event)} noValidate>
      <p>{t('fieldwork.live.intro')}</p>
      <details className="live-setup__exposed">
        <summary>{t('fieldwork.live.exposedTitle')}</summary>
        <ul>
          <li>{t('fieldwork.live.exposedServer')}</li>
          <li>{t('fieldwork.live.exposedPage')}</li>
          <li>{t('fieldwork.live.exposedFirewall')}</li>
        </ul>
      </details>
      {error && <ErrorBanner error={error} onDismiss={() => setError(undefined)} />}
      {interfaces.error && <ErrorBanner error={interfaces.error} />}
      {engagement.groups.length === 0 ? (
        <p className="banner banner--info">{t('capture.grid.noGroups')}</p>
      ) : (
        <fieldset className="live-setup__groups">
          <legend>{t('fieldwork.live.groups')}</legend>
          {engagement.groups.map((group) => (
            <label key={group.id} className="checkbox-label">
              <input
                type="checkbox"
                checked={groupIds.includes(group.id)}
                onChange={(event) => toggle(group.id, event.target.checked)}
              />{' '}
              {group.name}
            </label>
          ))}
          {groupIds.length === 0 && (
            <p className="field__error" role="alert">
              {t('validation.live.noGroups')}
            </p>
          )}
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={addressId}>{t('fieldwork.live.network')}</label>
        {offered.length === 0 && !interfaces.loading ? (
          <p className="banner banner--info" role="status">
            {t('fieldwork.live.noNetwork')}
          </p>
        ) : (
          <select
            id={addressId}
            value={address ?? ''}
            onChange={(event) => setAddress(event.target.value)}
          >
            {offered.map((entry) => (
              <option key={entry.address} value={entry.address}>
                {entry.loopback
                  ? t('fieldwork.live.loopback', { address: entry.address })
                  : `${entry.name} — ${entry.address}`}
              </option>
            ))}
          </select>
        )}
        <p className="field__hint">{t('fieldwork.live.networkHint')}</p>
      </div>
      <div className="field">
        <label htmlFor={maxId}>{t('fieldwork.live.maxParticipants')}</label>
        <input
          id={maxId}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_PARTICIPANTS_LIMIT}
          value={maxParticipants}
          onChange={(event) =>
            setMaxParticipants(
              Math.min(
                MAX_PARTICIPANTS_LIMIT,
                Math.max(1, Math.round(Number(event.target.value) || 1)),
              ),
            )
          }
        />
        <p className="field__hint">{t('fieldwork.live.maxParticipantsHint')}</p>
      </div>
      <div className="toolbar">
        <button
          type="submit"
          className="button button--primary"
          disabled={starting || !address || groupIds.length === 0}
        >
          {t('fieldwork.live.start')}
        </button>
      </div>
    </form>
  );
}
