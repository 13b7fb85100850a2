import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Engagement } from '@shared/engagements/model';
import type { IpcError } from '@shared/ipc/errors';
import type { InterviewFields, InterviewKind } from '@shared/interviews/model';
import type { GuideEntry } from '@shared/interviews/guides';
import { formatDate } from '@shared/i18n/format';
import { invoke } from '@renderer/ipc/client';
import { asIpcError, useCall } from '@renderer/ipc/use-call';
import { routeHref } from '@renderer/app/router';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { Field } from '@renderer/components/Field';
import { InterviewFieldsForm } from './InterviewFieldsForm';
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
                  <a
                    href={routeHref({
                      screen: 'engagement',
                      id: engagement.id,
                      section: 'interviews',
                      view: 'notes',
                      item: interview.id,
                    })}
                  >
                    {intervieweeLabel(interview, engagement)}
                  </a>
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
  const [values, setValues] = useState<InterviewFields>(() => ({
    kind: 'customer-interview',
    groupId: null,
    intervieweeRole: '',
    organisation: '',
    intervieweeName: '',
    nameMayBeShown: false,
    interviewer: engagement.consultants[0] ?? '',
    date: today(),
    mode: 'on-site',
    consentGiven: false,
    consentDate: null,
  }));
  const [guideRef, setGuideRef] = useState<string | null>(null);
  const [error, setError] = useState<IpcError>();
  const [busy, setBusy] = useState(false);
  // Until the consultant picks a guide, the guide follows the kind of conversation.
  const chosenGuide = guideRef ?? guideForKind(allGuides, values.kind);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const created = await invoke('interviews.create', {
        engagementId: engagement.id,
        guideRef: chosenGuide || null,
        ...values,
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
      <InterviewFieldsForm
        engagement={engagement}
        values={values}
        onChange={(field, value) => setValues((current) => ({ ...current, [field]: value }))}
      >
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
      </InterviewFieldsForm>
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
