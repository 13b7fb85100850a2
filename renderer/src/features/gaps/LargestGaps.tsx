import { useTranslation } from 'react-i18next';
import { localized } from '@shared/questionnaire/instrument';
import type { GapContext } from './gap-context';

/** The five largest dimension gaps in plain words, with the figures behind each sentence. */
export function LargestGaps({ context }: { context: GapContext }) {
  const { t } = useTranslation();
  const { analysis, format, language } = context;
  const gaps = analysis.largestGaps;

  return (
    <section className="card" aria-labelledby="gaps-largest-heading">
      <h2 id="gaps-largest-heading">{t('gaps.largest.title')}</h2>
      <p className="muted">{t('gaps.largest.intro')}</p>
      {gaps.length === 0 ? (
        <p>{t('gaps.largest.none')}</p>
      ) : (
        <ol className="gaps-largest" data-testid="largest-gaps">
          {gaps.map((gap) => (
            <li key={`${gap.code}-${gap.higherGroupId}-${gap.lowerGroupId}`}>
              <p className="gaps-largest__sentence">
                {localized(gap.sentence, language)}{' '}
                {gap.notable && <span className="badge gaps-notable">{t('gaps.notable')}</span>}
              </p>
              <p className="gaps-largest__figures">
                {t('gaps.largest.figures', {
                  diff: format.diff(gap.diff),
                  interval: format.interval(gap.ciLow, gap.ciHigh),
                  g: format.coefficient(gap.g),
                  p: format.pRelation(gap.pHolm),
                })}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
