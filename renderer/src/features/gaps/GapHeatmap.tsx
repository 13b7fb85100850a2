import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  XAxis,
  YAxis,
  type BarShapeProps,
  type BaseTickContentProps,
} from 'recharts';
import {
  CHART_INK,
  ChartFrame,
  textColourOn,
  type ChartTableData,
} from '@renderer/components/charts';
// The heatmap's colours are shared with the report's heatmap table.
import { heatColour } from '@shared/report/colours';
import { wrappedTick } from './chart-parts';
import type { GapContext } from './gap-context';

/**
 * Groups × dimensions: each cell holds the group's mean; its colour says how far that is above
 * (blue) or below (vermillion) the average of the compared groups. Built as a stacked bar chart of
 * equal cells, so it exports like every other chart.
 */
export function GapHeatmap({ context }: { context: GapContext }) {
  const { t } = useTranslation();
  const { analysis, series, format } = context;
  const dimensions = analysis.dimensions
    .map((dimension, index) => ({ ...dimension, index }))
    .filter((dimension) => context.commonBasis?.dimensionCodes.includes(dimension.code) ?? true);
  const notableDiff = analysis.thresholds.notableDiff;
  const means = series.map((group) => {
    const profile = analysis.profiles.find((candidate) => candidate.groupId === group.groupId);
    return dimensions.map(({ index }) => profile?.common.dimensions[index] ?? null);
  });
  const averages = dimensions.map((_, d) => {
    const present = means
      .map((row) => row[d])
      .filter((mean): mean is number => mean !== null && mean !== undefined);
    return present.length > 0
      ? present.reduce((sum, mean) => sum + mean, 0) / present.length
      : null;
  });
  const data = series.map((group, g) => {
    const row: Record<string, unknown> = { name: group.label };
    dimensions.forEach((_, d) => {
      row[`w${d}`] = 1;
      row[`m${d}`] = means[g]?.[d] ?? null;
    });
    return row;
  });
  const cellShape = (d: number) =>
    function HeatCell(props: BarShapeProps) {
      const g = props.index;
      const mean = means[g]?.[d] ?? null;
      const average = averages[d] ?? null;
      const fill = heatColour(
        mean === null || average === null ? null : mean - average,
        notableDiff,
      );
      return (
        <g>
          <rect
            x={props.x}
            y={props.y}
            width={props.width}
            height={props.height}
            fill={fill}
            stroke={CHART_INK.background}
            strokeWidth={2}
          />
          <text
            x={props.x + props.width / 2}
            y={props.y + props.height / 2}
            textAnchor="middle"
            dominantBaseline="central"
            fontSize={13}
            fontWeight={600}
            fill={textColourOn(fill)}
          >
            {format.mean(mean)}
          </text>
        </g>
      );
    };
  const table: ChartTableData = {
    columns: [
      { label: t('gaps.heatmap.group') },
      ...dimensions.map((dimension) => ({
        label: context.dimensionName(dimension.code),
        numeric: true,
      })),
    ],
    rows: [
      ...series.map((group, g) => ({
        key: group.key,
        cells: [group.label, ...dimensions.map((_, d) => format.mean(means[g]?.[d] ?? null))],
      })),
      {
        key: 'average',
        cells: [t('gaps.heatmap.average'), ...averages.map((average) => format.mean(average))],
      },
    ],
  };
  const title = t('gaps.heatmap.title');
  const description = t('gaps.heatmap.description', { diff: format.mean(notableDiff) });
  const ticks = dimensions.map((_, d) => d + 0.5);

  return (
    <ChartFrame
      title={title}
      description={description}
      exportFor={context.exportFor}
      table={table}
      legend={[
        { label: t('gaps.heatmap.lower'), colour: heatColour(-1, 1) },
        { label: t('gaps.heatmap.close'), colour: heatColour(0, 1) },
        { label: t('gaps.heatmap.higher'), colour: heatColour(1, 1) },
      ]}
      legendShape="box"
      height={series.length * 56 + 90}
    >
      <BarChart
        data={data}
        layout="vertical"
        barCategoryGap={0}
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        title={title}
        desc={description}
      >
        <XAxis
          type="number"
          orientation="top"
          domain={[0, dimensions.length]}
          ticks={ticks}
          interval={0}
          tickLine={false}
          axisLine={false}
          height={64}
          tick={(props: BaseTickContentProps) => {
            // Wrap each name within its own column.
            const columnWidth = Number(props.width ?? 0) / Math.max(1, dimensions.length);
            const label = context.dimensionName(
              dimensions[Math.floor(Number(props.payload.value))]?.code ?? '',
            );
            return wrappedTick(Math.max(40, columnWidth - 8), () => label)(props);
          }}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={170}
          tick={wrappedTick(160)}
          tickLine={false}
          axisLine={false}
        />
        {dimensions.map((dimension, d) => (
          <Bar
            key={dimension.code}
            dataKey={`w${d}`}
            stackId="cells"
            isAnimationActive={false}
            shape={cellShape(d)}
          />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
