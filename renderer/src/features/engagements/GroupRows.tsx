import { useTranslation } from 'react-i18next';
import { GROUP_KINDS, type GroupKind } from '@shared/engagements/model';

export interface GroupRow {
  key: string;
  name: string;
  kind: GroupKind;
  description: string;
  /** The invited (or targeted) number as typed; empty when not known. */
  invited: string;
}

/** The typed invited count as the contract wants it: a whole number, or null when left empty. */
export function invitedFromText(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed);
}

interface GroupRowsProps {
  rows: GroupRow[];
  errors?: Record<string, string>;
  onChange: (key: string, patch: Partial<GroupRow>) => void;
  /** Called when a field loses focus: the hub saves then, the create form does nothing. */
  onCommit?: (key: string, patch?: Partial<GroupRow>) => void;
  onAdd: () => void;
  onRemove: (key: string) => void;
  onMove: (key: string, direction: 'up' | 'down') => void;
}

/** Editable list of an engagement's groups; used by the create form and the hub alike. */
export function GroupRows({
  rows,
  errors = {},
  onChange,
  onCommit,
  onAdd,
  onRemove,
  onMove,
}: GroupRowsProps) {
  const { t } = useTranslation();
  return (
    <div className="groups">
      {rows.length === 0 && <p className="muted">{t('groups.none')}</p>}
      {rows.length > 0 && (
        <table className="groups__table">
          <thead>
            <tr>
              <th scope="col">{t('groups.name')}</th>
              <th scope="col">{t('groups.kind')}</th>
              <th scope="col">{t('groups.description')}</th>
              <th scope="col" title={t('groups.invitedHint')}>
                {t('groups.invited')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('groups.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.key} data-testid="group-row">
                <td>
                  <input
                    aria-label={`${t('groups.name')} ${index + 1}`}
                    value={row.name}
                    aria-invalid={Boolean(errors[row.key])}
                    onChange={(event) => onChange(row.key, { name: event.target.value })}
                    onBlur={() => onCommit?.(row.key)}
                  />
                  {errors[row.key] && (
                    <p className="field__error" role="alert">
                      {errors[row.key]}
                    </p>
                  )}
                </td>
                <td>
                  <select
                    aria-label={`${t('groups.kind')} ${index + 1}`}
                    value={row.kind}
                    onChange={(event) => {
                      const patch = { kind: event.target.value as GroupKind };
                      onChange(row.key, patch);
                      onCommit?.(row.key, patch);
                    }}
                  >
                    {GROUP_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`groups.kinds.${kind}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    aria-label={`${t('groups.description')} ${index + 1}`}
                    value={row.description}
                    onChange={(event) => onChange(row.key, { description: event.target.value })}
                    onBlur={() => onCommit?.(row.key)}
                  />
                </td>
                <td>
                  <input
                    className="groups__invited"
                    aria-label={`${t('groups.invited')} ${index + 1}`}
                    title={t('groups.invitedHint')}
                    inputMode="numeric"
                    value={row.invited}
                    onChange={(event) => onChange(row.key, { invited: event.target.value })}
                    onBlur={() => onCommit?.(row.key)}
                  />
                </td>
                <td className="groups__actions">
                  <button
                    type="button"
                    className="button button--icon"
                    aria-label={`${t('groups.moveUp')}: ${row.name}`}
                    title={t('groups.moveUp')}
                    disabled={index === 0}
                    onClick={() => onMove(row.key, 'up')}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--icon"
                    aria-label={`${t('groups.moveDown')}: ${row.name}`}
                    title={t('groups.moveDown')}
                    disabled={index === rows.length - 1}
                    onClick={() => onMove(row.key, 'down')}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button--icon"
                    aria-label={`${t('groups.remove')}: ${row.name}`}
                    title={t('groups.remove')}
                    onClick={() => onRemove(row.key)}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="button" onClick={onAdd}>
        + {t('groups.add')}
      </button>
    </div>
  );
}

export function moveInList<T>(list: T[], index: number, direction: 'up' | 'down'): T[] {
  const target = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= list.length) return list;
  const next = [...list];
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}
