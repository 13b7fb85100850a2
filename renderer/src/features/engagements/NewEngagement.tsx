import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultGroups, engagementCreateSchema } from '@shared/engagements/model';
import type { IpcError } from '@shared/ipc/errors';
import { invoke } from '@renderer/ipc/client';
import { asIpcError } from '@renderer/ipc/use-call';
import { navigate } from '@renderer/app/router';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { validationMessage } from '@renderer/i18n';
import {
  EngagementFields,
  draftToInput,
  issuesToFieldErrors,
  type DraftField,
  type EngagementDraft,
} from './EngagementFields';
import { GroupRows, invitedFromText, moveInList, type GroupRow } from './GroupRows';

let nextKey = 0;
const newKey = () => `new-${++nextKey}`;

export function NewEngagement() {
  const { t, i18n } = useTranslation();
  const initialLanguage = i18n.language === 'en' ? 'en' : 'nl';
  const [draft, setDraft] = useState<EngagementDraft>({
    clientName: '',
    sector: '',
    consultants: '',
    startDate: '',
    endDate: '',
    language: initialLanguage,
    notes: '',
  });
  const [groups, setGroups] = useState<GroupRow[]>(() =>
    defaultGroups(initialLanguage).map((group) => ({
      key: newKey(),
      name: group.name,
      kind: group.kind,
      description: group.description ?? '',
      invited: '',
    })),
  );
  const [groupsTouched, setGroupsTouched] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({});
  const [groupError, setGroupError] = useState<string>();
  const [saveError, setSaveError] = useState<IpcError>();
  const [busy, setBusy] = useState(false);

  const change = (field: DraftField, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    // The suggested group names follow the deliverables' language until the consultant edits them.
    if (field === 'language' && !groupsTouched && (value === 'nl' || value === 'en')) {
      setGroups(
        defaultGroups(value).map((group) => ({
          key: newKey(),
          name: group.name,
          kind: group.kind,
          description: '',
          invited: '',
        })),
      );
    }
  };
  const editGroups = (update: (rows: GroupRow[]) => GroupRow[]) => {
    setGroupsTouched(true);
    setGroups(update);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      ...draftToInput(draft),
      groups: groups.map(({ name, kind, description, invited }) => ({
        name,
        kind,
        description,
        invited: invitedFromText(invited),
      })),
    };
    const parsed = engagementCreateSchema.safeParse(input);
    if (!parsed.success) {
      const translate = (message: string) => validationMessage(t, message);
      setErrors(
        issuesToFieldErrors(
          parsed.error.issues.filter((issue) => issue.path[0] !== 'groups'),
          translate,
        ),
      );
      const groupIssue = parsed.error.issues.find((issue) => issue.path[0] === 'groups');
      setGroupError(groupIssue ? translate(groupIssue.message) : undefined);
      return;
    }
    setErrors({});
    setGroupError(undefined);
    setBusy(true);
    try {
      const engagement = await invoke('engagements.create', input);
      navigate({ screen: 'engagement', id: engagement.id, section: 'overview' });
    } catch (reason) {
      setSaveError(asIpcError(reason));
      setBusy(false);
    }
  }

  return (
    <form className="page" onSubmit={(event) => void submit(event)} noValidate>
      <header className="page__header">
        <div>
          <a className="back-link" href="#/">
            ← {t('app.back')}
          </a>
          <h1>{t('engagement.createTitle')}</h1>
        </div>
      </header>
      {saveError && <ErrorBanner error={saveError} onDismiss={() => setSaveError(undefined)} />}
      <section className="card" aria-labelledby="details-heading">
        <h2 id="details-heading">{t('engagement.details')}</h2>
        <EngagementFields draft={draft} errors={errors} onChange={change} />
      </section>
      <section className="card" aria-labelledby="groups-heading">
        <h2 id="groups-heading">{t('groups.title')}</h2>
        <p className="muted">
          {t('groups.intro')} {t('groups.defaultsHint')}
        </p>
        {groupError && (
          <p className="field__error" role="alert">
            {groupError}
          </p>
        )}
        <GroupRows
          rows={groups}
          onChange={(key, patch) =>
            editGroups((rows) => rows.map((row) => (row.key === key ? { ...row, ...patch } : row)))
          }
          onAdd={() =>
            editGroups((rows) => [
              ...rows,
              { key: newKey(), name: '', kind: 'department', description: '', invited: '' },
            ])
          }
          onRemove={(key) => editGroups((rows) => rows.filter((row) => row.key !== key))}
          onMove={(key, direction) =>
            editGroups((rows) =>
              moveInList(
                rows,
                rows.findIndex((row) => row.key === key),
                direction,
              ),
            )
          }
        />
      </section>
      <div className="page__actions">
        <a className="button" href="#/">
          {t('app.cancel')}
        </a>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('engagement.create')}
        </button>
      </div>
    </form>
  );
}
