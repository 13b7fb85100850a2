import { useTranslation } from 'react-i18next';
import { localized } from '@shared/questionnaire/instrument';
import { routeHref } from '@renderer/app/router';
import type { ResultsContext } from './results-context';

/** Improvement tips from the consultant's library for the weakest dimensions. */
export function TipResults({ context }: { context: ResultsContext }) {
  const { t } = useTranslation();
  const { results, format, texts, language } = context;

  return (
    <section className="card" aria-labelledby="tips-heading">
      <h2 id="tips-heading">{t('results.tipsTitle')}</h2>
      <p className="muted">
        {t('results.tipsIntro', { count: results.tips.length })}{' '}
        <a href={routeHref({ screen: 'library', tab: 'tips' })}>{t('results.editTips')}</a>
      </p>
      {results.tips.length === 0 && <p className="muted">{t('results.noTipsScores')}</p>}
      <div className="results-tips">
        {results.tips.map((entry) => (
          <article
            key={entry.dimension}
            className="results-tips__dimension"
            data-testid="tip-dimension"
          >
            <h3>
              {texts.dimension(entry.dimension)}{' '}
              <span className={`badge badge--band-${entry.band}`}>
                {t(`results.band.${entry.band}`)} ·{' '}
                {t('results.indexValue', { value: format.index(entry.index) })}
              </span>
            </h3>
            {entry.tips.length === 0 ? (
              <p className="muted">{t('results.noTipsForBand')}</p>
            ) : (
              <ul className="results-tips__list">
                {entry.tips.map((tip) => (
                  <li key={tip.id}>
                    <strong>{localized(tip.title, language)}</strong>
                    <p>{localized(tip.text, language)}</p>
                  </li>
                ))}
              </ul>
            )}
          </article>
        ))}
      </div>
    </section>
  );
}
