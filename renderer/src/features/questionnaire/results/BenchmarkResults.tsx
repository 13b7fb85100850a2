import { useTranslation } from 'react-i18next';
import { Bar } from 'recharts';
import { NORM_OVERALL } from '@shared/content';
import { localized } from '@shared/questionnaire/instrument';
import {
  FIRM_BENCHMARK_MINIMUM,
  type BenchmarkComparison,
  type BenchmarkRow,
} from '@shared/questionnaire/results';
import { shownDifference } from '@shared/i18n/format';
import { ChartFrame, NEUTRAL_SERIES_COLOUR, seriesStyle } from '@renderer/components/charts';
import type { ResultsContext } from './results-context';
import { ScoreBarChart } from './ScoreBarChart';

/** The difference as shown: of the score and the norm as printed beside it. */
function shownDiff(row: BenchmarkRow): number | null {
  return row.score === null ? null : shownDifference(row.score, row.normMean);
}

/** The engagement against the chosen norm set and against the consultant's own engagements. */
export function BenchmarkResults({ context }: { context: ResultsContext }) {
  const { t } = useTranslation();
  const { results, format, texts } = context;
  const label = (dimension: string) =>
    dimension === NORM_OVERALL ? t('results.overallIndex') : texts.dimension(dimension);
  const firm = results.firmBenchmark;

  return (
    <section className="card" aria-labelledby="benchmark-heading">
      <h2 id="benchmark-heading">{t('results.benchmarkTitle')}</h2>
      {results.benchmark ? (
        <NormComparison context={context} benchmark={results.benchmark} label={label} />
      ) : (
        <p className="muted" data-testid="no-norm-set">
          {t('results.noNormSet')}
        </p>
      )}

      <h3 className="results-subheading">{t('results.firmTitle')}</h3>
      {firm.rows === null ? (
        <p className="muted" data-testid="firm-benchmark-pending">
          {t('results.firmPending', {
            minimum: FIRM_BENCHMARK_MINIMUM,
            count: firm.engagementCount,
          })}
        </p>
      ) : (
        <>
          <p className="muted">{t('results.firmIntro', { count: firm.engagementCount })}</p>
          <div className="table-scroll">
            <table className="data-table results-table" data-testid="firm-benchmark-table">
              <caption className="visually-hidden">{t('results.firmTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('results.dimension')}</th>
                  <th scope="col" className="numeric">
                    {t('results.firmMean')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('results.sd')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('results.engagements')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('results.difference')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {firm.rows.map((row) => (
                  <tr key={row.dimension}>
                    <th scope="row">{label(row.dimension)}</th>
                    <td className="numeric">{format.mean(row.mean)}</td>
                    <td className="numeric">{format.mean(row.sd)}</td>
                    <td className="numeric">{format.count(row.n)}</td>
                    <td className="numeric">{format.diff(row.diff)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

interface NormComparisonProps {
  context: ResultsContext;
  benchmark: BenchmarkComparison;
  label: (dimension: string) => string;
}

function NormComparison({ context, benchmark, label }: NormComparisonProps) {
  const { t } = useTranslation();
  const { format, language, instrument } = context;
  const { min, max } = instrument.scale;
  const name = localized(benchmark.name, language);
  const ownColour = seriesStyle(0).colour;
  const chartData = benchmark.rows.map((row) => ({
    name: label(row.dimension),
    score: row.score,
    norm: row.normMean,
  }));
  const legend = [
    { label: t('results.thisEngagement'), colour: ownColour },
    { label: t('results.normMean'), colour: NEUTRAL_SERIES_COLOUR },
  ];
  return (
    <>
      <p>
        {t('results.normSetUsed')} <strong>{name}</strong>{' '}
        {benchmark.illustrative && (
          <span className="badge badge--illustrative" data-testid="illustrative-label">
            {t('results.illustrative')}
          </span>
        )}
      </p>
      {benchmark.note && <p className="muted">{localized(benchmark.note, language)}</p>}
      {benchmark.rows.length === 0 ? (
        <p className="muted">{t('results.normNoMatch')}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="data-table results-table" data-testid="benchmark-table">
              <caption className="visually-hidden">{t('results.benchmarkTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('results.dimension')}</th>
                  <th scope="col" className="numeric">
                    {t('results.score')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('results.normMean')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('results.normSd')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('results.difference')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('results.percentile')}
                  </th>
                  <th scope="col">{t('results.positionTitle')}</th>
                </tr>
              </thead>
              <tbody>
                {benchmark.rows.map((row) => (
                  <tr key={row.dimension}>
                    <th scope="row">{label(row.dimension)}</th>
                    <td className="numeric">{format.mean(row.score)}</td>
                    <td className="numeric">{format.mean(row.normMean)}</td>
                    <td className="numeric">{format.mean(row.normSd)}</td>
                    <td className="numeric">{format.diff(shownDiff(row))}</td>
                    <td className="numeric">{format.percentile(row.percentile)}</td>
                    <td>{row.position ? t(`results.position.${row.position}`) : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">{t('results.percentileHint')}</p>
          <ChartFrame
            title={t('results.benchmarkChartTitle', { norm: name })}
            description={t('results.benchmarkChartDescription', { min, max })}
            exportFor={context.engagement.clientName}
            legend={legend}
            legendShape="box"
            table={{
              columns: [
                { label: t('results.dimension') },
                { label: t('results.thisEngagement'), numeric: true },
                { label: t('results.normMean'), numeric: true },
                { label: t('results.difference'), numeric: true },
                { label: t('results.percentile'), numeric: true },
              ],
              rows: benchmark.rows.map((row) => ({
                key: row.dimension,
                cells: [
                  label(row.dimension),
                  format.mean(row.score),
                  format.mean(row.normMean),
                  format.diff(shownDiff(row)),
                  format.percentile(row.percentile),
                ],
              })),
            }}
            height={Math.max(280, chartData.length * 44 + 50)}
          >
            <ScoreBarChart
              data={chartData}
              title={t('results.benchmarkChartTitle', { norm: name })}
              desc={t('results.benchmarkChartDescription', { min, max })}
              min={min}
              max={max}
              format={format}
            >
              <Bar
                dataKey="score"
                name={legend[0]!.label}
                fill={ownColour}
                barSize={12}
                isAnimationActive={false}
              />
              <Bar
                dataKey="norm"
                name={legend[1]!.label}
                fill={NEUTRAL_SERIES_COLOUR}
                barSize={12}
                isAnimationActive={false}
              />
            </ScoreBarChart>
          </ChartFrame>
        </>
      )}
    </>
  );
}
