import { describe, expect, it } from 'vitest';
import {
  estimateTextWidth,
  markerBox,
  placeLabel,
  type Box,
} from '@renderer/components/charts/label-layout';

const intersects = (a: Box, b: Box) =>
  Math.min(a.right, b.right) > Math.max(a.left, b.left) &&
  Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);

describe('chart label layout', () => {
  const bounds: Box = { left: 0, top: 0, right: 600, bottom: 400 };
  const size = (text: string) => ({ width: estimateTextWidth(text, 12), height: 14 });

  it('puts a lone label to the right of its point', () => {
    const placement = placeLabel({ x: 100, y: 100 }, size('Prijs'), [], bounds);
    expect(placement.anchor).toBe('start');
    expect(placement.box.left).toBeGreaterThan(100);
  });

  it('never lets labels of points close together cover each other or a point', () => {
    const points = [
      { x: 300, y: 200, label: 'Leverbetrouwbaarheid' },
      { x: 304, y: 203, label: 'Communicatie' },
      { x: 298, y: 208, label: 'Reactiesnelheid' },
      { x: 310, y: 196, label: 'Productkwaliteit' },
      { x: 296, y: 190, label: 'Flexibiliteit' },
    ];
    const taken: Box[] = points.map((point) => markerBox(point.x, point.y, 8));
    const markers = [...taken];
    const placed: Box[] = [];
    for (const point of points) {
      const placement = placeLabel(point, size(point.label), taken, bounds);
      taken.push(placement.box);
      placed.push(placement.box);
    }
    for (const [index, box] of placed.entries()) {
      for (const other of placed.slice(index + 1)) expect(intersects(box, other)).toBe(false);
      for (const marker of markers) expect(intersects(box, marker)).toBe(false);
    }
  });

  it('keeps labels inside the plot: a point at the right edge gets its label on the left', () => {
    const placement = placeLabel({ x: 590, y: 100 }, size('Innovatie'), [], bounds);
    expect(placement.anchor).toBe('end');
    expect(placement.box.right).toBeLessThanOrEqual(600);
  });
});

describe('text on coloured cells', () => {
  it('takes dark or white text, whichever contrasts more, and reaches 4.5:1 on the palette', async () => {
    const { contrastRatio, divergingColours, textColourOn } =
      await import('@renderer/components/charts/palette');
    for (const background of divergingColours(9)) {
      expect(contrastRatio(background, textColourOn(background))).toBeGreaterThanOrEqual(4.5);
    }
  });
});
