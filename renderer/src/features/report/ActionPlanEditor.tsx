import { useTranslation } from 'react-i18next';
import type { ReportView } from '@shared/ipc/report';
import { MAX_ACTIONS, type ActionRow, type ReportSettings } from '@shared/report/settings';

interface ActionPlanEditorProps {
  view: ReportView;
  settings: ReportSettings;
  onSettings: (patch: Partial<ReportSettings>, immediately?: boolean) => void;
  onLeave: () => void;
}

/** The action plan's rows (drafted from the improvement tips until the consultant edits them). */
export function ActionPlanEditor({ view, settings, onSettings, onLeave }: ActionPlanEditorProps) {
  const { t } = useTranslation();
  const rows = settings.actions ?? view.draftActions;
  const setRows = (next: ActionRow[], immediately = false) =>
    onSettings({ actions: next }, immediately);
  const change = (index: number, patch: Partial<ActionRow>) =>
    setRows(rows.map((row, rowIndex) => (rowIndex === index ? { ...row, ...patch } : row)));

  return (
    <fieldset className="report-actions">
      <legend>{t('report.actions')}</legend>
      <p className="muted">{t('report.actionsHint')}</p>
      <table className="report-actions__table">
        <thead>
          <tr>
            <th scope="col">{t('report.action')}</th>
            <th scope="col">{t('report.owner')}</th>
            <th scope="col">{t('report.due')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('app.delete')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const number = index + 1;
            return (
              <tr key={index}>
                <td>
                  <input
                    type="text"
                    aria-label={`${t('report.actionRow', { number })}: ${t('report.action')}`}
                    value={row.action}
                    maxLength={500}
                    onChange={(event) => change(index, { action: event.target.value })}
                    onBlur={onLeave}
                  />
                </td>
                <td>
                  <input
                    type="text"
                    aria-label={`${t('report.actionRow', { number })}: ${t('report.owner')}`}
                    value={row.owner}
                    maxLength={120}
                    onChange={(event) => change(index, { owner: event.target.value })}
                    onBlur={onLeave}
                  />
                </td>
                <td>
                  <input
                    type="text"
                    aria-label={`${t('report.actionRow', { number })}: ${t('report.due')}`}
                    value={row.due}
                    maxLength={60}
                    onChange={(event) => change(index, { due: event.target.value })}
                    onBlur={onLeave}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    aria-label={t('report.removeAction', { number })}
                    onClick={() =>
                      setRows(
                        rows.filter((_, rowIndex) => rowIndex !== index),
                        true,
                      )
                    }
                  >
                    ×
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="toolbar">
        <button
          type="button"
          className="button button--small"
          disabled={rows.length >= MAX_ACTIONS}
          onClick={() => setRows([...rows, { action: '', owner: '', due: '' }], true)}
        >
          {t('report.addAction')}
        </button>
        {settings.actions !== null && (
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => onSettings({ actions: null }, true)}
          >
            {t('report.resetActions')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
