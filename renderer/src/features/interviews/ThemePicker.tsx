import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theme } from '@shared/interviews/model';
import { themesInOrder } from '@shared/interviews/themes';

/**
 * Choosing themes for a passage, with a field to make a new theme on the spot: coding never
 * stops at "there are no themes yet".
 */
export function ThemePicker({
  themes,
  chosen,
  onToggle,
  onCreate,
}: {
  themes: Theme[];
  chosen: number[];
  onToggle: (themeId: number, on: boolean) => void;
  onCreate: (name: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);

  async function create(event: FormEvent) {
    event.preventDefault();
    event.stopPropagation();
    const trimmed = name.trim();
    if (!trimmed || busy) return;
    setBusy(true);
    await onCreate(trimmed);
    setBusy(false);
    setName('');
  }

  return (
    <div className="theme-picker__body">
      {themes.length === 0 ? (
        <p className="muted">{t('interviews.coding.noThemesYet')}</p>
      ) : (
        <fieldset>
          <legend className="visually-hidden">{t('interviews.quotes.applyThemes')}</legend>
          {themesInOrder(themes).map((theme) => (
            <label
              key={theme.id}
              className={
                theme.parentId === null
                  ? 'theme-picker__item'
                  : 'theme-picker__item theme-picker__item--child'
              }
            >
              <input
                type="checkbox"
                checked={chosen.includes(theme.id)}
                onChange={(event) => onToggle(theme.id, event.target.checked)}
              />
              <span className="theme-swatch" style={{ background: theme.colour }} aria-hidden />
              {theme.name}
            </label>
          ))}
        </fieldset>
      )}
      {/* Not a <form>: the picker may sit inside another form. */}
      <div className="theme-picker__new">
        <label htmlFor={inputId}>{t('interviews.coding.newTheme')}</label>
        <input
          id={inputId}
          value={name}
          maxLength={80}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void create(event);
          }}
        />
        <button
          type="button"
          className="button button--small"
          disabled={!name.trim() || busy}
          onClick={(event) => void create(event)}
        >
          {t('interviews.coding.addTheme')}
        </button>
      </div>
    </div>
  );
}

/**
 * The picker behind an "Apply themes" button, for a passage or an open answer: ticking changes
 * the themes at once, and a theme made here is applied straight away.
 */
export function ThemeMenu({
  themes,
  themeIds,
  onChange,
  onCreateTheme,
}: {
  themes: Theme[];
  themeIds: number[];
  onChange: (themeIds: number[]) => Promise<void>;
  /** Makes a new theme and returns it, or null when that failed (and said why). */
  onCreateTheme: (name: string) => Promise<Theme | null>;
}) {
  const { t } = useTranslation();
  return (
    <details className="theme-picker">
      <summary className="button button--small">{t('interviews.quotes.applyThemes')}</summary>
      <ThemePicker
        themes={themes}
        chosen={themeIds}
        onToggle={(themeId, on) =>
          void onChange(on ? [...themeIds, themeId] : themeIds.filter((id) => id !== themeId))
        }
        onCreate={async (name) => {
          const theme = await onCreateTheme(name);
          if (theme) await onChange([...themeIds, theme.id]);
        }}
      />
    </details>
  );
}
