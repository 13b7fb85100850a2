import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Engagement } from '@shared/engagements/model';
import type { IpcError } from '@shared/ipc/errors';
import {
  INTERVIEW_KINDS,
  INTERVIEW_MODES,
  type InterviewKind,
  type InterviewMode,
} from '@shared/interviews/model';
import type { GuideEntry } from '@shared/interviews/guides';
import { formatDate } from '@shared/i18n/format';
import { invoke } from '@renderer/ipc/client';
import { asIpcError, useCall } from '@renderer/ipc/use-call';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { Field } from '@renderer/components/Field';
import { contentText, intervieweeLabel } from './labels';

/** The engagement's interviews, and the form to start a new one from a guide. */
export function InterviewList({
  engagement,
  onOpen,
}: {
  engagement: Engagement;
  onOpen: (interviewId: number) => void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const interviews = useCall('interviews.list', { engagementId: engagement.id });
  const [creating, setCreating] = useState(false);

  return (
    <div className="stack">
      <div className="section-bar">
        <h2>{t('interviews.listTitle')}</h2>
        {!creating && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setCreating(true)}
          >
            {t('interviews.new')}
          </button>
        )}
      </div>
      {creating && (
        <NewInterviewForm
          engagement={engagement}
          onCancel={() => setCreating(false)}
          onCreated={onOpen}
        />
      )}
      {interviews.error && <ErrorBanner error={interviews.error} />}
      {interviews.data && interviews.data.length === 0 && !creating && (
        <div className="card empty-state">
          <h3>{t('interviews.emptyTitle')}</h3>
          <p className="muted">{t('interviews.emptyText')}</p>
        </div>
      )}
      {interviews.data && interviews.data.length > 0 && (
        <table className="data-table" aria-label={t('interviews.listTitle')}>
          <thead>
            <tr>
              <th scope="col">{t('interviews.columns.interviewee')}</th>
              <th scope="col">{t('interviews.columns.kind')}</th>
              <th scope="col">{t('interviews.columns.group')}</th>
              <th scope="col">{t('interviews.columns.date')}</th>
              <th scope="col">{t('interviews.columns.interviewer')}</th>
              <th scope="col" className="numeric">
                {t('interviews.columns.words')}
              </th>
              <th scope="col" className="numeric">
                {t('interviews.columns.quotes')}
              </th>
            </tr>
          </thead>
          <tbody>
            {interviews.data.map((interview) => (
              <tr key={interview.id} data-testid="interview-row">
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onOpen(interview.id)}
                  >
                    {intervieweeLabel(interview, engagement)}
                  </button>
                </td>
                <td>{t(`interviews.kinds.${interview.kind}`)}</td>
                <td>{interview.groupName ?? '—'}</td>
                <td>{interview.date ? formatDate(interview.date, language) : '—'}</td>
                <td>{interview.interviewer || '—'}</td>
                <td className="numeric">{interview.wordCount}</td>
                <td className="numeric">{interview.quoteCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** The guide that fits a kind of conversation: the first guide written for it. */
function guideForKind(guides: GuideEntry[], kind: InterviewKind): string {
  return guides.find((entry) => entry.guide.kind === kind)?.ref ?? '';
}

function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function NewInterviewForm({
  engagement,
  onCancel,
  onCreated,
}: {
  engagement: Engagement;
  onCancel: () => void;
  onCreated: (interviewId: number) => void;
}) {
  const { t } = useTranslation();
  const guides = useCall('interviews.guides.list', {});
  const allGuides = [...(guides.data?.workspace ?? []), ...(guides.data?.shipped ?? [])];
  const [kind, setKind] = useState<InterviewKind>('customer-interview');
  const [guideRef, setGuideRef] = useState<string | null>(null);
  const [groupId, setGroupId] = useState<number | null>(null);
  const [role, setRole] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [interviewer, setInterviewer] = useState(engagement.consultants[0] ?? '');
  const [date, setDate] = useState(today);
  const [mode, setMode] = useState<InterviewMode | ''>('on-site');
  const [error, setError] = useState<IpcError>();
  const [busy, setBusy] = useState(false);
  // Until the consultant picks a guide, the guide follows the kind of conversation.
  const chosenGuide = guideRef ?? guideForKind(allGuides, kind);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const created = await invoke('interviews.create', {
        engagementId: engagement.id,
        kind,
        guideRef: chosenGuide || null,
        groupId,
        intervieweeRole: role,
        organisation,
        interviewer,
        date: date || null,
        mode: mode || null,
      });
      onCreated(created.id);
    } catch (reason) {
      setError(asIpcError(reason));
      setBusy(false);
    }
  }

  return (
    <form
      className="card"
      aria-labelledby="new-interview-heading"
      onSubmit={(event) => void submit(event)}
    >
      <h3 id="new-interview-heading">{t('interviews.newTitle')}</h3>
      {error && <ErrorBanner error={error} onDismiss={() => setError(undefined)} />}
      <div className="form-grid">
        <Field label={t('interviews.fields.kind')}>
          {({ id }) => (
            <select
              id={id}
              value={kind}
              onChange={(event) => setKind(event.target.value as InterviewKind)}
            >
              {INTERVIEW_KINDS.map((option) => (
                <option key={option} value={option}>
                  {t(`interviews.kinds.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('interviews.fields.guide')}>
          {({ id }) => (
            <select
              id={id}
              value={chosenGuide}
              onChange={(event) => setGuideRef(event.target.value)}
            >
              <option value="">{t('interviews.fields.noGuide')}</option>
              {allGuides.map((entry) => (
                <option key={entry.ref} value={entry.ref}>
                  {contentText(entry.guide.name, engagement)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('interviews.fields.group')}>
          {({ id }) => (
            <select
              id={id}
              value={groupId ?? ''}
              onChange={(event) =>
                setGroupId(event.target.value ? Number(event.target.value) : null)
              }
            >
              <option value="">{t('interviews.fields.noGroup')}</option>
              {engagement.groups.map((group) => (
                <option key={group.id} value={group.id}>
                  {group.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('interviews.fields.role')} hint={t('interviews.fields.roleHint')}>
          {({ id, describedBy }) => (
            <input
              id={id}
              aria-describedby={describedBy}
              value={role}
              maxLength={160}
              onChange={(event) => setRole(event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('interviews.fields.organisation')}
          hint={t('interviews.fields.organisationHint')}
        >
          {({ id, describedBy }) => (
            <input
              id={id}
              aria-describedby={describedBy}
              value={organisation}
              maxLength={200}
              onChange={(event) => setOrganisation(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('interviews.fields.interviewer')}>
          {({ id }) => (
            <input
              id={id}
              value={interviewer}
              maxLength={160}
              onChange={(event) => setInterviewer(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('interviews.fields.date')}>
          {({ id }) => (
            <input
              id={id}
              type="date"
              value={date}
              onChange={(event) => setDate(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('interviews.fields.mode')}>
          {({ id }) => (
            <select
              id={id}
              value={mode}
              onChange={(event) => setMode(event.target.value as InterviewMode | '')}
            >
              <option value="">{t('interviews.fields.modeUnknown')}</option>
              {INTERVIEW_MODES.map((option) => (
                <option key={option} value={option}>
                  {t(`interviews.modes.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="page__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('app.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('interviews.create')}
        </button>
      </div>
    </form>
  );
}
