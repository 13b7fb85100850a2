import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_INK, ChartFrame, type ChartTableData } from '@renderer/components/charts';
import type { BlindSpotView, ShownBlindSpotRow } from '@shared/gaps/view';
import { ACROSS_GRID, ACROSS_LAYOUT } from '@renderer/components/charts/chart-parts';
import { numberFormatter, wrappedTick } from './chart-parts';
import type { GapContext } from './gap-context';

/** The notable differences listed before "show all": the largest ones. */
const NOTABLE_SHOWN = 12;

/** Why there is nothing to show: no customer group, too few customers, not chosen, or no staff. */
function emptyReason(context: GapContext): string {
  const { analysis } = context;
  const customers = analysis.groups.filter((group) => group.kind === 'customer');
  if (customers.length === 0) return 'gaps.blindSpots.noCustomerGroup';
  if (!customers.some((group) => group.shown)) return 'gaps.blindSpots.customersSuppressed';
  if (!customers.some((group) => analysis.compared.includes(group.groupId)))
    return 'gaps.blindSpots.chooseCustomers';
  return 'gaps.blindSpots.chooseInternal';
}

/**
 * Each internal group against the customers: where the organisation rates itself higher than its
 * customers do (a blind spot) or lower (a hidden strength), per dimension, and the notable ones
 * down to single statements.
 */
export function BlindSpots({ context }: { context: GapContext }) {
  const { t } = useTranslation();
  const { analysis } = context;
  const customerIds = [...new Set(analysis.blindSpots.map((report) => report.customerGroupId))];

  return (
    <section className="card" aria-labelledby="gaps-blind-heading">
      <h2 id="gaps-blind-heading">{t('gaps.blindSpots.title')}</h2>
      <p className="muted">{t('gaps.blindSpots.intro')}</p>
      {customerIds.length === 0 ? (
        <p className="banner banner--info" role="status">
          {t(emptyReason(context))}
        </p>
      ) : (
        customerIds.map((customerId) => (
          <CustomerComparison
            key={customerId}
            context={context}
            reports={analysis.blindSpots.filter((report) => report.customerGroupId === customerId)}
          />
        ))
      )}
    </section>
  );
}

function CustomerComparison({
  context,
  reports,
}: {
  context: GapContext;
  reports: BlindSpotView[];
}) {
  const { t } = useTranslation();
  const { analysis, format } = context;
  const [showAll, setShowAll] = useState(false);
  const customerName = reports[0]?.customerName ?? '';
  const range = analysis.thresholds.scaleMax - analysis.thresholds.scaleMin;
  const direction = (row: ShownBlindSpotRow) => t(`gaps.blindSpots.direction.${row.direction}`);
  const styled = reports.map((report) => ({ report, style: context.seriesOf(report.groupId) }));

  // The rows of each report follow its own basis; the chart lists the dimensions they share.
  const codes = reports[0]?.dimensions.map((row) => row.code) ?? [];
  const rowOf = (report: BlindSpotView, code: string) =>
    report.dimensions.find((row) => row.code === code);
  const data = codes.map((code) => {
    const row: Record<string, unknown> = { name: context.dimensionName(code) };
    for (const { report } of styled)
      row[`g${report.groupId}`] = rowOf(report, code)?.shownDiff ?? null;
    return row;
  });
  const basis = context.basisOf(reports[0]?.basisId ?? null);
  const table: ChartTableData = {
    columns: [
      { label: t('gaps.dumbbell.subject') },
      ...reports.map((report) => ({ label: report.name, numeric: true })),
    ],
    rows: codes.map((code) => ({
      key: code,
      cells: [
        context.dimensionName(code),
        ...reports.map((report) => {
          const row = rowOf(report, code);
          return row && row.shownDiff !== null
            ? `${format.diff(row.shownDiff)} (${direction(row)})`
            : format.diff(null);
        }),
      ],
    })),
  };
  const title = t('gaps.blindSpots.chartTitle', { customers: customerName });
  const description = `${t('gaps.blindSpots.chartDescription', { customers: customerName })}${
    basis?.kind === 'linked'
      ? ` ${t('gaps.basis.onLinkedSentence', { count: basis.statementIds.length })}`
      : ''
  }`;

  const notable = reports
    .flatMap((report) => [
      ...report.dimensions.map((row) => ({ report, row, label: context.dimensionName(row.code) })),
      ...report.items.map((row) => ({
        report,
        row,
        label: `${row.code} ${context.itemText(row.id)}`,
      })),
    ])
    .filter(({ row }) => row.notable && row.direction !== 'none')
    .sort((a, b) => Math.abs(b.row.shownDiff ?? 0) - Math.abs(a.row.shownDiff ?? 0));

  return (
    <div className="gaps-blind">
      <ChartFrame
        title={title}
        description={description}
        exportFor={context.exportFor}
        table={table}
        legend={styled.map(({ report, style }) => ({
          label: report.name,
          colour: style?.colour ?? CHART_INK.text,
        }))}
        legendShape="box"
        height={Math.max(260, codes.length * (reports.length * 16 + 24) + 60)}
      >
        <BarChart data={data} {...ACROSS_LAYOUT} title={title} desc={description}>
          <CartesianGrid {...ACROSS_GRID} />
          <XAxis
            type="number"
            domain={[-range / 2, range / 2]}
            allowDataOverflow
            tickFormatter={(value: number) => format.diff(value)}
          />
          <YAxis type="category" dataKey="name" width={200} tick={wrappedTick(190)} interval={0} />
          <ReferenceLine x={0} stroke={CHART_INK.zeroLine} />
          <Tooltip formatter={numberFormatter(format.diff)} />
          {styled.map(({ report, style }) => (
            <Bar
              key={report.groupId}
              dataKey={`g${report.groupId}`}
              name={report.name}
              fill={style?.colour ?? '#000000'}
              barSize={12}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ChartFrame>

      {basis?.kind === 'linked' && (
        <p className="muted" data-testid="blind-spot-basis">
          {t('gaps.basis.commonLinked', { count: basis.statementIds.length })}
        </p>
      )}
      <h3>{t('gaps.blindSpots.notableTitle', { customers: customerName })}</h3>
      {notable.length === 0 ? (
        <p>{t('gaps.blindSpots.noneNotable')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="blind-spot-table">
            <caption className="visually-hidden">
              {t('gaps.blindSpots.notableTitle', { customers: customerName })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('gaps.blindSpots.columns.subject')}</th>
                <th scope="col">{t('gaps.blindSpots.columns.group')}</th>
                <th scope="col" className="numeric">
                  {t('gaps.blindSpots.columns.groupMean')}
                </th>
                <th scope="col" className="numeric">
                  {t('gaps.blindSpots.columns.customerMean', { customers: customerName })}
                </th>
                <th scope="col" className="numeric">
                  {t('gaps.blindSpots.columns.diff')}
                </th>
                <th scope="col">{t('gaps.blindSpots.columns.kind')}</th>
              </tr>
            </thead>
            <tbody>
              {(showAll ? notable : notable.slice(0, NOTABLE_SHOWN)).map(
                ({ report, row, label }) => (
                  <tr key={`${report.groupId}-${row.code}`}>
                    <th scope="row">{label}</th>
                    <td>{report.name}</td>
                    <td className="numeric">{format.mean(row.meanA)}</td>
                    <td className="numeric">{format.mean(row.meanB)}</td>
                    <td className="numeric">
                      {format.diff(row.shownDiff)}
                      <span className="gaps-table__ci">
                        {format.interval(row.ciLow, row.ciHigh)}
                      </span>
                    </td>
                    <td>
                      <span className={`badge gaps-direction gaps-direction--${row.direction}`}>
                        {direction(row)}
                      </span>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
          {notable.length > NOTABLE_SHOWN && (
            <button
              type="button"
              className="button gaps-show-all"
              onClick={() => setShowAll((value) => !value)}
            >
              {showAll
                ? t('gaps.blindSpots.showFewer', { count: NOTABLE_SHOWN })
                : t('gaps.blindSpots.showAll', { count: notable.length })}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
