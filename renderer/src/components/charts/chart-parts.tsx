/** Small pieces every recharts chart shares: wrapped axis labels and a locale-aware tooltip. */
import { Text, type BaseTickContentProps } from 'recharts';
import { CHART_INK } from './palette';

/** An axis label that wraps onto several lines instead of running off the chart. */
export function wrappedTick(width: number, label: (value: unknown) => string = String) {
  return function WrappedTick(props: BaseTickContentProps) {
    return (
      <Text
        x={props.x}
        y={props.y}
        width={width}
        textAnchor={props.textAnchor}
        verticalAnchor={props.verticalAnchor ?? 'middle'}
        fontSize={12}
        fill={CHART_INK.text}
      >
        {label(props.payload.value)}
      </Text>
    );
  };
}

/** A tooltip `formatter` that writes numbers the way the UI language does. */
export function numberFormatter(format: (value: number | null) => string) {
  return (value: unknown) => (typeof value === 'number' ? format(value) : String(value ?? ''));
}

/**
 * Categories down, values across (recharts calls it "vertical"): the layout and grid of every
 * horizontal bar or dot chart, so they line up with each other on one screen.
 */
export const ACROSS_LAYOUT = {
  layout: 'vertical',
  margin: { top: 8, right: 24, bottom: 8, left: 8 },
} as const;
export const ACROSS_GRID = { horizontal: false, stroke: CHART_INK.grid } as const;

/** A light highlight behind the hovered category instead of recharts' heavy grey. */
export const TOOLTIP_CURSOR = { fill: 'rgb(31 78 121 / 8%)' };
