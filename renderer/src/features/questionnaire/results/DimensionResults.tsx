import { useTranslation } from 'react-i18next';
import {
  Bar,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  Tooltip,
} from 'recharts';
import { CHART_INK, ChartFrame, type ChartTableData } from '@renderer/components/charts';
import { numberFormatter, wrappedTick } from '@renderer/components/charts/chart-parts';
import { localized } from '@shared/questionnaire/instrument';
import type { ResultsContext } from './results-context';
import { ScoreBarChart } from './ScoreBarChart';

/** Per dimension: a table with every shown group, a grouped bar chart and a radar chart. */
export function DimensionResults({ context }: { context: ResultsContext }) {
  const { t } = useTranslation();
  const { format, texts, series, instrument, total } = context;
  const { min, max } = instrument.scale;
  const groups = series.filter((entry) => entry.groupId !== null);
  const dimensions = total.dimensions;

  const chartData = dimensions.map((dimension) => {
    const row: Record<string, string | number | null> = { name: texts.dimension(dimension.code) };
    for (const entry of series) {
      row[entry.key] =
        entry.block.dimensions.find((candidate) => candidate.code === dimension.code)?.mean ?? null;
    }
    return row;
  });
  const tableFor = (shown: typeof series): ChartTableData => ({
    columns: [
      { label: t('results.dimension') },
      ...shown.map((entry) => ({ label: entry.label, numeric: true })),
    ],
    rows: dimensions.map((dimension, index) => ({
      key: dimension.code,
      cells: [
        texts.dimension(dimension.code),
        ...shown.map((entry) => format.mean(chartData[index]?.[entry.key] as number | null)),
      ],
    })),
  });
  const legend = series.map(({ label, colour, dash }) => ({ label, colour, dash }));
  // Radar: the groups against each other; with no group to show, the engagement as a whole.
  const radarSeries = groups.length > 0 ? groups : series;
  const table = tableFor(series);
  const ticks = Array.from({ length: max - min + 1 }, (_, index) => min + index);
  const tooltip = numberFormatter(format.mean);
  const scaleText = t('results.scaleRange', { min, max });

  return (
    <section className="card" aria-labelledby="dimensions-heading">
      <h2 id="dimensions-heading">{t('results.dimensionsTitle')}</h2>
      <p className="muted">{t('results.dimensionsIntro', { min, max })}</p>
      <p className="muted">
        {t('results.favourableIntro', {
          labels: context.results.favourableDefinition.labels
            .map((label) => localized(label, context.language))
            .join(` ${t('results.or')} `),
        })}
      </p>
      <div className="table-scroll">
        <table className="data-table results-table" data-testid="dimension-table">
          <caption className="visually-hidden">{t('results.dimensionsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.dimension')}</th>
              <th scope="col" className="numeric">
                {t('results.mean')}
              </th>
              <th scope="col" className="numeric">
                {t('results.ci')}
              </th>
              <th scope="col" className="numeric">
                {t('results.sd')}
              </th>
              <th scope="col" className="numeric">
                {t('results.n')}
              </th>
              <th scope="col" className="numeric">
                {t('results.favourable')}
              </th>
              <th scope="col" className="numeric">
                {t('results.index100')}
              </th>
              {groups.map((group) => (
                <th key={group.key} scope="col" className="numeric">
                  {group.label}
                  <span className="results-table__sub">
                    {t('results.nEquals', { n: format.count(group.block.respondents) })}
                    {group.info?.marginOfError != null &&
                      ` · ±${format.percent(group.info.marginOfError)}`}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {dimensions.map((dimension) => (
              <tr key={dimension.code}>
                <th scope="row">{texts.dimension(dimension.code)}</th>
                <td className="numeric">{format.mean(dimension.mean)}</td>
                <td className="numeric">{format.interval(dimension.ciLow, dimension.ciHigh)}</td>
                <td className="numeric">{format.mean(dimension.sd)}</td>
                <td className="numeric">{format.count(dimension.n)}</td>
                <td className="numeric">{format.percent(dimension.favourable.share)}</td>
                <td className="numeric">{format.index(dimension.index100)}</td>
                {groups.map((group) => {
                  const own = group.block.dimensions.find((entry) => entry.code === dimension.code);
                  return (
                    <td key={group.key} className="numeric">
                      {format.mean(own?.mean)}
                      <span className="results-table__sub">
                        {format.interval(own?.ciLow, own?.ciHigh)} ·{' '}
                        {format.percent(own?.favourable.share)}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('results.overallIndex')}</th>
              <td className="numeric">{format.mean(total.overall.mean)}</td>
              <td className="numeric">
                {format.interval(total.overall.ciLow, total.overall.ciHigh)}
              </td>
              <td className="numeric">{format.mean(total.overall.sd)}</td>
              <td className="numeric">{format.count(total.overall.n)}</td>
              <td className="numeric" />
              <td className="numeric">{format.index(total.overall100.mean)}</td>
              {groups.map((group) => (
                <td key={group.key} className="numeric">
                  {format.mean(group.block.overall.mean)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>

      <div className="results-charts">
        <ChartFrame
          title={t('results.barChartTitle')}
          description={t('results.barChartDescription', { scale: scaleText })}
          exportFor={context.engagement.clientName}
          table={table}
          legend={legend}
          legendShape="box"
          height={Math.max(320, dimensions.length * (series.length * 14 + 22) + 50)}
        >
          <ScoreBarChart
            data={chartData}
            title={t('results.barChartTitle')}
            desc={t('results.barChartDescription', { scale: scaleText })}
            min={min}
            max={max}
            format={format}
          >
            {series.map((entry) => (
              <Bar
                key={entry.key}
                dataKey={entry.key}
                name={entry.label}
                fill={entry.colour}
                isAnimationActive={false}
                barSize={12}
              />
            ))}
          </ScoreBarChart>
        </ChartFrame>

        <ChartFrame
          title={t('results.radarTitle')}
          description={t('results.radarDescription', { scale: scaleText })}
          exportFor={context.engagement.clientName}
          table={tableFor(radarSeries)}
          legend={radarSeries.map(({ label, colour, dash }) => ({ label, colour, dash }))}
          height={420}
        >
          <RadarChart
            data={chartData}
            outerRadius="68%"
            margin={{ top: 16, right: 48, bottom: 16, left: 48 }}
            title={t('results.radarTitle')}
            desc={t('results.radarDescription', { scale: scaleText })}
          >
            <PolarGrid stroke={CHART_INK.grid} />
            <PolarAngleAxis dataKey="name" tick={wrappedTick(120)} />
            <PolarRadiusAxis
              domain={[min, max]}
              ticks={ticks}
              angle={60}
              axisLine={false}
              tick={{ fontSize: 10, fill: CHART_INK.muted }}
              tickFormatter={(value: number) => format.count(value)}
            />
            <Tooltip formatter={tooltip} />
            {radarSeries.map((entry) => (
              <Radar
                key={entry.key}
                dataKey={entry.key}
                name={entry.label}
                stroke={entry.colour}
                strokeWidth={2}
                strokeDasharray={entry.dash || undefined}
                fill={entry.colour}
                fillOpacity={0.06}
                dot={{ r: 3, fill: entry.colour }}
                isAnimationActive={false}
              />
            ))}
          </RadarChart>
        </ChartFrame>
      </div>
    </section>
  );
}
