import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportView } from '@shared/ipc/report';
import { localized } from '@shared/questionnaire/instrument';
import { chartsOfSection } from '@shared/report/sections';
import type { ReportSettings, SectionSetting } from '@shared/report/settings';
import { Field } from '@renderer/components/Field';
import { useUiLanguage } from '@renderer/app/ui-language';
import { NarrativeEditor } from './NarrativeEditor';
import { QuoteChooser } from './QuoteChooser';
import { RecommendationsEditor } from './RecommendationsEditor';
import { PreviewBlock } from './ReportPreview';

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

/**
 * What can be chosen for one section — its text, its charts and its own options — beside the
 * section as it will stand on the page (the width of the report's text column).
 */
export function SectionEditor(props: SectionEditorProps) {
  const { section, view } = props;
  const { t } = useTranslation();
  const content = view.document.sections.find((candidate) => candidate.id === section.id);
  return (
    <div className="report-workspace">
      <SectionControls {...props} />
      <section className="card report-workspace__page" aria-label={t('report.pagePreview')}>
        <article className="report-page report-page--a4" lang={view.document.language}>
          {content ? (
            <>
              <h4 className="report-page__h1">{content.title}</h4>
              {content.blocks.map((block, index) => (
                <PreviewBlock key={index} block={block} document={view.document} />
              ))}
            </>
          ) : (
            <p className="muted">{t('report.sectionOff')}</p>
          )}
        </article>
      </section>
    </div>
  );
}

function SectionControls(props: SectionEditorProps) {
  const { section, name, view, settings, onSection, onSettings, onLeave } = props;
  const { t } = useTranslation();
  const language = useUiLanguage();
  const draft = view.drafts[section.id] ?? { type: 'doc' as const, content: [] };
  const charts = chartsOfSection(section.id);
  // A new editor when the text is reset to the draft, so it shows the draft again.
  const [generation, setGeneration] = useState(0);
  const content = view.document.sections.find((candidate) => candidate.id === section.id);
  const setTitle = (key: string, text: string) => {
    const titles = { ...settings.titles };
    if (text.trim() === '') delete titles[key];
    else titles[key] = text;
    onSettings({ titles });
  };

  return (
    <div className="card">
      <div className="report-editor">
        <h3>{name}</h3>
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
                <input
                  id={id}
                  type="date"
                  aria-describedby={describedBy}
                  value={settings.reportDate ?? ''}
                  onChange={(event) => onSettings({ reportDate: event.target.value || null }, true)}
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
          <div className="form-stack">
            {content && (
              <Field label={t('report.sectionTitle')} hint={t('report.sectionTitleHint')}>
                {({ id, describedBy }) => (
                  <input
                    id={id}
                    type="text"
                    aria-describedby={describedBy}
                    maxLength={200}
                    value={settings.titles[`section:${section.id}`] ?? ''}
                    placeholder={content.draftTitle}
                    onChange={(event) => setTitle(`section:${section.id}`, event.target.value)}
                    onBlur={onLeave}
                  />
                )}
              </Field>
            )}
            {content?.blocks.map((block) =>
              block.kind === 'chart' ? (
                <Field key={block.key} label={t('report.chartTitle', { number: block.number })}>
                  {({ id }) => (
                    <input
                      id={id}
                      type="text"
                      maxLength={200}
                      value={settings.titles[block.key] ?? ''}
                      placeholder={block.draftCaption}
                      onChange={(event) => setTitle(block.key, event.target.value)}
                      onBlur={onLeave}
                    />
                  )}
                </Field>
              ) : null,
            )}
            <p className="muted" id={`narrative-hint-${section.id}`}>
              {t('report.narrativeHint')}
            </p>
            <NarrativeEditor
              key={generation}
              label={t('report.narrative', { section: name })}
              describedBy={`narrative-hint-${section.id}`}
              initialDoc={section.narrative ?? draft}
              onChange={(doc) => onSection({ narrative: doc })}
              onBlur={onLeave}
            />
            {section.narrative !== null && (
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => {
                  onSection({ narrative: null }, true);
                  setGeneration((value) => value + 1);
                }}
              >
                {t('report.resetDraft')}
              </button>
            )}
          </div>
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
          <RecommendationsEditor
            view={view}
            settings={settings}
            onSettings={onSettings}
            onLeave={onLeave}
          />
        )}
      </div>
    </div>
  );
}
