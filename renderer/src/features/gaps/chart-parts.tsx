/** Small pieces the gap charts share: group markers in distinct shapes and wrapped axis labels. */
import { Text, type BaseTickContentProps } from 'recharts';
import type { DotShape } from './gap-context';

interface MarkerProps {
  cx: number | null | undefined;
  cy: number | null | undefined;
  shape: DotShape;
  colour: string;
  size?: number;
}

/**
 * A group's marker. Shapes differ per group as well as colours, so the dots stay apart for
 * readers who do not see the colours and on a black-and-white print.
 */
export function GroupMarker({ cx, cy, shape, colour, size = 7 }: MarkerProps) {
  if (
    typeof cx !== 'number' ||
    typeof cy !== 'number' ||
    !Number.isFinite(cx) ||
    !Number.isFinite(cy)
  ) {
    return <g />;
  }
  const common = { fill: colour, stroke: '#ffffff', strokeWidth: 1.5 };
  switch (shape) {
    case 'square':
      return (
        <rect
          x={cx - size * 0.85}
          y={cy - size * 0.85}
          width={size * 1.7}
          height={size * 1.7}
          {...common}
        />
      );
    case 'diamond':
      return (
        <polygon
          points={`${cx},${cy - size * 1.15} ${cx + size * 1.15},${cy} ${cx},${cy + size * 1.15} ${cx - size * 1.15},${cy}`}
          {...common}
        />
      );
    case 'triangle':
      return (
        <polygon
          points={`${cx},${cy - size * 1.1} ${cx + size},${cy + size * 0.8} ${cx - size},${cy + size * 0.8}`}
          {...common}
        />
      );
    default:
      return <circle cx={cx} cy={cy} r={size} {...common} />;
  }
}

/** A recharts `dot` renderer drawing the group's marker. */
export function markerDot(shape: DotShape, colour: string, size?: number) {
  return function MarkerDot(props: {
    cx?: number | undefined;
    cy?: number | undefined;
    index?: number;
    value?: unknown;
  }) {
    // Lines pass the value (null when the group has no score); scatter points do not pass one.
    const missing = props.value === null;
    return (
      <GroupMarker
        key={`marker-${props.index ?? 0}`}
        cx={missing ? null : props.cx}
        cy={missing ? null : props.cy}
        shape={shape}
        colour={colour}
        {...(size === undefined ? {} : { size })}
      />
    );
  };
}

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
        fill="#1d2733"
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
