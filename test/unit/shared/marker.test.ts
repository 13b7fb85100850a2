import { describe, expect, it } from 'vitest';
import { groupStyles, MARKER_SHAPES, type MarkerShape } from '@shared/charts/group-style';
import { DRAWINGML_SYMBOL, markerGeometry, svgPoints } from '@shared/charts/marker';

const SHAPES: readonly MarkerShape[] = MARKER_SHAPES;

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

  it('are named as DrawingML’s marker symbols, so Word and PowerPoint draw the same shape', () => {
    const symbols = MARKER_SHAPES.map((shape) => DRAWINGML_SYMBOL[shape]);
    expect(new Set(symbols).size).toBe(MARKER_SHAPES.length);
    // ST_MarkerStyle's values (ECMA-376 Part 1, §21.2.3.27).
    for (const symbol of symbols) {
      expect([
        'circle',
        'dash',
        'diamond',
        'dot',
        'none',
        'picture',
        'plus',
        'square',
        'star',
        'triangle',
        'x',
      ]).toContain(symbol);
    }
  });
});

describe('group styles', () => {
  const mixes: Record<string, ('department' | 'customer')[]> = {
    'eight staff groups': Array(8).fill('department'),
    'six staff groups and two customer groups': [
      ...Array(6).fill('department'),
      'customer',
      'customer',
    ],
    'four and four': [...Array(4).fill('customer'), ...Array(4).fill('department')],
    'eight customer groups': Array(8).fill('customer'),
  };
  for (const [name, kinds] of Object.entries(mixes)) {
    it(`give ${name} eight distinct marker and colour pairs; customers, and only they, the diamond`, () => {
      const groups = kinds.map((kind, index) => ({ id: index + 1, kind }));
      const styles = groups.map((group) => groupStyles(groups).get(group.id)!);
      expect(new Set(styles.map((style) => `${style.shape} ${style.colour}`)).size).toBe(8);
      groups.forEach((group, index) => {
        expect(styles[index]!.shape === 'diamond').toBe(group.kind === 'customer');
        expect(MARKER_SHAPES).toContain(styles[index]!.shape);
      });
    });
  }

  it('keep the customers vermillion first, whatever groups come before them', () => {
    const styles = groupStyles([
      { id: 4, kind: 'department' },
      { id: 9, kind: 'customer' },
      { id: 2, kind: 'customer' },
    ]);
    expect(styles.get(9)).toMatchObject({ colour: '#D55E00', shape: 'diamond' });
    expect(styles.get(2)).toMatchObject({ colour: '#CC79A7', shape: 'diamond' });
    expect(styles.get(4)).toMatchObject({ colour: '#0072B2', shape: 'circle' });
  });
});
