import { useTranslation } from 'react-i18next';
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from 'recharts';
import { CHART_INK, ChartFrame, type ChartTableData } from '@renderer/components/charts';
import { markerDot, numberFormatter, wrappedTick } from './chart-parts';
import type { GapContext } from './gap-context';

/** The profile of every compared group over the dimensions, on one radar. */
export function GroupRadar({ context }: { context: GapContext }) {
  const { t } = useTranslation();
  const { analysis, series, format } = context;
  const { scaleMin: min, scaleMax: max } = analysis.thresholds;
  const profiles = series.map((group) =>
    analysis.profiles.find((profile) => profile.groupId === group.groupId),
  );
  const dimensions = analysis.dimensions
    .map((dimension, index) => ({ ...dimension, index }))
    .filter((dimension) => context.commonBasis?.dimensionCodes.includes(dimension.code) ?? true);
  const data = dimensions.map((dimension) => {
    const row: Record<string, unknown> = { name: context.dimensionName(dimension.code) };
    series.forEach(
      (group, g) => (row[group.key] = profiles[g]?.common.dimensions[dimension.index] ?? null),
    );
    return row;
  });
  const table: ChartTableData = {
    columns: [
      { label: t('gaps.dumbbell.subject') },
      ...series.map((group) => ({ label: group.label, numeric: true })),
    ],
    rows: dimensions.map((dimension) => ({
      key: dimension.code,
      cells: [
        context.dimensionName(dimension.code),
        ...profiles.map((profile) => format.mean(profile?.common.dimensions[dimension.index])),
      ],
    })),
  };
  const ticks = Array.from({ length: max - min + 1 }, (_, index) => min + index);
  const title = t('gaps.radar.title');
  const description = t('gaps.radar.description', { min, max });

  return (
    <ChartFrame
      title={title}
      description={description}
      exportFor={context.exportFor}
      table={table}
      legend={series.map(({ label, colour, dash, shape }) => ({
        label,
        colour,
        dash,
        marker: shape,
      }))}
      height={440}
    >
      <RadarChart
        data={data}
        outerRadius="68%"
        margin={{ top: 16, right: 48, bottom: 16, left: 48 }}
        title={title}
        desc={description}
      >
        <PolarGrid stroke={CHART_INK.grid} />
        <PolarAngleAxis dataKey="name" tick={wrappedTick(120)} />
        <PolarRadiusAxis
          domain={[min, max]}
          ticks={ticks}
          angle={90}
          tickFormatter={(value: number) => format.count(value)}
        />
        <Tooltip formatter={numberFormatter(format.mean)} />
        {series.map((group) => (
          <Radar
            key={group.key}
            dataKey={group.key}
            name={group.label}
            stroke={group.colour}
            strokeWidth={2}
            strokeDasharray={group.dash || undefined}
            fill={group.colour}
            fillOpacity={0.06}
            dot={markerDot(group.shape, group.colour, 3.5)}
            isAnimationActive={false}
          />
        ))}
      </RadarChart>
    </ChartFrame>
  );
}
