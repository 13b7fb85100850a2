import { useTranslation } from 'react-i18next';
import type { Group } from '@shared/engagements/model';
import {
  localized,
  type Instrument,
  type Language,
  type Scale,
} from '@shared/questionnaire/instrument';
import { isMissingKey, type GridColumn } from './grid-model';

interface ColumnPanelProps {
  column: GridColumn;
  /** The question's number on the paper form (for item columns). */
  position: number;
  instrument: Instrument;
  groups: Group[];
  engagementLanguage: Language;
  uiLanguage: Language;
}

/** The full question of the focused column, its scale and the keys that fit it. */
export function ColumnPanel({
  column,
  position,
  instrument,
  groups,
  engagementLanguage,
  uiLanguage,
}: ColumnPanelProps) {
  const { t } = useTranslation();
  return (
    <aside className="column-panel" aria-label={t('capture.grid.panel')}>
      {column.kind === 'code' && (
        <>
          <h3>{t('capture.grid.code')}</h3>
          <p>{t('capture.grid.codeHelp')}</p>
        </>
      )}
      {column.kind === 'role' && (
        <>
          <h3>{t('capture.grid.role')}</h3>
          <p>{t('capture.grid.roleHelp')}</p>
        </>
      )}
      {column.kind === 'group' && (
        <>
          <h3>{t('capture.grid.group')}</h3>
          <p>{t('capture.grid.groupHelp')}</p>
          <ol className="column-panel__list">
            {groups.map((group) => (
              <li key={group.id}>{group.name}</li>
            ))}
          </ol>
        </>
      )}
      {(column.kind === 'scale' || column.kind === 'open') && (
        <>
          <h3>
            {t('capture.grid.questionNumber', { number: position })}{' '}
            <span className="column-panel__kind">{t(`capture.grid.kind.${column.item.kind}`)}</span>
          </h3>
          <p className="column-panel__code">
            <code>{column.item.code}</code>
          </p>
          <p className="column-panel__question" lang={engagementLanguage}>
            {localized(column.item.text, engagementLanguage)}
          </p>
          {uiLanguage !== engagementLanguage && (
            <p className="column-panel__translation" lang={uiLanguage}>
              {localized(column.item.text, uiLanguage)}
            </p>
          )}
          {column.item.dimension && (
            <p className="muted">
              {t('capture.grid.dimension', {
                name: dimensionName(instrument, column.item.dimension, uiLanguage),
              })}
              {column.item.reverse && <> · {t('capture.grid.reverse')}</>}
            </p>
          )}
          {column.kind === 'scale' ? (
            <ScaleHelp scale={column.scale} language={engagementLanguage} uiLanguage={uiLanguage} />
          ) : (
            <p>{t('capture.grid.openHelp')}</p>
          )}
        </>
      )}
    </aside>
  );
}

function dimensionName(instrument: Instrument, code: string, language: Language): string {
  const dimension = instrument.dimensions.find((candidate) => candidate.code === code);
  return dimension ? localized(dimension.name, language) : code;
}

function ScaleHelp({
  scale,
  language,
  uiLanguage,
}: {
  scale: Scale;
  /** The engagement's language: the labels as printed on the paper form. */
  language: Language;
  uiLanguage: Language;
}) {
  const { t } = useTranslation();
  const missingKeys = ['-', '.']
    .filter((key) => isMissingKey(key, scale))
    .join(` ${t('capture.grid.or')} `);
  return (
    <>
      <p>{t('capture.grid.scaleRange', { min: scale.min, max: scale.max })}</p>
      {scale.points.length > 0 && (
        <dl className="column-panel__scale">
          {scale.points.map((point) => (
            <div key={point.value}>
              <dt>{point.value}</dt>
              <dd lang={language}>{localized(point.label, language)}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="muted">
        {scale.dontKnow
          ? t('capture.grid.dontKnowKey', {
              keys: missingKeys,
              // Part of a sentence in the UI's language, so in that language too.
              label: localized(scale.dontKnow, uiLanguage),
            })
          : t('capture.grid.missingKey', { keys: missingKeys })}
      </p>
    </>
  );
}
