import { useTranslation } from 'react-i18next';
import type { Engagement } from '@shared/engagements/model';
import type { Theme } from '@shared/interviews/model';
import { themePath } from '@shared/interviews/themes';
import { useCall } from '@renderer/ipc/use-call';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { ScrollRegion } from '@renderer/components/ScrollRegion';

/**
 * Which themes occur together (the code relations of MAXQDA): in one passage, or in passages
 * that overlap in the notes. The diagonal says how many passages carry the theme.
 */
export function CoOccurrence({ engagement, themes }: { engagement: Engagement; themes: Theme[] }) {
  const { t } = useTranslation();
  const table = useCall('interviews.coOccurrence', { engagementId: engagement.id });
  if (table.error) return <ErrorBanner error={table.error} />;
  if (!table.data) return null;
  const { themeIds, counts } = table.data;
  const byId = new Map(themes.map((theme) => [theme.id, theme]));
  const label = (id: number) => {
    const theme = byId.get(id);
    return theme ? themePath(theme, themes) : '';
  };
  const max = Math.max(
    1,
    ...counts.flatMap((row, index) => row.filter((_, column) => column !== index)),
  );
  return (
    <section className="card" aria-labelledby="co-occurrence-heading">
      <h3 id="co-occurrence-heading">{t('interviews.coOccurrence.title')}</h3>
      <p className="muted">{t('interviews.coOccurrence.intro')}</p>
      <ScrollRegion label={t('interviews.coOccurrence.title')}>
        <table className="data-table matrix co-occurrence" data-testid="co-occurrence">
          <thead>
            <tr>
              <th scope="col">{t('interviews.overview.theme')}</th>
              {themeIds.map((id) => (
                <th key={id} scope="col" className="numeric co-occurrence__head" title={label(id)}>
                  <span>{byId.get(id)?.name}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {themeIds.map((rowId, row) => (
              <tr key={rowId}>
                <th scope="row">{label(rowId)}</th>
                {themeIds.map((columnId, column) => {
                  const count = counts[row]![column]!;
                  const diagonal = row === column;
                  return (
                    <td
                      key={columnId}
                      className={diagonal ? 'numeric co-occurrence__diagonal' : 'numeric'}
                      style={
                        !diagonal && count > 0
                          ? {
                              background: `color-mix(in srgb, var(--color-primary) ${Math.round(
                                8 + (count / max) * 40,
                              )}%, transparent)`,
                            }
                          : undefined
                      }
                    >
                      {count}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
