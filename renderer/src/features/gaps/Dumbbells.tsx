import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_INK, ChartFrame, type ChartTableData } from '@renderer/components/charts';
import { shownDifference } from '@shared/i18n/format';
import { ACROSS_GRID, ACROSS_LAYOUT } from '@renderer/components/charts/chart-parts';
import { markerDot, numberFormatter, stackOffsets, wrappedTick } from './chart-parts';
import type { GapContext } from './gap-context';

interface DumbbellRow {
  key: string;
  label: string;
  /** One mean per series of the context (null: not computable). */
  means: (number | null)[];
}

interface DumbbellProps {
  context: GapContext;
  rows: DumbbellRow[];
  title: string;
  description: string;
  labelWidth: number;
}

/**
 * A dumbbell chart: per row one marker per group on the answer scale, joined by a bar from the
 * lowest to the highest group, so the size of each gap is the length of its bar.
 */
function Dumbbell({ context, rows, title, description, labelWidth }: DumbbellProps) {
  const { t } = useTranslation();
  const { series, format, analysis } = context;
  const { scaleMin: min, scaleMax: max } = analysis.thresholds;
  const data = rows.map((row) => {
    const present = row.means.filter((mean): mean is number => mean !== null);
    const entry: Record<string, unknown> = {
      name: row.label,
      range: present.length >= 2 ? [Math.min(...present), Math.max(...present)] : null,
    };
    // Groups with (nearly) the same mean would hide behind each other: stack them.
    const offsets = stackOffsets(row.means, (max - min) / 60);
    series.forEach((group, index) => {
      entry[group.key] = row.means[index] ?? null;
      entry[`${group.key}:offset`] = offsets[index] ?? 0;
    });
    return entry;
  });
  const table: ChartTableData = {
    columns: [
      { label: t('gaps.dumbbell.subject') },
      ...series.map((group) => ({ label: group.label, numeric: true })),
      { label: t('gaps.dumbbell.spread'), numeric: true },
    ],
    rows: rows.map((row) => {
      const present = row.means.filter((mean): mean is number => mean !== null);
      // The spread of the means as shown, so the table's numbers add up.
      const spread =
        present.length >= 2 ? shownDifference(Math.max(...present), Math.min(...present)) : null;
      return {
        key: row.key,
        cells: [row.label, ...row.means.map((mean) => format.mean(mean)), format.mean(spread)],
      };
    }),
  };
  const ticks = Array.from({ length: max - min + 1 }, (_, index) => min + index);
  const rowHeight = Math.max(34, Math.ceil(labelWidth / 60) * 14);

  return (
    <ChartFrame
      title={title}
      description={description}
      exportFor={context.exportFor}
      table={table}
      legend={series.map(({ label, colour, shape }) => ({ label, colour, marker: shape }))}
      legendShape="marker"
      height={Math.max(220, rows.length * rowHeight + 60)}
    >
      <ComposedChart data={data} {...ACROSS_LAYOUT} title={title} desc={description}>
        <CartesianGrid {...ACROSS_GRID} />
        <XAxis
          type="number"
          domain={[min, max]}
          ticks={ticks}
          tickFormatter={(value: number) => format.count(value)}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={labelWidth}
          tick={wrappedTick(labelWidth - 10)}
          interval={0}
        />
        <Tooltip formatter={numberFormatter(format.mean)} />
        <Bar
          dataKey="range"
          barSize={4}
          fill={CHART_INK.faintMarker}
          isAnimationActive={false}
          tooltipType="none"
          legendType="none"
        />
        {series.map((group) => (
          <Line
            key={group.key}
            dataKey={group.key}
            name={group.label}
            stroke="none"
            dot={markerDot(group.shape, group.colour, undefined, `${group.key}:offset`)}
            activeDot={false}
            isAnimationActive={false}
          />
        ))}
      </ComposedChart>
    </ChartFrame>
  );
}

/** Every dimension and the overall index, all compared groups side by side. */
export function DimensionDumbbell({ context }: { context: GapContext }) {
  const { t } = useTranslation();
  const { analysis, series } = context;
  const profiles = series.map((group) =>
    analysis.profiles.find((profile) => profile.groupId === group.groupId),
  );
  const rows: DumbbellRow[] = [
    ...analysis.dimensions
      .map((dimension, d) => ({
        key: dimension.code,
        label: context.dimensionName(dimension.code),
        means: profiles.map((profile) => profile?.common.dimensions[d] ?? null),
      }))
      .filter((row) => context.commonBasis?.dimensionCodes.includes(row.key) ?? true),
    {
      key: 'overall',
      label: t('gaps.overallIndex'),
      means: profiles.map((profile) => profile?.common.overall ?? null),
    },
  ];
  const { scaleMin: min, scaleMax: max } = analysis.thresholds;
  return (
    <Dumbbell
      context={context}
      rows={rows}
      title={t('gaps.dumbbell.dimensionsTitle')}
      description={t('gaps.dumbbell.dimensionsDescription', { min, max })}
      labelWidth={200}
    />
  );
}

/** The statements side by side, one dimension at a time or all at once. */
export function ItemDumbbell({ context, headingId }: { context: GapContext; headingId: string }) {
  const { t } = useTranslation();
  const { analysis, series } = context;
  const selectId = useId();
  const [dimension, setDimension] = useState('');
  const profiles = series.map((group) =>
    analysis.profiles.find((profile) => profile.groupId === group.groupId),
  );
  const onBasis = new Set(context.commonBasis?.statementIds ?? []);
  const rows: DumbbellRow[] = analysis.items
    .map((item, i) => ({ item, i }))
    .filter(({ item }) => dimension === '' || item.dimension === dimension)
    .filter(({ item }) => onBasis.has(item.id))
    .map(({ item, i }) => ({
      key: item.id,
      label: `${item.code} ${context.itemText(item.id)}`,
      means: profiles.map((profile) => profile?.common.items[i] ?? null),
    }));
  const { scaleMin: min, scaleMax: max } = analysis.thresholds;
  const chosenName =
    dimension === '' ? t('gaps.dumbbell.allDimensions') : context.dimensionName(dimension);
  return (
    <>
      <h2 id={headingId}>{t('gaps.dumbbell.itemsTitle')}</h2>
      <div className="toolbar">
        <label htmlFor={selectId}>{t('gaps.dumbbell.dimensionFilter')}</label>
        <select
          id={selectId}
          value={dimension}
          onChange={(event) => setDimension(event.target.value)}
        >
          <option value="">{t('gaps.dumbbell.allDimensions')}</option>
          {analysis.dimensions.map((entry) => (
            <option key={entry.code} value={entry.code}>
              {context.dimensionName(entry.code)}
            </option>
          ))}
        </select>
      </div>
      <Dumbbell
        context={context}
        rows={rows}
        title={t('gaps.dumbbell.itemsChartTitle', { dimension: chosenName })}
        description={t('gaps.dumbbell.itemsDescription', { min, max })}
        labelWidth={340}
      />
    </>
  );
}
