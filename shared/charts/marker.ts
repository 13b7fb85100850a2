/**
 * The outline of a group's marker, one geometry for the screen charts, their exported files and
 * the report's charts, so a group's square is the same square everywhere.
 */
import type { MarkerShape } from './group-style';

export type MarkerGeometry =
  | { kind: 'circle'; cx: number; cy: number; r: number }
  | { kind: 'polygon'; points: [number, number][] };

/** The marker of `shape` centred on (cx, cy); `size` is the radius of the circle. */
export function markerGeometry(
  shape: MarkerShape,
  cx: number,
  cy: number,
  size: number,
): MarkerGeometry {
  switch (shape) {
    case 'square': {
      const half = size * 0.87;
      return {
        kind: 'polygon',
        points: [
          [cx - half, cy - half],
          [cx + half, cy - half],
          [cx + half, cy + half],
          [cx - half, cy + half],
        ],
      };
    }
    case 'diamond':
      return {
        kind: 'polygon',
        points: [
          [cx, cy - size * 1.18],
          [cx + size * 1.12, cy],
          [cx, cy + size * 1.18],
          [cx - size * 1.12, cy],
        ],
      };
    case 'triangle':
      return {
        kind: 'polygon',
        points: [
          [cx, cy - size * 1.1],
          [cx + size * 1.03, cy + size * 0.8],
          [cx - size * 1.03, cy + size * 0.8],
        ],
      };
    default:
      return { kind: 'circle', cx, cy, r: size };
  }
}

/** A polygon's points as an SVG `points` attribute, two decimals per coordinate. */
export function svgPoints(points: readonly [number, number][]): string {
  const round = (value: number) => Math.round(value * 100) / 100;
  return points.map(([x, y]) => `${round(x)},${round(y)}`).join(' ');
}
