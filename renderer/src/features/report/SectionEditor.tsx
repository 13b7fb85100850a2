import { useTranslation } from 'react-i18next';
import type { ReportView } from '@shared/ipc/report';
import { localized } from '@shared/questionnaire/instrument';
import { chartsOfSection } from '@shared/report/sections';
import type { ReportSettings, SectionSetting } from '@shared/report/settings';
import { Field } from '@renderer/components/Field';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ActionPlanEditor } from './ActionPlanEditor';
import { QuoteChooser } from './QuoteChooser';
import { DateInput } from '@renderer/components/DateInput';

interface SectionEditorProps {
  section: SectionSetting;
  /** The section's name in the UI language. */
  name: string;
  view: ReportView;
  settings: ReportSettings;
  onSection: (patch: Partial<SectionSetting>, immediately?: boolean) => void;
  onSettings: (patch: Partial<ReportSettings>, immediately?: boolean) => void;
  /** Leaving a field saves at once. */
  onLeave: () => void;
}

/** What can be chosen for one section: its text, its charts and its own options. */
export function SectionEditor(props: SectionEditorProps) {
  const { section, name, view, settings, onSection, onSettings, onLeave } = props;
  const { t } = useTranslation();
  const language = useUiLanguage();
  const draft = view.drafts[section.id] ?? '';
  const charts = chartsOfSection(section.id);

  return (
    <div className="report-editor">
      {section.id === 'cover' ? (
        <div className="form-stack">
          <Field label={t('report.title')}>
            {({ id }) => (
              <input
                id={id}
                type="text"
                value={settings.title ?? ''}
                placeholder={t('report.titlePlaceholder')}
                maxLength={200}
                onChange={(event) => onSettings({ title: event.target.value || null })}
                onBlur={onLeave}
              />
            )}
          </Field>
          <Field label={t('report.reportDate')} hint={t('report.reportDateHint')}>
            {({ id, describedBy }) => (
              <DateInput
                id={id}
                describedBy={describedBy}
                value={settings.reportDate ?? ''}
                onChange={(iso) => onSettings({ reportDate: iso || null }, true)}
              />
            )}
          </Field>
          <label className="checkbox-label">
            <input
              type="checkbox"
              checked={settings.tableOfContents}
              onChange={(event) => onSettings({ tableOfContents: event.target.checked }, true)}
            />
            {t('report.tableOfContents')}
          </label>
        </div>
      ) : (
        <Field label={t('report.narrative', { section: name })} hint={t('report.narrativeHint')}>
          {({ id, describedBy }) => (
            <>
              <textarea
                id={id}
                className="report-editor__narrative"
                aria-describedby={describedBy}
                rows={Math.min(
                  16,
                  Math.max(5, (section.narrative ?? draft).split('\n').length + 2),
                )}
                value={section.narrative ?? draft}
                onChange={(event) => onSection({ narrative: event.target.value })}
                onBlur={onLeave}
              />
              {section.narrative !== null && (
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => onSection({ narrative: null }, true)}
                >
                  {t('report.resetDraft')}
                </button>
              )}
            </>
          )}
        </Field>
      )}

      {section.id === 'results' && view.instruments.length > 1 && (
        <Field label={t('report.instrument')}>
          {({ id }) => (
            <select
              id={id}
              value={view.instrumentId ?? ''}
              onChange={(event) => onSettings({ instrumentId: Number(event.target.value) }, true)}
            >
              {view.instruments.map((instrument) => (
                <option key={instrument.id} value={instrument.id}>
                  {t('report.instrumentOption', {
                    name: localized(instrument.name, language),
                    version: instrument.version,
                    count: instrument.respondents,
                  })}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}

      {charts.length > 0 && (
        <fieldset className="report-editor__charts">
          <legend>{t('report.charts')}</legend>
          {charts.map((chart) => (
            <label key={chart} className="checkbox-label">
              <input
                type="checkbox"
                checked={settings.charts[chart]}
                onChange={(event) =>
                  onSettings(
                    { charts: { ...settings.charts, [chart]: event.target.checked } },
                    true,
                  )
                }
              />
              {t(`report.chartNames.${chart}`)}
            </label>
          ))}
        </fieldset>
      )}

      {section.id === 'interviews' && (
        <QuoteChooser view={view} settings={settings} onSettings={onSettings} />
      )}
      {section.id === 'recommendations' && (
        <ActionPlanEditor
          view={view}
          settings={settings}
          onSettings={onSettings}
          onLeave={onLeave}
        />
      )}
    </div>
  );
}
