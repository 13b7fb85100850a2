import { describe, expect, it } from 'vitest';
import type { MarkerShape } from '@shared/charts/group-style';
import { markerGeometry, svgPoints } from '@shared/charts/marker';

const SHAPES: MarkerShape[] = ['circle', 'square', 'triangle', 'diamond'];

/** Bounding box of a marker. */
function box(shape: MarkerShape, cx: number, cy: number, size: number) {
  const geometry = markerGeometry(shape, cx, cy, size);
  if (geometry.kind === 'circle') {
    return { x1: cx - geometry.r, x2: cx + geometry.r, y1: cy - geometry.r, y2: cy + geometry.r };
  }
  const xs = geometry.points.map(([x]) => x);
  const ys = geometry.points.map(([, y]) => y);
  return { x1: Math.min(...xs), x2: Math.max(...xs), y1: Math.min(...ys), y2: Math.max(...ys) };
}

describe('group markers', () => {
  it('are centred on their value and about the same size, so no group looks weightier', () => {
    for (const shape of SHAPES) {
      const { x1, x2, y1, y2 } = box(shape, 100, 50, 6);
      expect((x1 + x2) / 2).toBeCloseTo(100, 6);
      expect(Math.abs((y1 + y2) / 2 - 50)).toBeLessThan(1.2);
      expect(x2 - x1).toBeGreaterThan(6 * 1.6);
      expect(x2 - x1).toBeLessThan(6 * 2.4);
      expect(y2 - y1).toBeGreaterThan(6 * 1.6);
      expect(y2 - y1).toBeLessThan(6 * 2.4);
    }
  });

  it('differ in outline, so groups stay apart in black and white', () => {
    const outlines = SHAPES.map((shape) => {
      const geometry = markerGeometry(shape, 0, 0, 6);
      return geometry.kind === 'circle' ? 'circle' : svgPoints(geometry.points);
    });
    expect(new Set(outlines).size).toBe(SHAPES.length);
    expect(markerGeometry('triangle', 0, 0, 6)).toMatchObject({ kind: 'polygon' });
    expect(svgPoints([[1.234, 5.678]])).toBe('1.23,5.68');
  });
});
