import { useTranslation } from 'react-i18next';
import type { GapBasisDto } from '@shared/gaps/report';
import type { GapAnalysisView } from '@shared/gaps/view';
import { localized } from '@shared/questionnaire/instrument';
import { useUiLanguage } from '@renderer/app/ui-language';
import { formatNumber } from '@shared/i18n/format';

interface BasisNoteProps {
  analysis: GapAnalysisView;
  onFamilyChange: (family: string) => void;
}

/**
 * Which questionnaire family the comparison is within, which versions the groups answered, and
 * what each comparison rests on: groups with the same version on all its statements, staff
 * against customers on the statements linked between their versions. Also the rule that makes a
 * gap notable: shown, not hidden.
 */
export function BasisNote({ analysis, onFamilyChange }: BasisNoteProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { thresholds, family, multiplicity } = analysis;
  const linked = analysis.bases.filter((basis) => basis.kind === 'linked');
  const versionName = (instrumentId: number) => {
    const version = family.versions.find((candidate) => candidate.instrumentId === instrumentId);
    return version ? `${localized(version.name, language)} (v${version.version})` : '';
  };

  return (
    <div className="gaps-basis">
      <div className="gaps-basis__instrument">
        {analysis.familyChoices.length > 1 ? (
          <label>
            {t('gaps.family.label')}{' '}
            <select
              value={family.family}
              onChange={(event) => onFamilyChange(event.target.value)}
              data-testid="gaps-family"
            >
              {analysis.familyChoices.map((choice) => (
                <option key={choice.family} value={choice.family}>
                  {localized(choice.name, language)} —{' '}
                  {t('gaps.family.respondents', { count: choice.respondents })}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <p data-testid="gaps-family-note">
          {t('gaps.family.within', {
            family: localized(family.name, language),
            versions: family.versions
              .map((version) => `${localized(version.name, language)} (v${version.version})`)
              .join(` ${t('gaps.and')} `),
          })}
        </p>
      </div>
      {linked.map((basis) => (
        <LinkedBasis key={basis.id} basis={basis} versionName={versionName} />
      ))}
      <p className="gaps-thresholds" data-testid="gaps-thresholds">
        {t('gaps.thresholds', {
          diff: formatNumber(thresholds.notableDiff, language, 2),
          min: thresholds.scaleMin,
          max: thresholds.scaleMax,
          g: formatNumber(thresholds.absG, language, 1),
          tests: multiplicity.dimensionTests,
          statementTests: multiplicity.statementTests,
        })}
      </p>
    </div>
  );
}

function LinkedBasis({
  basis,
  versionName,
}: {
  basis: GapBasisDto;
  versionName: (instrumentId: number) => string;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <div className="banner banner--info" data-testid="gaps-basis">
      <div>
        <p>
          {t('gaps.basis.linked', {
            versions: basis.instrumentIds.map(versionName).join(` ${t('gaps.and')} `),
            count: basis.statementIds.length,
          })}
        </p>
        {basis.leftOutStatements.length > 0 && (
          <details>
            <summary>{t('gaps.basis.leftOut', { count: basis.leftOutStatements.length })}</summary>
            <ul>
              {basis.leftOutStatements.map((item) => (
                <li key={item.id}>
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
  );
}
