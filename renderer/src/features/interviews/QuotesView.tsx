import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Engagement } from '@shared/engagements/model';
import type { IpcError } from '@shared/ipc/errors';
import type { Quote } from '@shared/interviews/model';
import { filterQuotes, themePath, themesInOrder } from '@shared/interviews/themes';
import { invoke } from '@renderer/ipc/client';
import { asIpcError, useCall } from '@renderer/ipc/use-call';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { CsvSeparatorPicker, useCsvSeparator } from '@renderer/components/CsvSeparatorPicker';
import { Codebook } from './Codebook';
import { downloadBytes } from './download';
import { interviewTitle } from './labels';
import { QuoteCard } from './QuoteCard';

/** Codebook, all quotes with filters, and the exports. */
export function QuotesView({
  engagement,
  onOpenInterview,
}: {
  engagement: Engagement;
  onOpenInterview: (interviewId: number) => void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const quotes = useCall('interviews.quotes.list', { engagementId: engagement.id });
  const themes = useCall('interviews.themes.list', { engagementId: engagement.id });
  const interviews = useCall('interviews.list', { engagementId: engagement.id });
  const [themeId, setThemeId] = useState<number | null>(null);
  const [groupId, setGroupId] = useState<number | 'none' | null>(null);
  const [interviewId, setInterviewId] = useState<number | null>(null);
  const [error, setError] = useState<IpcError>();
  const { separator, choose } = useCsvSeparator();

  const allQuotes = quotes.data ?? [];
  const allThemes = themes.data ?? [];
  const shown = filterQuotes(allQuotes, allThemes, { themeId, groupId, interviewId });
  const titleOf = (id: number) => {
    const interview = interviews.data?.find((candidate) => candidate.id === id);
    return interview ? interviewTitle(interview, engagement, language) : '';
  };
  const replaceQuote = (next: Quote) =>
    quotes.setData(allQuotes.map((quote) => (quote.id === next.id ? next : quote)));

  async function exportFile(table: 'codebook' | 'quotes', format: 'csv' | 'xlsx') {
    try {
      downloadBytes(
        await invoke('interviews.export', {
          engagementId: engagement.id,
          table,
          format,
          ...(format === 'csv' ? { separator } : {}),
        }),
      );
      setError(undefined);
    } catch (reason) {
      setError(asIpcError(reason));
    }
  }

  return (
    <div className="stack">
      {error && <ErrorBanner error={error} onDismiss={() => setError(undefined)} />}
      {(quotes.error ?? themes.error) && <ErrorBanner error={(quotes.error ?? themes.error)!} />}
      <div className="card export-bar" role="group" aria-label={t('interviews.export.title')}>
        <strong>{t('interviews.export.title')}</strong>
        <button
          type="button"
          className="button button--small"
          onClick={() => void exportFile('codebook', 'csv')}
        >
          {t('interviews.export.codebookCsv')}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => void exportFile('codebook', 'xlsx')}
        >
          {t('interviews.export.codebookXlsx')}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => void exportFile('quotes', 'csv')}
        >
          {t('interviews.export.quotesCsv')}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => void exportFile('quotes', 'xlsx')}
        >
          {t('interviews.export.quotesXlsx')}
        </button>
        <CsvSeparatorPicker separator={separator} onChange={choose} />
      </div>
      <div className="quotes-layout">
        <Codebook
          engagement={engagement}
          themes={allThemes}
          quotes={allQuotes}
          onThemes={themes.setData}
          onQuotesChanged={quotes.reload}
        />
        <section className="quotes-panel" aria-labelledby="quotes-heading">
          <h3 id="quotes-heading">
            {t('interviews.quotes.title')}{' '}
            <span className="muted">
              {t('interviews.quotes.shown', { shown: shown.length, total: allQuotes.length })}
            </span>
          </h3>
          <div className="toolbar filter-bar">
            <label>
              {t('interviews.filters.theme')}{' '}
              <select
                value={themeId ?? ''}
                onChange={(event) =>
                  setThemeId(event.target.value ? Number(event.target.value) : null)
                }
              >
                <option value="">{t('interviews.filters.all')}</option>
                {themesInOrder(allThemes).map((theme) => (
                  <option key={theme.id} value={theme.id}>
                    {themePath(theme, allThemes)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('interviews.filters.group')}{' '}
              <select
                value={groupId ?? ''}
                onChange={(event) =>
                  setGroupId(
                    event.target.value === ''
                      ? null
                      : event.target.value === 'none'
                        ? 'none'
                        : Number(event.target.value),
                  )
                }
              >
                <option value="">{t('interviews.filters.all')}</option>
                {engagement.groups.map((group) => (
                  <option key={group.id} value={group.id}>
                    {group.name}
                  </option>
                ))}
                <option value="none">{t('interviews.fields.noGroup')}</option>
              </select>
            </label>
            <label>
              {t('interviews.filters.interview')}{' '}
              <select
                value={interviewId ?? ''}
                onChange={(event) =>
                  setInterviewId(event.target.value ? Number(event.target.value) : null)
                }
              >
                <option value="">{t('interviews.filters.all')}</option>
                {(interviews.data ?? []).map((interview) => (
                  <option key={interview.id} value={interview.id}>
                    {interviewTitle(interview, engagement, language)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {allQuotes.length === 0 && <p className="muted">{t('interviews.quotes.none')}</p>}
          {allQuotes.length > 0 && shown.length === 0 && (
            <p className="muted">{t('interviews.quotes.noMatches')}</p>
          )}
          {shown.map((quote) => (
            <QuoteCard
              key={quote.id}
              quote={quote}
              themes={allThemes}
              onChange={replaceQuote}
              onDelete={(id) =>
                quotes.setData(allQuotes.filter((candidate) => candidate.id !== id))
              }
              source={
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onOpenInterview(quote.interviewId)}
                >
                  {t('interviews.quotes.openInterview', { title: titleOf(quote.interviewId) })}
                </button>
              }
            />
          ))}
        </section>
      </div>
    </div>
  );
}
