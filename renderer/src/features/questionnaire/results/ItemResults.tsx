import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DistributionBar, DistributionKey } from './DistributionBar';
import type { ResultsContext } from './results-context';

/** Per item: n, mean, SD and the distribution, for the engagement or one shown group. */
export function ItemResults({ context }: { context: ResultsContext }) {
  const { t } = useTranslation();
  const { series, format, texts, instrument } = context;
  const selectId = useId();
  const [seriesKey, setSeriesKey] = useState('total');
  const chosen = series.find((entry) => entry.key === seriesKey) ?? series[0];
  if (!chosen) return null;
  const { min, max } = instrument.scale;
  const items = chosen.block.items;
  const byDimension = instrument.dimensions
    .map((dimension) => ({
      dimension,
      items: items.filter((item) => item.dimension === dimension.code),
    }))
    .filter((entry) => entry.items.length > 0);
  const columnCount = 7;

  return (
    <section className="card" aria-labelledby="items-heading">
      <h2 id="items-heading">{t('results.itemsTitle')}</h2>
      <div className="toolbar results-toolbar">
        <label htmlFor={selectId}>{t('results.itemsFor')}</label>
        <select
          id={selectId}
          value={chosen.key}
          onChange={(event) => setSeriesKey(event.target.value)}
        >
          {series.map((entry) => (
            <option key={entry.key} value={entry.key}>
              {entry.label}
            </option>
          ))}
        </select>
        <DistributionKey min={min} max={max} pointLabel={texts.point} />
      </div>
      <p className="muted">{t('results.itemsIntro')}</p>
      <div className="table-scroll">
        <table className="data-table results-table" data-testid="item-table">
          <caption className="visually-hidden">
            {t('results.itemsTitle')} — {chosen.label}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('results.code')}</th>
              <th scope="col">{t('results.item')}</th>
              <th scope="col" className="numeric">
                {t('results.n')}
              </th>
              <th scope="col" className="numeric">
                {t('results.mean')}
              </th>
              <th scope="col" className="numeric">
                {t('results.sd')}
              </th>
              <th scope="col" className="numeric">
                {t('results.favourable')}
              </th>
              <th scope="col">{t('results.distribution')}</th>
            </tr>
          </thead>
          {byDimension.map(({ dimension, items: dimensionItems }) => (
            <tbody key={dimension.code}>
              <tr className="results-table__group">
                <th scope="colgroup" colSpan={columnCount}>
                  {texts.dimension(dimension.code)}
                </th>
              </tr>
              {dimensionItems.map((item) => (
                <tr key={item.code}>
                  <td>
                    <code>{item.code}</code>
                  </td>
                  <td>
                    {texts.item(item.code)}
                    {item.reverse && (
                      <span className="badge badge--reverse" title={t('results.reverseHint')}>
                        {t('results.reverse')}
                      </span>
                    )}
                  </td>
                  <td className="numeric">{format.count(item.n)}</td>
                  <td className="numeric">{format.mean(item.mean)}</td>
                  <td className="numeric">{format.mean(item.sd)}</td>
                  <td className="numeric">{format.percent(item.favourable.share)}</td>
                  <td>
                    {item.distribution ? (
                      <DistributionBar
                        counts={item.distribution}
                        min={min}
                        pointLabel={texts.point}
                        share={format.share}
                      />
                    ) : (
                      <span className="muted" data-testid="too-few-answers">
                        {t('results.tooFewAnswers', {
                          threshold: context.results.anonymityThreshold,
                        })}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}
