import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Engagement } from '@shared/engagements/model';
import type { Quote } from '@shared/interviews/model';
import {
  filterQuotes,
  themeCounts,
  themeGroupMatrix,
  themePath,
  type QuoteFilter,
} from '@shared/interviews/themes';
import { useCall } from '@renderer/ipc/use-call';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { ScrollRegion } from '@renderer/components/ScrollRegion';
import { CoOccurrence } from './CoOccurrence';
import { QuoteCard } from './QuoteCard';
import { createTheme } from './theme-actions';

interface Cell {
  themeId: number;
  groupId: number | 'none';
}

/** How often each theme came up, and from which perspective; a cell opens its quotes. */
export function OverviewView({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  // Quotes and coded passages alike: every coded passage counts for its theme.
  const quotes = useCall('interviews.quotes.list', {
    engagementId: engagement.id,
    includeCodings: true,
  });
  const themes = useCall('interviews.themes.list', { engagementId: engagement.id });
  const [cell, setCell] = useState<Cell | null>(null);
  const allQuotes = quotes.data ?? [];
  const allThemes = themes.data ?? [];
  const error = quotes.error ?? themes.error;

  if (error) return <ErrorBanner error={error} />;
  if (!quotes.data || !themes.data) return <p className="muted">{t('app.loading')}</p>;
  if (allThemes.length === 0) {
    return (
      <div className="card empty-state">
        <h3>{t('interviews.overview.emptyTitle')}</h3>
        <p className="muted">{t('interviews.overview.emptyText')}</p>
      </div>
    );
  }

  const counts = themeCounts(allQuotes, allThemes);
  const maxCount = Math.max(1, ...counts.map((count) => count.quotes));
  const matrix = themeGroupMatrix(
    allQuotes,
    allThemes,
    engagement.groups.map((group) => group.id),
  );
  const themeById = new Map(allThemes.map((theme) => [theme.id, theme]));
  const groupLabel = (group: number | 'none') =>
    group === 'none'
      ? t('interviews.fields.noGroup')
      : (engagement.groups.find((candidate) => candidate.id === group)?.name ?? '');
  const maxCell = Math.max(1, ...matrix.rows.flatMap((row) => row.counts));
  const cellQuotes: Quote[] = cell
    ? filterQuotes(allQuotes, allThemes, {
        themeId: cell.themeId,
        groupId: cell.groupId,
      } satisfies QuoteFilter)
    : [];
  const cellTheme = cell ? themeById.get(cell.themeId) : undefined;

  return (
    <div className="stack">
      <section className="card" aria-labelledby="theme-counts-heading">
        <h3 id="theme-counts-heading">{t('interviews.overview.countsTitle')}</h3>
        <table className="data-table counts-table">
          <thead>
            <tr>
              <th scope="col">{t('interviews.overview.theme')}</th>
              <th scope="col" className="numeric">
                {t('interviews.overview.quotes')}
              </th>
              <th scope="col" className="numeric">
                {t('interviews.overview.interviews')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('interviews.overview.bar')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.map((count) => {
              const theme = themeById.get(count.themeId)!;
              return (
                <tr key={count.themeId} className={theme.parentId === null ? '' : 'row--child'}>
                  <th scope="row">
                    <span
                      className="theme-swatch"
                      style={{ background: theme.colour }}
                      aria-hidden
                    />{' '}
                    {themePath(theme, allThemes)}
                  </th>
                  <td className="numeric">{count.quotes}</td>
                  <td className="numeric">{count.interviews}</td>
                  <td className="bar-cell" aria-hidden>
                    <span
                      className="bar"
                      style={{
                        width: `${(count.quotes / maxCount) * 100}%`,
                        background: theme.colour,
                      }}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section className="card" aria-labelledby="matrix-heading">
        <h3 id="matrix-heading">{t('interviews.overview.matrixTitle')}</h3>
        <p className="muted">{t('interviews.overview.matrixIntro')}</p>
        <ScrollRegion label={t('interviews.overview.matrixTitle')}>
          <table className="data-table matrix" data-testid="theme-matrix">
            <thead>
              <tr>
                <th scope="col">{t('interviews.overview.theme')}</th>
                {matrix.groups.map((group) => (
                  <th key={group} scope="col" className="numeric">
                    {groupLabel(group)}
                  </th>
                ))}
                <th scope="col" className="numeric">
                  {t('interviews.overview.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((row) => {
                const theme = themeById.get(row.themeId)!;
                return (
                  <tr key={row.themeId} className={theme.parentId === null ? '' : 'row--child'}>
                    <th scope="row">{themePath(theme, allThemes)}</th>
                    {row.counts.map((count, index) => {
                      const group = matrix.groups[index]!;
                      const selected = cell?.themeId === row.themeId && cell.groupId === group;
                      const strength = count / maxCell;
                      return (
                        <td key={group} className="numeric">
                          {count === 0 ? (
                            <span className="matrix__zero">0</span>
                          ) : (
                            <button
                              type="button"
                              className="matrix__cell"
                              aria-pressed={selected}
                              aria-label={t('interviews.overview.cellLabel', {
                                count,
                                theme: theme.name,
                                group: groupLabel(group),
                              })}
                              style={{
                                background: `rgb(31 78 121 / ${Math.round(10 + strength * 60)}%)`,
                                color: strength > 0.6 ? '#fff' : undefined,
                              }}
                              onClick={() =>
                                setCell(selected ? null : { themeId: row.themeId, groupId: group })
                              }
                            >
                              {count}
                            </button>
                          )}
                        </td>
                      );
                    })}
                    <td className="numeric">{row.total}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <CoOccurrence engagement={engagement} themes={allThemes} />

      {cell && cellTheme && (
        <section className="card" aria-labelledby="cell-quotes-heading" data-testid="cell-quotes">
          <div className="section-bar">
            <h3 id="cell-quotes-heading">
              {t('interviews.overview.cellTitle', {
                theme: themePath(cellTheme, allThemes),
                group: groupLabel(cell.groupId),
              })}
            </h3>
            <button type="button" className="button button--quiet" onClick={() => setCell(null)}>
              {t('app.close')}
            </button>
          </div>
          {cellQuotes.map((quote) => (
            <QuoteCard
              key={quote.id}
              quote={quote}
              themes={allThemes}
              onChange={(next) =>
                quotes.setData(
                  allQuotes.map((candidate) => (candidate.id === next.id ? next : candidate)),
                )
              }
              onDelete={(id) =>
                quotes.setData(allQuotes.filter((candidate) => candidate.id !== id))
              }
              onCreateTheme={async (name) => {
                const result = await createTheme(engagement.id, allThemes, name);
                themes.setData(result.themes);
                return result.created;
              }}
            />
          ))}
        </section>
      )}
    </div>
  );
}
