import type { ReactNode } from 'react';
import { BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import {
  ACROSS_GRID,
  ACROSS_LAYOUT,
  numberFormatter,
  TOOLTIP_CURSOR,
  wrappedTick,
} from '@renderer/components/charts/chart-parts';
import type { ResultFormat } from './format';

interface ScoreBarChartProps {
  /** One row per dimension: `name` and a value per bar. */
  data: object[];
  title: string;
  desc: string;
  /** The answer scale: the axis runs from its lowest to its highest answer. */
  min: number;
  max: number;
  format: ResultFormat;
  /** The bars (recharts `<Bar>`s). */
  children: ReactNode;
}

/** Dimensions down, the answer scale across: the bar charts of the results screen. */
export function ScoreBarChart({
  data,
  title,
  desc,
  min,
  max,
  format,
  children,
}: ScoreBarChartProps) {
  const ticks = Array.from({ length: max - min + 1 }, (_, index) => min + index);
  return (
    <BarChart data={data} {...ACROSS_LAYOUT} title={title} desc={desc}>
      <CartesianGrid {...ACROSS_GRID} />
      <XAxis
        type="number"
        domain={[min, max]}
        ticks={ticks}
        tickFormatter={(value: number) => format.count(value)}
      />
      <YAxis type="category" dataKey="name" width={190} tick={wrappedTick(180)} interval={0} />
      <Tooltip formatter={numberFormatter(format.mean)} cursor={TOOLTIP_CURSOR} />
      {children}
    </BarChart>
  );
}
