import { useTranslation } from 'react-i18next';
import type { ReportView } from '@shared/ipc/report';
import {
  emptyRecommendation,
  MAX_ACTIONS,
  missingFields,
  PRIORITIES,
  type Priority,
  type Recommendation,
  type ReportSettings,
} from '@shared/report/settings';
import { Field } from '@renderer/components/Field';

interface RecommendationsEditorProps {
  view: ReportView;
  settings: ReportSettings;
  onSettings: (patch: Partial<ReportSettings>, immediately?: boolean) => void;
  onLeave: () => void;
}

/**
 * The recommendations and their action plan: what to do, the evidence it rests on (drafted from
 * the data), its priority, owner, deadline and success measure. Empty fields are marked here, are
 * flagged before the report is generated, and are marked in the document.
 */
export function RecommendationsEditor(props: RecommendationsEditorProps) {
  const { view, settings, onSettings, onLeave } = props;
  const { t } = useTranslation();
  const rows = settings.recommendations ?? view.draftRecommendations;
  const setRows = (next: Recommendation[], immediately = false) =>
    onSettings({ recommendations: next }, immediately);
  const change = (index: number, patch: Partial<Recommendation>, immediately = false) =>
    setRows(
      rows.map((row, rowIndex) => (rowIndex === index ? { ...row, ...patch } : row)),
      immediately,
    );

  return (
    <fieldset className="report-recommendations">
      <legend>{t('report.recommendations.title')}</legend>
      <p className="muted">{t('report.recommendations.hint')}</p>
      {rows.map((row, index) => {
        const number = index + 1;
        const missing = new Set(missingFields(row));
        const label = (field: string) => t(`report.recommendations.${field}`);
        return (
          <section
            key={index}
            className="report-recommendation"
            aria-label={t('report.recommendations.number', { number })}
          >
            <div className="report-recommendation__head">
              <h4>{t('report.recommendations.number', { number })}</h4>
              {missing.size > 0 && (
                <span className="badge badge--warning">
                  {t('report.recommendations.incomplete', { count: missing.size })}
                </span>
              )}
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() =>
                  setRows(
                    rows.filter((_, rowIndex) => rowIndex !== index),
                    true,
                  )
                }
              >
                {t('report.recommendations.remove', { number })}
              </button>
            </div>
            <div className="report-recommendation__wide">
              <Field label={label('action')}>
                {({ id }) => (
                  <input
                    id={id}
                    type="text"
                    value={row.action}
                    maxLength={500}
                    onChange={(event) => change(index, { action: event.target.value })}
                    onBlur={onLeave}
                  />
                )}
              </Field>
            </div>
            <div className="report-recommendation__wide">
              <Field label={label('evidence')} hint={t('report.recommendations.evidenceHint')}>
                {({ id, describedBy }) => (
                  <textarea
                    id={id}
                    aria-describedby={describedBy}
                    rows={2}
                    value={row.evidence}
                    maxLength={1000}
                    onChange={(event) => change(index, { evidence: event.target.value })}
                    onBlur={onLeave}
                  />
                )}
              </Field>
            </div>
            <Field label={label('priority')}>
              {({ id }) => (
                <select
                  id={id}
                  aria-invalid={missing.has('priority')}
                  value={row.priority ?? ''}
                  onChange={(event) =>
                    change(
                      index,
                      { priority: (event.target.value || null) as Priority | null },
                      true,
                    )
                  }
                >
                  <option value="">{t('report.recommendations.noPriority')}</option>
                  {PRIORITIES.map((priority) => (
                    <option key={priority} value={priority}>
                      {t(`report.recommendations.priorities.${priority}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {(['owner', 'due'] as const).map((field) => (
              <Field key={field} label={label(field)}>
                {({ id }) => (
                  <input
                    id={id}
                    type="text"
                    aria-invalid={missing.has(field)}
                    value={row[field]}
                    maxLength={field === 'owner' ? 120 : 60}
                    placeholder={t(`report.recommendations.${field}Placeholder`)}
                    onChange={(event) => change(index, { [field]: event.target.value })}
                    onBlur={onLeave}
                  />
                )}
              </Field>
            ))}
            <Field label={label('successMeasure')}>
              {({ id }) => (
                <input
                  id={id}
                  type="text"
                  aria-invalid={missing.has('successMeasure')}
                  value={row.successMeasure}
                  maxLength={300}
                  onChange={(event) => change(index, { successMeasure: event.target.value })}
                  onBlur={onLeave}
                />
              )}
            </Field>
          </section>
        );
      })}
      <div className="toolbar">
        <button
          type="button"
          className="button button--small"
          disabled={rows.length >= MAX_ACTIONS}
          onClick={() => setRows([...rows, emptyRecommendation()], true)}
        >
          {t('report.recommendations.add')}
        </button>
        {settings.recommendations !== null && (
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => onSettings({ recommendations: null }, true)}
          >
            {t('report.recommendations.reset')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
