import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Engagement } from '@shared/engagements/model';
import type { SearchHit } from '@shared/ipc/interviews';
import { formatDate } from '@shared/i18n/format';
import { useCall } from '@renderer/ipc/use-call';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ErrorBanner } from '@renderer/components/ErrorBanner';

const TYPING_PAUSE_MS = 200;

/** Full-text search in this engagement's notes and quotes, or in all engagements. */
export function SearchView({
  engagement,
  onOpenHit,
}: {
  engagement: Engagement;
  onOpenHit: (hit: SearchHit) => void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const inputId = useId();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [everywhere, setEverywhere] = useState(false);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const results = useCall('interviews.search', {
    query,
    engagementId: everywhere ? null : engagement.id,
  });
  const hits = query.trim() ? (results.data?.hits ?? []) : [];

  return (
    <section className="stack" aria-labelledby="search-heading">
      <h2 id="search-heading" className="visually-hidden">
        {t('interviews.search.title')}
      </h2>
      <div className="card search-bar">
        <label htmlFor={inputId}>{t('interviews.search.label')}</label>
        <input
          id={inputId}
          type="search"
          value={text}
          placeholder={t('interviews.search.placeholder')}
          onChange={(event) => setText(event.target.value)}
        />
        <fieldset className="search-scope">
          <legend className="visually-hidden">{t('interviews.search.scope')}</legend>
          <label>
            <input type="radio" checked={!everywhere} onChange={() => setEverywhere(false)} />{' '}
            {t('interviews.search.thisEngagement')}
          </label>
          <label>
            <input type="radio" checked={everywhere} onChange={() => setEverywhere(true)} />{' '}
            {t('interviews.search.allEngagements')}
          </label>
        </fieldset>
        <p className="muted field__hint">{t('interviews.search.hint')}</p>
      </div>
      {results.error && <ErrorBanner error={results.error} />}
      <div role="status" aria-live="polite" className="muted">
        {query.trim() && !results.loading && t('interviews.search.count', { count: hits.length })}
      </div>
      <ol className="search-results">
        {hits.map((hit) => (
          <li key={`${hit.source}-${hit.id}`} className="search-hit" data-testid="search-hit">
            <div className="search-hit__meta">
              <span className="badge">{t(`interviews.search.source.${hit.source}`)}</span>{' '}
              {everywhere && <strong>{hit.engagementName} · </strong>}
              {hit.interviewLabel}
              {hit.interviewDate && ` · ${formatDate(hit.interviewDate, language)}`}
              {' · '}
              <span className="muted">{hit.sectionLabel ?? t('interviews.notes.free')}</span>
            </div>
            <p className="search-hit__snippet">
              {hit.snippet.map((part, index) =>
                part.hit ? (
                  <mark key={index}>{part.text}</mark>
                ) : (
                  <span key={index}>{part.text}</span>
                ),
              )}
            </p>
            <button type="button" className="button button--small" onClick={() => onOpenHit(hit)}>
              {t('interviews.search.open')}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
