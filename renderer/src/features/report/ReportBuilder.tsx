import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Engagement } from '@shared/engagements/model';
import { FIXED_FIRST_SECTION, type SectionId } from '@shared/report/sections';
import type { SectionSetting } from '@shared/report/settings';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { SaveIndicator } from '@renderer/components/SaveIndicator';
import { GenerateReport } from './GenerateReport';
import { ReportPreview } from './ReportPreview';
import { SectionEditor } from './SectionEditor';
import { useReportBuilder } from './use-report-builder';

/**
 * The report builder: the sections (on/off, order, texts and choices) beside a preview that has
 * the document's structure, and the button that makes the .docx.
 */
export function ReportBuilder({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const builder = useReportBuilder(engagement.id);
  const [open, setOpen] = useState<SectionId | null>(null);
  const { view, settings } = builder;

  if (builder.loadError) return <ErrorBanner error={builder.loadError} />;
  if (!view || !settings) return <p className="muted">{t('report.loading')}</p>;

  const sections = settings.sections;
  const editing = sections.find((section) => section.id === open) ?? null;
  const setSections = (next: SectionSetting[], immediately = false) =>
    builder.update({ sections: next }, immediately);
  const move = (index: number, direction: -1 | 1) => {
    const target = index + direction;
    if (target < 1 || target >= sections.length) return;
    const next = [...sections];
    [next[index], next[target]] = [next[target]!, next[index]!];
    setSections(next, true);
  };
  const patchSection = (id: SectionId, patch: Partial<SectionSetting>, immediately = false) =>
    setSections(
      sections.map((section) => (section.id === id ? { ...section, ...patch } : section)),
      immediately,
    );

  return (
    <div className="section-stack">
      <section className="card report-intro" aria-labelledby="report-heading">
        <div>
          <h2 id="report-heading">{t('report.tab')}</h2>
          <p className="muted">
            {t('report.intro', { language: t(`report.documentLanguage.${engagement.language}`) })}
          </p>
        </div>
        <div className="report-intro__actions">
          <SaveIndicator state={builder.saveState} />
          <GenerateReport
            engagementId={engagement.id}
            beforeStart={builder.flush}
            missing={view.document.missing}
            onComplete={() => setOpen('recommendations')}
          />
        </div>
      </section>
      {builder.saveError && <ErrorBanner error={builder.saveError} />}
      <div className={`report-builder${editing ? ' report-builder--editing' : ''}`}>
        <section className="card report-sections" aria-labelledby="report-sections-heading">
          <h3 id="report-sections-heading">{t('report.sectionsTitle')}</h3>
          <p className="muted">{t('report.sectionsHint')}</p>
          <ol className="report-section-list">
            {sections.map((section, index) => {
              const name = t(`report.sections.${section.id}`);
              const fixed = section.id === FIXED_FIRST_SECTION;
              const expanded = open === section.id;
              return (
                <li
                  key={section.id}
                  className={`report-section-row${section.enabled ? '' : ' report-section-row--off'}`}
                  data-testid={`report-section-${section.id}`}
                >
                  <div className="report-section-row__head">
                    <label className="checkbox-label">
                      <input
                        type="checkbox"
                        checked={section.enabled}
                        onChange={(event) =>
                          patchSection(section.id, { enabled: event.target.checked }, true)
                        }
                        aria-label={t('report.include', { section: name })}
                      />
                      <span>{name}</span>
                    </label>
                    {section.id !== 'cover' && (
                      <span
                        className={`badge ${section.narrative === null ? '' : 'badge--edited'}`}
                      >
                        {section.narrative === null
                          ? t('report.draftBadge')
                          : t('report.editedBadge')}
                      </span>
                    )}
                    <span className="report-section-row__buttons">
                      {!fixed && (
                        <>
                          <button
                            type="button"
                            className="button button--small button--quiet"
                            onClick={() => move(index, -1)}
                            disabled={index <= 1}
                            aria-label={t('report.moveUp', { section: name })}
                          >
                            ↑
                          </button>
                          <button
                            type="button"
                            className="button button--small button--quiet"
                            onClick={() => move(index, 1)}
                            disabled={index === sections.length - 1}
                            aria-label={t('report.moveDown', { section: name })}
                          >
                            ↓
                          </button>
                        </>
                      )}
                      <button
                        type="button"
                        className="button button--small"
                        aria-expanded={expanded}
                        aria-controls={`report-editor-${section.id}`}
                        aria-label={t('report.editSection', { section: name })}
                        onClick={() => setOpen(expanded ? null : section.id)}
                      >
                        {expanded ? t('report.closeEditor') : t('report.edit')}
                      </button>
                    </span>
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
        {editing ? (
          <div id={`report-editor-${editing.id}`} className="report-workspace-slot">
            <SectionEditor
              section={editing}
              name={t(`report.sections.${editing.id}`)}
              view={view}
              settings={settings}
              onSection={(patch, immediately) => patchSection(editing.id, patch, immediately)}
              onSettings={builder.update}
              onLeave={() => void builder.flush()}
            />
          </div>
        ) : (
          <ReportPreview document={view.document} />
        )}
      </div>
    </div>
  );
}
