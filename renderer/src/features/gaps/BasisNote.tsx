import { useTranslation } from 'react-i18next';
import type { GapAnalysis } from '@shared/gaps/report';
import { localized } from '@shared/questionnaire/instrument';
import { useUiLanguage } from '@renderer/app/ui-language';
import { formatNumber } from '@shared/i18n/format';

interface BasisNoteProps {
  analysis: GapAnalysis;
  onInstrumentChange: (instrumentId: number) => void;
}

/**
 * Which questionnaire the comparison rests on, and — when staff and customers answered different
 * versions — that only the statements both versions share are compared, and which were left out.
 * Also the rule that makes a gap notable: shown, not hidden.
 */
export function BasisNote({ analysis, onInstrumentChange }: BasisNoteProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { basis, thresholds } = analysis;
  const statementCount = analysis.items.length;

  return (
    <div className="gaps-basis">
      {analysis.instrumentChoices.length > 1 && (
        <label className="gaps-basis__instrument">
          {t('gaps.instrument.label')}{' '}
          <select
            value={analysis.instrumentId}
            onChange={(event) => onInstrumentChange(Number(event.target.value))}
          >
            {analysis.instrumentChoices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {localized(choice.name, language)} (v{choice.version}) —{' '}
                {t('gaps.instrument.respondents', { count: choice.respondents })}
              </option>
            ))}
          </select>
        </label>
      )}
      {basis.kind === 'parallel' && (
        <div className="banner banner--info" data-testid="gaps-basis">
          <div>
            <p>
              {t('gaps.basis.parallel', {
                versions: basis.instruments
                  .map((instrument) => localized(instrument.name, language))
                  .join(` ${t('gaps.and')} `),
                count: statementCount,
              })}
            </p>
            {basis.leftOutItems.length > 0 && (
              <details>
                <summary>{t('gaps.basis.leftOut', { count: basis.leftOutItems.length })}</summary>
                <ul>
                  {basis.leftOutItems.map((item) => (
                    <li key={item.code}>
                      <code>{item.code}</code> {localized(item.text, language)}
                    </li>
                  ))}
                </ul>
              </details>
            )}
            {basis.leftOutDimensions.length > 0 && (
              <p>
                {t('gaps.basis.leftOutDimensions', {
                  names: basis.leftOutDimensions
                    .map((dimension) => localized(dimension.name, language))
                    .join(', '),
                })}
              </p>
            )}
          </div>
        </div>
      )}
      <p className="gaps-thresholds" data-testid="gaps-thresholds">
        {t('gaps.thresholds', {
          diff: formatNumber(thresholds.notableDiff, language, 2),
          min: thresholds.scaleMin,
          max: thresholds.scaleMax,
          g: formatNumber(thresholds.absG, language, 1),
        })}
      </p>
    </div>
  );
}
