/**
 * Point markers in distinct shapes, so series stay apart for readers who do not see the colours
 * and on a black-and-white print. One geometry for the chart, the legend and exported files.
 */
export const MARKER_SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];

export interface MarkerGeometry {
  tag: 'circle' | 'rect' | 'polygon';
  attributes: Record<string, number | string>;
}

/** The SVG element and attributes of a marker centred on (cx, cy); `size` is about its radius. */
export function markerGeometry(
  shape: MarkerShape,
  cx: number,
  cy: number,
  size: number,
): MarkerGeometry {
  switch (shape) {
    case 'square':
      return {
        tag: 'rect',
        attributes: {
          x: cx - size * 0.85,
          y: cy - size * 0.85,
          width: size * 1.7,
          height: size * 1.7,
        },
      };
    case 'diamond':
      return {
        tag: 'polygon',
        attributes: {
          points: `${cx},${cy - size * 1.15} ${cx + size * 1.15},${cy} ${cx},${cy + size * 1.15} ${cx - size * 1.15},${cy}`,
        },
      };
    case 'triangle':
      return {
        tag: 'polygon',
        attributes: {
          points: `${cx},${cy - size * 1.1} ${cx + size},${cy + size * 0.8} ${cx - size},${cy + size * 0.8}`,
        },
      };
    default:
      return { tag: 'circle', attributes: { cx, cy, r: size } };
  }
}
