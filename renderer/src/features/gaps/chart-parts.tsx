/** Group markers in distinct shapes for the gap charts (and the shared axis/tooltip helpers). */
import { CHART_INK } from '@renderer/components/charts/palette';
import { markerGeometry } from '@renderer/components/charts/markers';
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
  const { tag: Tag, attributes } = markerGeometry(shape, cx, cy, size);
  return <Tag {...attributes} fill={colour} stroke={CHART_INK.background} strokeWidth={1.5} />;
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
