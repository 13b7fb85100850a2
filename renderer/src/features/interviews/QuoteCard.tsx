import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/errors';
import type { Quote, Theme } from '@shared/interviews/model';
import { textColourOn, themePath, themesInOrder } from '@shared/interviews/themes';
import { invoke } from '@renderer/ipc/client';
import { asIpcError } from '@renderer/ipc/use-call';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { ThemeMenu } from './ThemePicker';

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
  /** Makes a new theme (from the theme picker) and returns it, or null when that failed. */
  onCreateTheme: (name: string) => Promise<Theme | null>;
  /** Shown as the source line under the attribution (e.g. the interview); optional. */
  source?: ReactNode;
}

/**
 * One passage: a quote (text and attribution) or a coded passage, its themes (editable, a new
 * theme included), whether it is offered as a quote, and a delete action.
 */
export function QuoteCard({
  quote,
  themes,
  onChange,
  onDelete,
  onCreateTheme,
  source,
}: QuoteCardProps) {
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

  async function setIsQuote(isQuote: boolean) {
    try {
      onChange(await invoke('interviews.quotes.update', { id: quote.id, isQuote }));
      setError(undefined);
    } catch (reason) {
      setError(asIpcError(reason));
    }
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
    <article
      className={quote.isQuote ? 'quote-card' : 'quote-card quote-card--coded'}
      data-testid={quote.isQuote ? 'quote-card' : 'coded-passage'}
    >
      {quote.isQuote ? (
        <>
          <blockquote>“{quote.text}”</blockquote>
          <p className="quote-card__attribution">— {quote.attribution}</p>
        </>
      ) : (
        <p className="quote-card__passage">{quote.text}</p>
      )}
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
        <ThemeMenu
          themes={themes}
          themeIds={themeIds}
          onChange={setThemes}
          onCreateTheme={onCreateTheme}
        />
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => void setIsQuote(!quote.isQuote)}
        >
          {quote.isQuote ? t('interviews.coding.notAQuote') : t('interviews.coding.useAsQuote')}
        </button>
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
