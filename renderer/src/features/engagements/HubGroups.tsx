import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Engagement, Group } from '@shared/engagements/model';
import { groupInputSchema } from '@shared/engagements/model';
import type { IpcError } from '@shared/ipc/errors';
import { invoke } from '@renderer/ipc/client';
import { asIpcError } from '@renderer/ipc/use-call';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { SaveIndicator, type SaveState } from '@renderer/components/SaveIndicator';
import { validationMessage } from '@renderer/i18n';
import { GroupRows, invitedFromText, type GroupRow } from './GroupRows';

const toRow = (group: Group): GroupRow => ({
  key: String(group.id),
  name: group.name,
  kind: group.kind,
  description: group.description,
  invited: group.invited === null ? '' : String(group.invited),
});

/** The engagement's groups, each change saved as soon as a field is left. */
export function HubGroups({
  engagement,
  onChange,
}: {
  engagement: Engagement;
  onChange: (next: Engagement) => void;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState(() => engagement.groups.map(toRow));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<IpcError>();
  const [saveState, setSaveState] = useState<SaveState>('idle');

  // Reset the rows only when the saved groups really changed, so a details save arriving while
  // the consultant types a group name does not wipe what was typed.
  const savedGroups = JSON.stringify(engagement.groups);
  const [syncedGroups, setSyncedGroups] = useState(savedGroups);
  if (syncedGroups !== savedGroups) {
    setSyncedGroups(savedGroups);
    setRows(engagement.groups.map(toRow));
  }

  async function run(action: () => Promise<Engagement>) {
    setSaveState('saving');
    try {
      onChange(await action());
      setError(undefined);
      setSaveState('saved');
    } catch (reason) {
      setError(asIpcError(reason));
      setSaveState('error');
    }
  }

  function commit(key: string, patch: Partial<GroupRow> = {}) {
    const current = rows.find((candidate) => candidate.key === key);
    if (!current) return;
    const row = { ...current, ...patch };
    const saved = engagement.groups.find((group) => String(group.id) === key);
    if (
      saved &&
      saved.name === row.name &&
      saved.kind === row.kind &&
      saved.description === row.description &&
      saved.invited === invitedFromText(row.invited)
    )
      return;
    const group = {
      name: row.name,
      kind: row.kind,
      description: row.description,
      invited: invitedFromText(row.invited),
      ...(saved ? { id: saved.id } : {}),
    };
    const parsed = groupInputSchema.safeParse(group);
    if (!parsed.success) {
      setErrors({
        ...errors,
        [key]: validationMessage(t, parsed.error.issues[0]?.message ?? 'required'),
      });
      return;
    }
    setErrors(Object.fromEntries(Object.entries(errors).filter(([errorKey]) => errorKey !== key)));
    void run(() => invoke('groups.save', { engagementId: engagement.id, group }));
  }

  return (
    <section className="card" aria-labelledby="groups-heading" data-testid="hub-groups">
      <h2 id="groups-heading">
        {t('groups.title')} <SaveIndicator state={saveState} />
      </h2>
      <p className="muted">{t('groups.intro')}</p>
      {error && <ErrorBanner error={error} onDismiss={() => setError(undefined)} />}
      <GroupRows
        rows={rows}
        errors={errors}
        onChange={(key, patch) =>
          setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)))
        }
        onCommit={commit}
        onAdd={() =>
          setRows((current) => [
            ...current,
            {
              key: `new-${Date.now()}`,
              name: '',
              kind: 'department',
              description: '',
              invited: '',
            },
          ])
        }
        onRemove={(key) => {
          if (key.startsWith('new-'))
            setRows((current) => current.filter((row) => row.key !== key));
          else
            void run(() =>
              invoke('groups.delete', { engagementId: engagement.id, groupId: Number(key) }),
            );
        }}
        onMove={(key, direction) => {
          if (!key.startsWith('new-')) {
            void run(() =>
              invoke('groups.move', {
                engagementId: engagement.id,
                groupId: Number(key),
                direction,
              }),
            );
          }
        }}
      />
    </section>
  );
}
