import { useTranslation } from 'react-i18next';
import { LOW_ALPHA } from '@shared/questionnaire/results';
import { intervalSeparator } from '@shared/i18n/format';
import type { ResultsContext } from './results-context';

/**
 * Cronbach's α per dimension, with α if an item is left out and each item's corrected
 * item-total correlation. A low α is flagged in words and with a sign, not by colour alone.
 */
export function ReliabilityResults({ context }: { context: ResultsContext }) {
  const { t } = useTranslation();
  const { results, format, texts } = context;
  const threshold = format.coefficient(LOW_ALPHA);
  const lowCount = results.reliability.filter((entry) => entry.low).length;

  return (
    <section className="card" aria-labelledby="reliability-heading">
      <h2 id="reliability-heading">{t('results.reliabilityTitle')}</h2>
      <p className="muted">{t('results.reliabilityIntro', { threshold })}</p>
      {lowCount > 0 && (
        <div className="banner banner--warning" role="note" data-testid="low-alpha-warning">
          <div>
            <strong>{t('results.lowAlphaTitle', { count: lowCount })}</strong>
            <p>{t('results.lowAlphaExplanation', { threshold })}</p>
          </div>
        </div>
      )}
      <div className="table-scroll">
        <table className="data-table results-table" data-testid="reliability-table">
          <caption className="visually-hidden">{t('results.reliabilityTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.dimension')}</th>
              <th scope="col" className="numeric">
                {t('results.alpha')}
              </th>
              <th scope="col" className="numeric">
                {t('results.alphaCi')}
              </th>
              <th scope="col" className="numeric">
                {t('results.items')}
              </th>
              <th scope="col" className="numeric">
                {t('results.completeCases')}
              </th>
              <th scope="col">{t('results.assessment')}</th>
            </tr>
          </thead>
          <tbody>
            {results.reliability.map((entry) => (
              <tr key={entry.code} className={entry.low ? 'results-table__flagged' : undefined}>
                <th scope="row">{texts.dimension(entry.code)}</th>
                <td className="numeric">{format.coefficient(entry.alpha)}</td>
                <td className="numeric">
                  {entry.ciLow === null || entry.ciHigh === null
                    ? '–'
                    : `[${format.coefficient(entry.ciLow)}${intervalSeparator(context.language)}${format.coefficient(entry.ciHigh)}]`}
                </td>
                <td className="numeric">{format.count(entry.itemCodes.length)}</td>
                <td className="numeric">{format.count(entry.nComplete)}</td>
                <td>
                  {entry.alpha === null ? (
                    <span className="muted">{t('results.alphaUnavailable')}</span>
                  ) : entry.low ? (
                    <span className="badge badge--warning">
                      <span aria-hidden="true">⚠ </span>
                      {t('results.alphaLow', { threshold })}
                    </span>
                  ) : (
                    <span className="badge badge--ok">{t('results.alphaOk')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 className="results-subheading">{t('results.itemReliabilityTitle')}</h3>
      <p className="muted">{t('results.itemReliabilityIntro')}</p>
      {results.reliability.map((entry) => (
        <details key={entry.code} className="results-details" open={entry.low}>
          <summary>
            {texts.dimension(entry.code)} — α {format.coefficient(entry.alpha)}
            {entry.low && (
              <span className="visually-hidden"> ({t('results.alphaLow', { threshold })})</span>
            )}
          </summary>
          <table className="data-table results-table">
            <caption className="visually-hidden">
              {t('results.itemReliabilityTitle')} — {texts.dimension(entry.code)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('results.code')}</th>
                <th scope="col">{t('results.item')}</th>
                <th scope="col" className="numeric">
                  {t('results.alphaIfDeleted')}
                </th>
                <th scope="col" className="numeric">
                  {t('results.itemTotal')}
                </th>
              </tr>
            </thead>
            <tbody>
              {entry.itemCodes.map((code, index) => {
                const without = entry.alphaIfDeleted[index] ?? null;
                const raises = without !== null && entry.alpha !== null && without > entry.alpha;
                return (
                  <tr key={code}>
                    <td>
                      <code>{code}</code>
                    </td>
                    <td>{texts.item(code)}</td>
                    <td className="numeric">
                      {format.coefficient(without)}
                      {raises && <span className="results-note"> {t('results.raisesAlpha')}</span>}
                    </td>
                    <td className="numeric">
                      {format.coefficient(entry.itemTotalCorrelation[index] ?? null)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </details>
      ))}
    </section>
  );
}
