import { useTranslation } from 'react-i18next';
import type { Theme } from '@shared/interviews/model';
import { themesInOrder } from '@shared/interviews/themes';

/** The codebook's themes as checkboxes, for coding a quote or an open answer. */
export function ThemePicker({
  themes,
  themeIds,
  onChange,
}: {
  themes: Theme[];
  themeIds: number[];
  onChange: (themeIds: number[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <details className="theme-picker">
      <summary className="button button--small">{t('interviews.quotes.applyThemes')}</summary>
      {themes.length === 0 ? (
        <p className="muted">{t('interviews.themes.none')}</p>
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
                checked={themeIds.includes(theme.id)}
                onChange={(event) =>
                  onChange(
                    event.target.checked
                      ? [...themeIds, theme.id]
                      : themeIds.filter((id) => id !== theme.id),
                  )
                }
              />
              <span className="theme-swatch" style={{ background: theme.colour }} aria-hidden />
              {theme.name}
            </label>
          ))}
        </fieldset>
      )}
    </details>
  );
}
