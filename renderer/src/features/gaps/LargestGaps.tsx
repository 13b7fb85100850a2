import { useTranslation } from 'react-i18next';
import { localized } from '@shared/questionnaire/instrument';
import type { GapContext } from './gap-context';

/**
 * The largest notable dimension gaps in plain words, with the figures behind each sentence. Only
 * gaps that are large and statistically supported after the correction for all comparisons are
 * listed; gaps of the same size as shown share their place, and say so.
 */
export function LargestGaps({ context }: { context: GapContext }) {
  const { t } = useTranslation();
  const { analysis, format, language } = context;
  const gaps = analysis.largestGaps;

  return (
    <section className="card" aria-labelledby="gaps-largest-heading">
      <h2 id="gaps-largest-heading">{t('gaps.largest.title')}</h2>
      <p className="muted">
        {t('gaps.largest.intro', { tests: analysis.multiplicity.dimensionTests })}
      </p>
      {gaps.length === 0 ? (
        <p data-testid="largest-gaps-none">{t('gaps.largest.none')}</p>
      ) : (
        <ol className="gaps-largest" data-testid="largest-gaps">
          {gaps.map((gap) => (
            <li
              key={`${gap.code}-${gap.higherGroupId}-${gap.lowerGroupId}`}
              value={gap.rank}
              data-rank={gap.rank}
            >
              <p className="gaps-largest__sentence">
                {localized(gap.sentence, language)}{' '}
                <span className="badge gaps-notable">{t('gaps.notable')}</span>
                {gap.tied && (
                  <span className="badge" data-testid="gap-tied">
                    {t('gaps.largest.tied', { rank: gap.rank })}
                  </span>
                )}
              </p>
              <p className="gaps-largest__figures">
                {t('gaps.largest.figures', {
                  diff: format.diff(gap.diff),
                  interval: format.interval(gap.ciLow, gap.ciHigh),
                  g: format.coefficient(gap.g),
                  p: format.pRelation(gap.pHolm),
                })}
                {context.basisOf(gap.basisId)?.kind === 'linked' &&
                  ` · ${t('gaps.basis.onLinked', { count: context.basisOf(gap.basisId)?.statementIds.length ?? 0 })}`}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
