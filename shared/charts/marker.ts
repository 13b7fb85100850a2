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
    case 'x':
      return { kind: 'polygon', points: cross(cx, cy, size * 1.05, Math.PI / 4) };
    case 'plus':
      return { kind: 'polygon', points: cross(cx, cy, size * 1.15, 0) };
    default:
      return { kind: 'circle', cx, cy, r: size };
  }
}

/**
 * A cross of two bars (arms `reach` from the centre, a third of that thick), turned by `angle`:
 * the plus upright, the x at 45°. Filled like the other markers, so it weighs about as much.
 */
function cross(cx: number, cy: number, reach: number, angle: number): [number, number][] {
  const half = reach * 0.34;
  const outline: [number, number][] = [
    [half, -reach],
    [half, -half],
    [reach, -half],
    [reach, half],
    [half, half],
    [half, reach],
    [-half, reach],
    [-half, half],
    [-reach, half],
    [-reach, -half],
    [-half, -half],
    [-half, -reach],
  ];
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return outline.map(([x, y]) => [cx + x * cos - y * sin, cy + x * sin + y * cos]);
}

/**
 * DrawingML's marker symbol (ECMA-376 §21.2.3.27, ST_MarkerStyle) for each shape: Word's and
 * PowerPoint's native charts draw the group's marker by this name.
 */
export const DRAWINGML_SYMBOL = {
  circle: 'circle',
  square: 'square',
  triangle: 'triangle',
  diamond: 'diamond',
  x: 'x',
  plus: 'plus',
} as const satisfies Record<MarkerShape, string>;

/** A polygon's points as an SVG `points` attribute, two decimals per coordinate. */
export function svgPoints(points: readonly [number, number][]): string {
  const round = (value: number) => Math.round(value * 100) / 100;
  return points.map(([x, y]) => `${round(x)},${round(y)}`).join(' ');
}
