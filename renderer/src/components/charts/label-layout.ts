/**
 * Places the name of each point of a scatter chart beside it without covering another name or
 * point: each label takes the first of a few positions around its point (right, left, above,
 * below, then further up or down) that is free, else the one that overlaps least. Pure, so it
 * is unit tested; charts feed it from their label renderer (see pointLabelRenderer).
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelPlacement {
  /** Where the text starts (or ends, for anchor 'end'), and its baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  box: Box;
}

/** Rough width of a label in pixels (average glyph width of the UI font at this size). */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.56);
}

function overlap(a: Box, b: Box): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

const GAP = 8;

/** The candidate positions around a point, in order of preference. */
function candidates(x: number, y: number, width: number, height: number): LabelPlacement[] {
  const half = height / 2;
  const at = (textX: number, centreY: number, anchor: LabelPlacement['anchor']): LabelPlacement => {
    const left = anchor === 'start' ? textX : anchor === 'end' ? textX - width : textX - width / 2;
    return {
      x: textX,
      y: centreY + half * 0.7,
      anchor,
      box: { left, right: left + width, top: centreY - half, bottom: centreY + half },
    };
  };
  const list = [
    at(x + GAP, y, 'start'),
    at(x - GAP, y, 'end'),
    at(x, y - GAP - half, 'middle'),
    at(x, y + GAP + half, 'middle'),
  ];
  for (const step of [1, 2, 3]) {
    const shift = step * (height + 2);
    list.push(at(x + GAP, y - shift, 'start'), at(x + GAP, y + shift, 'start'));
    list.push(at(x - GAP, y - shift, 'end'), at(x - GAP, y + shift, 'end'));
  }
  return list;
}

/**
 * Chooses a place for one label, given the boxes already taken (other labels and the points'
 * markers) and the area it must stay in.
 */
export function placeLabel(
  point: { x: number; y: number },
  size: { width: number; height: number },
  taken: readonly Box[],
  bounds: Box | null,
): LabelPlacement {
  let best: { placement: LabelPlacement; cost: number } | null = null;
  for (const placement of candidates(point.x, point.y, size.width, size.height)) {
    const { box } = placement;
    const outside = bounds
      ? Math.max(0, bounds.left - box.left) +
        Math.max(0, box.right - bounds.right) +
        Math.max(0, bounds.top - box.top) +
        Math.max(0, box.bottom - bounds.bottom)
      : 0;
    const cost = taken.reduce((sum, other) => sum + overlap(box, other), 0) + outside * 1000;
    if (cost === 0) return placement;
    if (!best || cost < best.cost) best = { placement, cost };
  }
  return best!.placement;
}

/** The box a point's marker takes (a little larger than the marker, for breathing room). */
export function markerBox(x: number, y: number, radius: number): Box {
  return { left: x - radius, right: x + radius, top: y - radius, bottom: y + radius };
}
