import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Engagement } from '@shared/engagements/model';
import type { IpcError } from '@shared/ipc/errors';
import { localized } from '@shared/questionnaire/instrument';
import type { Quote, Theme, ThemeInput } from '@shared/interviews/model';
import { THEME_PALETTE, nextThemeColour, themeCounts, themeTree } from '@shared/interviews/themes';
import type { DimensionOption } from '@shared/interviews/guides';
import { invoke } from '@renderer/ipc/client';
import { asIpcError, useCall } from '@renderer/ipc/use-call';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { Field } from '@renderer/components/Field';
import { validationMessage } from '@renderer/i18n';

interface CodebookProps {
  engagement: Engagement;
  themes: Theme[];
  quotes: Quote[];
  onThemes: (themes: Theme[]) => void;
  /** Called after a merge or delete, which changes the themes of quotes. */
  onQuotesChanged: () => void;
}

/** The engagement's codebook: themes in two levels, edited in place; merge and delete. */
export function Codebook({ engagement, themes, quotes, onThemes, onQuotesChanged }: CodebookProps) {
  const { t } = useTranslation();
  const guides = useCall('interviews.guides.list', {});
  const dimensions = guides.data?.dimensions ?? [];
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [merging, setMerging] = useState<Theme | null>(null);
  const [mergeTarget, setMergeTarget] = useState<number | ''>('');
  const [deleting, setDeleting] = useState<Theme | null>(null);
  const [error, setError] = useState<IpcError>();
  const counts = new Map(themeCounts(quotes, themes).map((count) => [count.themeId, count.quotes]));

  async function run(action: () => Promise<Theme[]>, afterwards?: () => void) {
    try {
      onThemes(await action());
      setError(undefined);
      afterwards?.();
    } catch (reason) {
      setError(asIpcError(reason));
    }
  }

  /** A new theme (null) or one being edited, in the same form. */
  const themeForm = (initial: Theme | null) => (
    <ThemeForm
      themes={themes}
      dimensions={dimensions}
      initial={initial}
      onCancel={() => setEditing(null)}
      onSave={(input) =>
        run(
          () => invoke('interviews.themes.save', { engagementId: engagement.id, theme: input }),
          () => setEditing(null),
        )
      }
    />
  );

  const row = (theme: Theme, child: boolean) => (
    <li
      key={theme.id}
      className={child ? 'codebook__item codebook__item--child' : 'codebook__item'}
    >
      {editing === theme.id ? (
        themeForm(theme)
      ) : (
        <div className="codebook__row" data-testid="codebook-theme">
          <span className="theme-swatch" style={{ background: theme.colour }} aria-hidden />
          <div className="codebook__main">
            <div className="codebook__title">
              <strong>{theme.name}</strong>
              <span className="codebook__count">
                {t('interviews.themes.quoteCount', { count: counts.get(theme.id) ?? 0 })}
              </span>
            </div>
            {theme.description && (
              <p className="codebook__description muted">{theme.description}</p>
            )}
            <span className="codebook__actions">
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={t('interviews.themes.editNamed', { name: theme.name })}
                onClick={() => setEditing(theme.id)}
              >
                {t('interviews.themes.edit')}
              </button>
              {(['up', 'down'] as const).map((direction) => (
                <button
                  key={direction}
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={t(
                    direction === 'up'
                      ? 'interviews.themes.moveUpNamed'
                      : 'interviews.themes.moveDownNamed',
                    { name: theme.name },
                  )}
                  onClick={() =>
                    void run(() =>
                      invoke('interviews.themes.move', {
                        engagementId: engagement.id,
                        id: theme.id,
                        direction,
                      }),
                    )
                  }
                >
                  {direction === 'up' ? '↑' : '↓'}
                </button>
              ))}
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={t('interviews.themes.mergeNamed', { name: theme.name })}
                onClick={() => {
                  setMerging(theme);
                  setMergeTarget('');
                }}
              >
                {t('interviews.themes.merge')}
              </button>
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={t('interviews.themes.deleteNamed', { name: theme.name })}
                onClick={() => setDeleting(theme)}
              >
                {t('app.delete')}
              </button>
            </span>
          </div>
        </div>
      )}
    </li>
  );

  return (
    <section className="card codebook" aria-labelledby="codebook-heading">
      <div className="section-bar">
        <h3 id="codebook-heading">{t('interviews.themes.title')}</h3>
        {editing !== 'new' && (
          <button type="button" className="button" onClick={() => setEditing('new')}>
            {t('interviews.themes.add')}
          </button>
        )}
      </div>
      {error && <ErrorBanner error={error} onDismiss={() => setError(undefined)} />}
      {editing === 'new' && themeForm(null)}
      {themes.length === 0 && editing !== 'new' && (
        <p className="muted">{t('interviews.themes.none')}</p>
      )}
      <ul className="codebook__list">
        {themeTree(themes).map((node) => (
          <li key={node.theme.id} className="codebook__group">
            <ul>
              {row(node.theme, false)}
              {node.children.map((child) => row(child, true))}
            </ul>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={merging !== null}
        title={t('interviews.themes.mergeTitle', { name: merging?.name ?? '' })}
        confirmLabel={t('interviews.themes.merge')}
        confirmDisabled={mergeTarget === ''}
        onCancel={() => setMerging(null)}
        onConfirm={() => {
          if (!merging || mergeTarget === '') return;
          void run(
            () =>
              invoke('interviews.themes.merge', {
                engagementId: engagement.id,
                sourceId: merging.id,
                targetId: mergeTarget,
              }),
            () => {
              setMerging(null);
              onQuotesChanged();
            },
          );
        }}
      >
        <p>{t('interviews.themes.mergeText')}</p>
        <label className="field">
          <span>{t('interviews.themes.mergeInto')}</span>
          <select
            value={mergeTarget}
            onChange={(event) =>
              setMergeTarget(event.target.value ? Number(event.target.value) : '')
            }
          >
            <option value="">{t('interviews.themes.chooseTheme')}</option>
            {themes
              .filter((theme) => theme.id !== merging?.id)
              .map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {theme.name}
                </option>
              ))}
          </select>
        </label>
      </ConfirmDialog>
      <ConfirmDialog
        open={deleting !== null}
        title={t('interviews.themes.deleteTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('app.delete')}
        danger
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return;
          void run(
            () =>
              invoke('interviews.themes.delete', { engagementId: engagement.id, id: deleting.id }),
            () => {
              setDeleting(null);
              onQuotesChanged();
            },
          );
        }}
      >
        <p>{t('interviews.themes.deleteText')}</p>
      </ConfirmDialog>
    </section>
  );
}

const COLOUR_NAMES = [
  'blue',
  'orange',
  'green',
  'purple',
  'skyBlue',
  'vermilion',
  'yellow',
  'grey',
];

function ThemeForm({
  themes,
  dimensions,
  initial,
  onSave,
  onCancel,
}: {
  themes: Theme[];
  dimensions: DimensionOption[];
  initial: Theme | null;
  onSave: (input: ThemeInput) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [name, setName] = useState(initial?.name ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [colour, setColour] = useState(
    initial?.colour ?? nextThemeColour(themes.map((theme) => theme.colour)),
  );
  const [parentId, setParentId] = useState<number | null>(initial?.parentId ?? null);
  const [linked, setLinked] = useState<string[]>(initial?.dimensions ?? []);
  const [nameError, setNameError] = useState<string>();
  const colourGroup = useId();
  const hasChildren = initial !== null && themes.some((theme) => theme.parentId === initial.id);
  const parents = themes.filter((theme) => theme.parentId === null && theme.id !== initial?.id);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setNameError(validationMessage(t, 'required'));
      return;
    }
    void onSave({
      ...(initial ? { id: initial.id } : {}),
      name: name.trim(),
      description,
      colour,
      parentId,
      dimensions: linked,
    });
  }

  return (
    <form
      className="theme-form"
      onSubmit={submit}
      aria-label={initial ? t('interviews.themes.editTitle') : t('interviews.themes.add')}
    >
      <div className="form-grid">
        <Field label={t('interviews.themes.name')} error={nameError}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              value={name}
              maxLength={80}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('interviews.themes.parent')}
          hint={hasChildren ? t('interviews.themes.parentHasChildren') : undefined}
        >
          {({ id, describedBy }) => (
            <select
              id={id}
              aria-describedby={describedBy}
              value={parentId ?? ''}
              disabled={hasChildren}
              onChange={(event) =>
                setParentId(event.target.value ? Number(event.target.value) : null)
              }
            >
              <option value="">{t('interviews.themes.noParent')}</option>
              {parents.map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {theme.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('interviews.themes.description')}>
          {({ id }) => (
            <textarea
              id={id}
              rows={2}
              maxLength={1000}
              value={description}
              onChange={(event) => setDescription(event.target.value)}
            />
          )}
        </Field>
        <fieldset className="colour-picker">
          <legend>{t('interviews.themes.colour')}</legend>
          {THEME_PALETTE.map((option, index) => (
            <label
              key={option}
              className="colour-picker__option"
              title={t(`interviews.colours.${COLOUR_NAMES[index]}`)}
            >
              <input
                type="radio"
                name={colourGroup}
                value={option}
                checked={colour.toUpperCase() === option}
                onChange={() => setColour(option)}
              />
              <span
                className="theme-swatch theme-swatch--large"
                style={{ background: option }}
                aria-hidden
              />
              <span className="visually-hidden">
                {t(`interviews.colours.${COLOUR_NAMES[index]}`)}
              </span>
            </label>
          ))}
        </fieldset>
        {dimensions.length > 0 && (
          <fieldset className="dimension-picker">
            <legend>{t('interviews.themes.dimensions')}</legend>
            {dimensions.map((dimension) => (
              <label key={dimension.code}>
                <input
                  type="checkbox"
                  checked={linked.includes(dimension.code)}
                  onChange={(event) =>
                    setLinked(
                      event.target.checked
                        ? [...linked, dimension.code]
                        : linked.filter((code) => code !== dimension.code),
                    )
                  }
                />{' '}
                {localized(dimension.name, language)}
              </label>
            ))}
          </fieldset>
        )}
      </div>
      <div className="page__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('app.cancel')}
        </button>
        <button type="submit" className="button button--primary">
          {t('interviews.themes.save')}
        </button>
      </div>
    </form>
  );
}
