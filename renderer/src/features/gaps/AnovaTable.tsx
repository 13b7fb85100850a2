import { useTranslation } from 'react-i18next';
import type { GapContext } from './gap-context';

/**
 * Welch's ANOVA per dimension across all compared groups: do the groups differ at all, and how
 * much (ω²). p is corrected (Holm) over the dimensions and the overall index.
 */
export function AnovaTable({ context }: { context: GapContext }) {
  const { t } = useTranslation();
  const { analysis, format } = context;
  if (analysis.anova.length === 0) return null;
  return (
    <section className="card" aria-labelledby="gaps-anova-heading">
      <h2 id="gaps-anova-heading">{t('gaps.anova.title')}</h2>
      <p className="muted">{t('gaps.anova.intro')}</p>
      <div className="table-scroll">
        <table className="data-table" data-testid="anova-table">
          <caption className="visually-hidden">{t('gaps.anova.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('gaps.table.columns.dimension')}</th>
              <th scope="col" className="numeric">
                {t('gaps.anova.f')}
              </th>
              <th scope="col" className="numeric">
                {t('gaps.anova.df')}
              </th>
              <th scope="col" className="numeric">
                {t('gaps.table.columns.pHolm')}
              </th>
              <th scope="col" className="numeric">
                ω²
              </th>
              <th scope="col">{t('gaps.anova.supported')}</th>
            </tr>
          </thead>
          <tbody>
            {analysis.anova.map((row) => (
              <tr key={row.code}>
                <th scope="row">
                  {row.code === 'overall'
                    ? t('gaps.overallIndex')
                    : context.dimensionName(row.code)}
                </th>
                <td className="numeric">{format.mean(row.f)}</td>
                <td className="numeric">
                  {row.df1 === null || row.df2 === null
                    ? '–'
                    : `${format.count(row.df1)}; ${format.rank(Math.round(row.df2 * 10) / 10)}`}
                </td>
                <td className="numeric">{format.p(row.pHolm)}</td>
                <td className="numeric">{format.mean(row.omegaSquared)}</td>
                <td>
                  {row.status !== 'ok'
                    ? t(`gaps.table.status.${row.status}`)
                    : row.supported
                      ? t('gaps.anova.yes')
                      : t('gaps.anova.no')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
