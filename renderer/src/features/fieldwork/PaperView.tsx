import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/errors';
import { localized, type Language } from '@shared/questionnaire/instrument';
import { MAX_PAPER_FORMS } from '@shared/paper/questionnaire-form';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { invoke } from '@renderer/ipc/client';
import { asIpcError } from '@renderer/ipc/use-call';
import { saveFile } from '@renderer/platform/save-file';
import type { QuestionnaireViewProps } from '../questionnaire/view-props';
import './fieldwork.css';

/**
 * The "Papier" view: a printable questionnaire (.docx) of this instrument version, in the order
 * of the entry grid, blank or pre-numbered per group (P001, P002, …).
 */
export function PaperView({ engagement, instrument }: QuestionnaireViewProps) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const [language, setLanguage] = useState<Language>(engagement.language);
  const [forms, setForms] = useState<Record<number, number>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError>();
  const languageId = useId();
  const total = Object.values(forms).reduce((sum, count) => sum + count, 0);

  async function download() {
    setBusy(true);
    setError(undefined);
    try {
      const file = await invoke('paper.questionnaire', {
        engagementId: engagement.id,
        instrumentId: instrument.id,
        language,
        forms: Object.entries(forms)
          .filter(([, count]) => count > 0)
          .map(([groupId, count]) => ({ groupId: Number(groupId), count })),
      });
      saveFile(file);
    } catch (reason) {
      setError(asIpcError(reason));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card paper-view fieldwork-stack" aria-labelledby="paper-heading">
      <h2 id="paper-heading">{t('fieldwork.paper.title')}</h2>
      <p>
        {t('fieldwork.paper.intro', {
          name: `${localized(instrument.name, uiLanguage)} v${instrument.version}`,
        })}
      </p>
      {error && <ErrorBanner error={error} onDismiss={() => setError(undefined)} />}
      <div className="field paper-view__language">
        <label htmlFor={languageId}>{t('fieldwork.paper.language')}</label>
        <select
          id={languageId}
          value={language}
          onChange={(event) => setLanguage(event.target.value as Language)}
        >
          <option value="nl">{t('languages.nl')}</option>
          <option value="en">{t('languages.en')}</option>
        </select>
      </div>
      {engagement.groups.length > 0 && (
        <fieldset className="paper-view__forms">
          <legend>{t('fieldwork.paper.numbered')}</legend>
          <p className="field__hint">{t('fieldwork.paper.numberedHint')}</p>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('fieldwork.paper.group')}</th>
                <th scope="col" className="numeric">
                  {t('fieldwork.paper.invited')}
                </th>
                <th scope="col" className="numeric">
                  {t('fieldwork.paper.forms')}
                </th>
              </tr>
            </thead>
            <tbody>
              {engagement.groups.map((group) => (
                <tr key={group.id}>
                  <th scope="row">{group.name}</th>
                  <td className="numeric">{group.invited ?? '—'}</td>
                  <td className="numeric">
                    <input
                      type="number"
                      inputMode="numeric"
                      min={0}
                      max={MAX_PAPER_FORMS}
                      className="paper-view__count"
                      aria-label={t('fieldwork.paper.formsFor', { group: group.name })}
                      value={forms[group.id] ?? 0}
                      onChange={(event) =>
                        setForms((current) => ({
                          ...current,
                          [group.id]: Math.min(
                            MAX_PAPER_FORMS,
                            Math.max(0, Math.round(Number(event.target.value) || 0)),
                          ),
                        }))
                      }
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </fieldset>
      )}
      <div className="toolbar">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void download()}
        >
          {total > 0
            ? t('fieldwork.paper.downloadNumbered', { count: total })
            : t('fieldwork.paper.download')}
        </button>
      </div>
      <p className="muted">
        {t('fieldwork.paper.cli')} <code>klantspiegel paper --instrument …</code>
      </p>
    </section>
  );
}
