/** Group markers in distinct shapes for the gap charts (and the shared axis/tooltip helpers). */
import { markerGeometry, svgPoints } from '@shared/charts/marker';
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
  const geometry = markerGeometry(shape, cx, cy, size);
  const common = { fill: colour, stroke: '#ffffff', strokeWidth: 1.5 };
  return geometry.kind === 'circle' ? (
    <circle cx={geometry.cx} cy={geometry.cy} r={geometry.r} {...common} />
  ) : (
    <polygon points={svgPoints(geometry.points)} {...common} />
  );
}

/**
 * A recharts `dot` renderer drawing the group's marker. With `offsetKey`, the marker moves up or
 * down by the pixels in that field of the data row, so equal values do not hide each other.
 */
export function markerDot(shape: DotShape, colour: string, size?: number, offsetKey?: string) {
  return function MarkerDot(props: {
    cx?: number | undefined;
    cy?: number | undefined;
    index?: number;
    value?: unknown;
    payload?: Record<string, unknown>;
  }) {
    // Lines pass the value (null when the group has no score); scatter points do not pass one.
    const missing = props.value === null;
    const offset = offsetKey ? Number(props.payload?.[offsetKey] ?? 0) : 0;
    return (
      <GroupMarker
        key={`marker-${props.index ?? 0}`}
        cx={missing ? null : props.cx}
        cy={missing || props.cy === undefined ? null : props.cy + offset}
        shape={shape}
        colour={colour}
        {...(size === undefined ? {} : { size })}
      />
    );
  };
}

/**
 * Vertical pixel offsets for markers on one row: a marker that would sit on an earlier one
 * (within `tolerance` on the value axis) moves alternately up and down, so every group stays
 * visible when two groups score the same.
 */
export function stackOffsets(values: (number | null)[], tolerance: number, step = 9): number[] {
  return values.map((value, index) => {
    if (value === null) return 0;
    const earlier = values
      .slice(0, index)
      .filter((other) => other !== null && Math.abs(other - value) < tolerance).length;
    if (earlier === 0) return 0;
    return (earlier % 2 === 1 ? -1 : 1) * Math.ceil(earlier / 2) * step;
  });
}

export { numberFormatter, wrappedTick } from '@renderer/components/charts/chart-parts';
