import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '@shared/engagements/model';
import type { ImportAnalysis } from '@shared/ipc/questionnaire';
import { formatNumber } from '@shared/i18n/format';
import type { Instrument } from '@shared/questionnaire/instrument';
import { useUiLanguage } from '@renderer/app/ui-language';
import { problemLocation, problemMessage } from './import-text';

const PROBLEMS_PER_PAGE = 100;
const SAMPLE_ITEM_COLUMNS = 24;

interface PreviewProps {
  analysis: ImportAnalysis;
  instrument: Instrument;
  groups: Group[];
}

/** What the import will store, and every problem with its row and column. */
export function ImportPreviewPanel({ analysis, instrument, groups }: PreviewProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { summary } = analysis.preview;
  const count = (value: number) => formatNumber(value, language, 0);
  const figures: [string, number][] = [
    ['respondents', summary.respondents],
    ['skippedRows', summary.skippedRows],
    ['answers', summary.answers],
    ['missingAnswers', summary.missingAnswers],
    ['openAnswers', summary.openAnswers],
    ['generatedCodes', summary.generatedCodes],
    ['errors', summary.errors],
    ['warnings', summary.warnings],
  ];
  return (
    <section className="import-preview" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading">{t('capture.import.preview.title')}</h3>
      <dl className="import-figures">
        {figures.map(([key, value]) => (
          <div key={key} className={`import-figures__item import-figures__item--${key}`}>
            <dt>{t(`capture.import.preview.${key}`)}</dt>
            <dd>{count(value)}</dd>
          </div>
        ))}
      </dl>
      {summary.unmappedItemCodes.length > 0 && (
        <p className="muted">
          {t('capture.import.preview.unmappedItems', {
            count: summary.unmappedItemCodes.length,
            codes: summary.unmappedItemCodes.join(', '),
          })}
        </p>
      )}
      <ProblemList analysis={analysis} />
      <SampleTable analysis={analysis} instrument={instrument} groups={groups} />
    </section>
  );
}

function ProblemList({ analysis }: { analysis: ImportAnalysis }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(PROBLEMS_PER_PAGE);
  const { problems, problemsTruncated } = analysis.preview;
  if (problems.length === 0) {
    return (
      <p className="banner banner--info import-ok">{t('capture.import.preview.noProblems')}</p>
    );
  }
  return (
    <div className="import-problems">
      <h4>
        {t('capture.import.preview.problems', {
          count: analysis.preview.summary.errors + analysis.preview.summary.warnings,
        })}
      </h4>
      <ul className="import-problems__list">
        {problems.slice(0, shown).map((problem, index) => (
          <li key={index} className={`import-problem import-problem--${problem.severity}`}>
            <span className="import-problem__severity">
              {t(`capture.import.severity.${problem.severity}`)}
            </span>{' '}
            <strong>{problemLocation(t, problem)}</strong>: {problemMessage(t, problem)}
            {problem.effect !== 'none' && (
              <span className="import-problem__effect">
                {' '}
                {t(`capture.import.effect.${problem.effect}`)}
              </span>
            )}
            {problem.column !== null && (
              <span className="import-problem__header muted">
                {' '}
                {t('capture.import.preview.header', { header: problem.column })}
              </span>
            )}
          </li>
        ))}
      </ul>
      {problems.length > shown && (
        <button
          type="button"
          className="button"
          onClick={() => setShown((value) => value + PROBLEMS_PER_PAGE)}
        >
          {t('capture.import.preview.moreProblems', { count: problems.length - shown })}
        </button>
      )}
      {problemsTruncated && <p className="muted">{t('capture.import.preview.truncated')}</p>}
    </div>
  );
}

function SampleTable({ analysis, instrument, groups }: PreviewProps) {
  const { t } = useTranslation();
  const sample = analysis.preview.sampleRespondents;
  if (sample.length === 0) return null;
  const mapped = new Set(analysis.preview.summary.mappedItemCodes);
  const items = instrument.items
    .filter((item) => mapped.has(item.code))
    .slice(0, SAMPLE_ITEM_COLUMNS);
  const groupName = (id: string | null) =>
    groups.find((group) => String(group.id) === id)?.name ?? '—';
  return (
    <div className="import-sample">
      <h4>{t('capture.import.preview.sample', { count: sample.length })}</h4>
      <div className="table-scroll">
        <table className="data-table import-table import-table--compact">
          <thead>
            <tr>
              <th scope="col">{t('capture.import.preview.row')}</th>
              <th scope="col">{t('capture.grid.code')}</th>
              <th scope="col">{t('capture.grid.group')}</th>
              {items.map((item) => (
                <th key={item.code} scope="col" className="numeric">
                  {item.code}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sample.map((respondent) => (
              <tr key={respondent.row}>
                <td className="numeric">{respondent.row}</td>
                <th scope="row">
                  {respondent.code}
                  {respondent.codeGenerated && (
                    <span className="muted"> ({t('capture.import.preview.generated')})</span>
                  )}
                </th>
                <td>{groupName(respondent.groupId)}</td>
                {items.map((item) => {
                  const value =
                    item.kind === 'open'
                      ? respondent.openAnswers[item.code]
                      : respondent.answers[item.code];
                  return (
                    <td
                      key={item.code}
                      className={item.kind === 'open' ? 'import-sample__open' : 'numeric'}
                      title={typeof value === 'string' ? value : undefined}
                    >
                      {value ?? ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
