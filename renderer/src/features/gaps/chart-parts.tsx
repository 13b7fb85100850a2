/** Group markers in distinct shapes for the gap charts (and the shared axis/tooltip helpers). */
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

export { numberFormatter, wrappedTick } from '@renderer/components/charts/chart-parts';
