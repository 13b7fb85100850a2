import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShownComparison, ShownGapRow } from '@shared/gaps/view';
import type { GapContext } from './gap-context';

type Level = 'dimensions' | 'items' | 'overall';
const LEVELS: Level[] = ['dimensions', 'items', 'overall'];

interface TableRow {
  key: string;
  subject: string;
  pair: ShownComparison;
  row: ShownGapRow;
}

/** Largest |difference| as shown first; gaps that cannot be computed last. */
function bySize(a: TableRow, b: TableRow): number {
  const x = a.row.shownDiff === null ? -1 : Math.abs(a.row.shownDiff);
  const y = b.row.shownDiff === null ? -1 : Math.abs(b.row.shownDiff);
  return y - x;
}

/**
 * Every gap of the chosen level between every pair of groups, sorted by size, with its
 * confidence interval, effect size, Holm-adjusted p and the notable flag.
 */
export function GapTable({ context }: { context: GapContext }) {
  const { t } = useTranslation();
  const { analysis, format } = context;
  const id = useId();
  const [level, setLevel] = useState<Level>('dimensions');
  const [pairKey, setPairKey] = useState('');
  const [onlyNotable, setOnlyNotable] = useState(false);
  const keyOf = (pair: ShownComparison) => `${pair.groupA}-${pair.groupB}`;

  const subject = (row: ShownGapRow) =>
    level === 'items'
      ? `${row.code} ${context.itemText(row.id)}`
      : level === 'dimensions'
        ? context.dimensionName(row.code)
        : t('gaps.overallIndex');
  const basisLabel = (pair: ShownComparison) => {
    const basis = context.basisOf(pair.basisId);
    return basis?.kind === 'linked'
      ? t('gaps.basis.shortLinked', { count: basis.statementIds.length })
      : t('gaps.basis.shortVersion', { count: basis?.statementIds.length ?? 0 });
  };
  const rows: TableRow[] = context.comparisons
    .filter((pair) => pairKey === '' || keyOf(pair) === pairKey)
    .flatMap((pair) => {
      const gapRows = level === 'overall' ? [pair.overall] : pair[level];
      return gapRows.map((row) => ({
        key: `${keyOf(pair)}-${row.id}`,
        subject: subject(row),
        pair,
        row,
      }));
    })
    .filter((entry) => !onlyNotable || entry.row.notable)
    .sort(bySize);

  const statusText = (row: ShownGapRow) =>
    row.status === 'ok'
      ? ''
      : t(`gaps.table.status.${row.status}`, { threshold: analysis.anonymityThreshold });

  return (
    <section className="card" aria-labelledby="gaps-table-heading">
      <h2 id="gaps-table-heading">{t('gaps.table.title')}</h2>
      <p className="muted">{t('gaps.table.intro')}</p>
      <div className="toolbar gaps-table__filters">
        <label htmlFor={`${id}-level`}>{t('gaps.table.level')}</label>
        <select
          id={`${id}-level`}
          value={level}
          onChange={(event) => setLevel(event.target.value as Level)}
        >
          {LEVELS.map((entry) => (
            <option key={entry} value={entry}>
              {t(`gaps.table.levels.${entry}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-pair`}>{t('gaps.table.pair')}</label>
        <select
          id={`${id}-pair`}
          value={pairKey}
          onChange={(event) => setPairKey(event.target.value)}
        >
          <option value="">{t('gaps.table.allPairs')}</option>
          {context.comparisons.map((pair) => (
            <option key={keyOf(pair)} value={keyOf(pair)}>
              {t('gaps.table.versus', { a: pair.nameA, b: pair.nameB })}
            </option>
          ))}
        </select>
        <label className="gaps-checkbox">
          <input
            type="checkbox"
            checked={onlyNotable}
            onChange={(event) => setOnlyNotable(event.target.checked)}
          />{' '}
          {t('gaps.table.onlyNotable')}
        </label>
      </div>
      {rows.length === 0 ? (
        <p>{t('gaps.table.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table gaps-table" data-testid="gap-table">
            <caption className="visually-hidden">{t('gaps.table.title')}</caption>
            <thead>
              <tr>
                <th scope="col">
                  {t(`gaps.table.columns.${level === 'items' ? 'item' : 'dimension'}`)}
                </th>
                <th scope="col">{t('gaps.table.columns.groups')}</th>
                <th scope="col" className="numeric">
                  {t('gaps.table.columns.meanA')}
                </th>
                <th scope="col" className="numeric">
                  {t('gaps.table.columns.meanB')}
                </th>
                <th scope="col" className="numeric">
                  {t('gaps.table.columns.diff')}
                </th>
                <th scope="col" className="numeric">
                  {t('gaps.table.columns.g')}
                </th>
                <th scope="col" className="numeric">
                  {t('gaps.table.columns.pHolm')}
                </th>
                <th scope="col">{t('gaps.table.columns.notable')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ key, subject: label, pair, row }) => (
                <tr key={key} className={row.notable ? 'gaps-table__notable' : undefined}>
                  <th scope="row">{label}</th>
                  <td className="gaps-table__pair">
                    {t('gaps.table.versus', { a: pair.nameA, b: pair.nameB })}
                    <span className="gaps-table__n">
                      {t('gaps.table.ns', { a: format.count(row.nA), b: format.count(row.nB) })}
                    </span>
                    <span className="gaps-table__n" data-testid="gap-basis">
                      {basisLabel(pair)}
                    </span>
                  </td>
                  <td className="numeric">{format.mean(row.meanA)}</td>
                  <td className="numeric">{format.mean(row.meanB)}</td>
                  <td className="numeric">
                    {format.diff(row.shownDiff)}
                    <span className="gaps-table__ci">
                      {format.interval(row.ciLow, row.ciHigh) || statusText(row)}
                    </span>
                  </td>
                  <td className="numeric">
                    {format.coefficient(row.g)}
                    <span className="gaps-table__ci">
                      {format.interval(row.gCiLow, row.gCiHigh)}
                    </span>
                  </td>
                  <td className="numeric">{format.p(row.pHolm)}</td>
                  <td>
                    {row.notable ? (
                      <span className="badge gaps-notable">{t('gaps.notable')}</span>
                    ) : row.large ? (
                      <span className="badge" data-testid="gap-unsupported">
                        {t('gaps.table.largeUnsupported')}
                      </span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
