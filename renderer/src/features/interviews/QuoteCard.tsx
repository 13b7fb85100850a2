import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/errors';
import type { Quote, Theme } from '@shared/interviews/model';
import { textColourOn, themePath, themesInOrder } from '@shared/interviews/themes';
import { invoke } from '@renderer/ipc/client';
import { asIpcError } from '@renderer/ipc/use-call';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { ThemePicker } from './ThemePicker';

export function ThemeChip({ theme, themes }: { theme: Theme; themes: Theme[] }) {
  return (
    <span
      className="theme-chip"
      style={{ background: theme.colour, color: textColourOn(theme.colour) }}
    >
      {themePath(theme, themes)}
    </span>
  );
}

interface QuoteCardProps {
  quote: Quote;
  themes: Theme[];
  onChange: (quote: Quote) => void;
  onDelete: (quoteId: number) => void;
  /** Shown as the source line under the attribution (e.g. the interview); optional. */
  source?: ReactNode;
}

/** One quote: its text, attribution, themes (editable) and a delete action. */
export function QuoteCard({ quote, themes, onChange, onDelete, source }: QuoteCardProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<IpcError>();
  // The checkboxes follow a click at once; main's answer then confirms (or an error reverts).
  const [optimistic, setOptimistic] = useState<number[] | null>(null);
  const themeIds = optimistic ?? quote.themeIds;
  const applied = themesInOrder(themes).filter((theme) => themeIds.includes(theme.id));

  const latestChange = useRef(0);

  async function setThemes(next: number[]) {
    const change = ++latestChange.current;
    setOptimistic(next);
    try {
      const saved = await invoke('interviews.quotes.update', { id: quote.id, themeIds: next });
      if (change === latestChange.current) onChange(saved);
      setError(undefined);
    } catch (reason) {
      setError(asIpcError(reason));
    }
    if (change === latestChange.current) setOptimistic(null);
  }

  async function remove() {
    try {
      await invoke('interviews.quotes.delete', { id: quote.id });
      onDelete(quote.id);
    } catch (reason) {
      setError(asIpcError(reason));
    }
  }

  return (
    <article className="quote-card" data-testid="quote-card">
      <blockquote>“{quote.text}”</blockquote>
      <p className="quote-card__attribution">— {quote.attribution}</p>
      {source && <p className="quote-card__source muted">{source}</p>}
      <div className="quote-card__themes">
        {applied.length === 0 ? (
          <span className="muted">{t('interviews.quotes.noThemes')}</span>
        ) : (
          applied.map((theme) => <ThemeChip key={theme.id} theme={theme} themes={themes} />)
        )}
      </div>
      {error && <ErrorBanner error={error} onDismiss={() => setError(undefined)} />}
      <div className="quote-card__actions">
        <ThemePicker
          themes={themes}
          themeIds={themeIds}
          onChange={(next) => void setThemes(next)}
        />
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => void remove()}
        >
          {t('interviews.quotes.delete')}
        </button>
      </div>
    </article>
  );
}
