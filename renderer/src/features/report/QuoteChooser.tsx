import { useTranslation } from 'react-i18next';
import type { ReportView } from '@shared/ipc/report';
import type { ReportSettings } from '@shared/report/settings';

interface QuoteChooserProps {
  view: ReportView;
  settings: ReportSettings;
  onSettings: (patch: Partial<ReportSettings>, immediately?: boolean) => void;
}

/** Which quotes appear under the interview themes: chosen automatically, or one by one. */
export function QuoteChooser({ view, settings, onSettings }: QuoteChooserProps) {
  const { t } = useTranslation();
  const automatic = settings.quoteIds === null;
  const chosen = new Set(settings.quoteIds ?? view.automaticQuoteIds);

  if (view.quotes.length === 0) return <p className="muted">{t('report.noQuotes')}</p>;

  const toggle = (id: number, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    // Keep the questionnaire order of the quotes, whatever order they were ticked in.
    onSettings(
      {
        quoteIds: view.quotes.flatMap((quote) =>
          quote.id !== null && next.has(quote.id) ? [quote.id] : [],
        ),
      },
      true,
    );
  };

  return (
    <fieldset className="report-quotes">
      <legend>{t('report.quotes')}</legend>
      <p className="muted">{t('report.quotesHint')}</p>
      <label className="checkbox-label">
        <input
          type="checkbox"
          checked={automatic}
          onChange={(event) =>
            onSettings({ quoteIds: event.target.checked ? null : view.automaticQuoteIds }, true)
          }
        />
        {t('report.quotesAutomatic')}
      </label>
      <ul className="report-quotes__list">
        {view.quotes.map((quote) => (
          <li key={quote.key}>
            <label className="report-quotes__quote">
              <input
                type="checkbox"
                // Open answers are chosen in the questionnaire's Open answers view.
                checked={quote.id === null || chosen.has(quote.id)}
                disabled={automatic || quote.id === null}
                onChange={(event) => {
                  if (quote.id !== null) toggle(quote.id, event.target.checked);
                }}
              />
              <span>
                <q>{quote.text}</q>
                <span className="muted report-quotes__source">
                  — {quote.attribution} ·{' '}
                  {quote.themeName
                    ? t('report.quoteTheme', { theme: quote.themeName })
                    : t('report.quoteNoTheme')}
                  {quote.source === 'openAnswer' && ` · ${t('report.quoteOpenAnswer')}`}
                </span>
                {quote.fromSmallGroup && (
                  <span className="badge badge--warning" data-testid="quote-small-group">
                    {t('report.quoteSmallGroup')}
                  </span>
                )}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
