/**
 * One colour, marker shape and line dash per group of an engagement, the same on every screen
 * and in the report, and not dependent on which groups are selected. Colours are Okabe–Ito
 * (colour-blind safe); shapes and dashes keep groups apart in black and white. The customers are
 * always recognisable: customer groups, and only they, get the diamond, the first two in the
 * vermillion family. Up to 30 groups, no two share both colour and shape: staff colours (6) and
 * staff shapes (5) cycle at different lengths, and a third customer group takes a staff colour
 * as a diamond, which no staff group has.
 */
import type { GroupKind } from '../engagements/model';

/**
 * The shapes every surface draws: the SVG pictures and screen charts by `markerGeometry`, Word
 * and PowerPoint as DrawingML's marker symbol of the same name (`drawingMlSymbol`).
 */
export const MARKER_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'x', 'plus'] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];

export interface GroupStyle {
  colour: string;
  shape: MarkerShape;
  /** SVG stroke-dasharray; '' for solid. */
  dash: string;
}

/** Staff groups: Okabe–Ito without the customers' colours (yellow darkened for lines on white). */
const STAFF_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#56B4E9', '#8C7A00', '#000000'] as const;
const STAFF_SHAPES: readonly MarkerShape[] = ['circle', 'square', 'triangle', 'x', 'plus'];
/** Customer groups: vermillion first, then reddish purple. */
const CUSTOMER_COLOURS = ['#D55E00', '#CC79A7'] as const;
const CUSTOMER_SHAPE: MarkerShape = 'diamond';
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '4 4', '10 4', '1 2', '12 3 3 3'] as const;

/** For a series that sums up the others (the whole sample, a norm): dark neutral grey. */
export const NEUTRAL_STYLE: GroupStyle = { colour: '#4D4D4D', shape: 'circle', dash: '' };

/** The style of every group, by group id, from the engagement's groups in their order. */
export function groupStyles(
  groups: readonly { id: number; kind: GroupKind }[],
): Map<number, GroupStyle> {
  const styles = new Map<number, GroupStyle>();
  let staff = 0;
  let customers = 0;
  for (const group of groups) {
    if (group.kind === 'customer') {
      styles.set(group.id, {
        colour:
          customers < CUSTOMER_COLOURS.length
            ? CUSTOMER_COLOURS[customers]!
            : STAFF_COLOURS[(customers - CUSTOMER_COLOURS.length) % STAFF_COLOURS.length]!,
        shape: CUSTOMER_SHAPE,
        dash: DASHES[(customers + 1) % DASHES.length]!,
      });
      customers++;
    } else {
      styles.set(group.id, {
        colour: STAFF_COLOURS[staff % STAFF_COLOURS.length]!,
        shape: STAFF_SHAPES[staff % STAFF_SHAPES.length]!,
        dash: DASHES[staff % DASHES.length]!,
      });
      staff++;
    }
  }
  return styles;
}

/** A group's style, or the neutral one for an unknown group. */
export function styleOf(styles: Map<number, GroupStyle>, groupId: number): GroupStyle {
  return styles.get(groupId) ?? NEUTRAL_STYLE;
}
