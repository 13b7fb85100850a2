/** Group styles as the shared spec gives them, and the DrawingML marker each should become. */
import { groupStyles } from '@shared/charts/group-style';
import { DRAWINGML_SYMBOL } from '@shared/charts/marker';
import type { ChartSpec, ScatterChartSpec, SeriesStyle } from '@shared/report/chart-spec';

/** The marker a group's style should give in DrawingML. */
export function markerOf(style: { colour: string; shape: keyof typeof DRAWINGML_SYMBOL }) {
  const colour = style.colour.slice(1).toUpperCase();
  return { symbol: DRAWINGML_SYMBOL[style.shape], fill: colour, outline: colour };
}

/** A dot chart of eight groups (six staff groups, two customer groups) in their shared styles. */
export function eightGroupDots() {
  const groups = [
    ...Array.from({ length: 6 }, (_, index) => ({ id: index + 1, kind: 'department' as const })),
    { id: 7, kind: 'customer' as const },
    { id: 8, kind: 'customer' as const },
  ];
  const styles = groupStyles(groups);
  const spec: ChartSpec = {
    type: 'dots',
    categories: ['Klantkennis', 'Klantkennis delen', 'Handelen op klantfeedback'],
    series: groups.map((group, index) => {
      const own = styles.get(group.id)!;
      return {
        name: `Groep ${index + 1}`,
        values: [2 + index * 0.2, 3, 3.5 - index * 0.1],
        style: { colour: own.colour, shape: own.shape },
      };
    }),
    min: 1,
    max: 5,
    axisLabel: 'Score',
  };
  return { spec, expected: groups.map((group) => markerOf(styles.get(group.id)!)) };
}

/** An importance–performance grid of two needs in a group's style. */
export function ipaGrid(style: SeriesStyle): ScatterChartSpec {
  return {
    type: 'scatter',
    points: [
      { label: 'Levertijd', x: 2.8, y: 4.4 },
      { label: 'Prijs', x: 3.9, y: 3.1 },
    ],
    xSplit: 3.4,
    ySplit: 3.8,
    min: 1,
    max: 5,
    xLabel: 'Prestatie',
    yLabel: 'Belang',
    quadrantLabels: ['Hier op inzetten', 'Zo doorgaan', 'Lage prioriteit', 'Mogelijk te veel'],
    splitNames: { x: 'Grens prestatie', y: 'Grens belang' },
    cutOffNote: 'Grenzen: gemiddelde prestatie 3,40 en gemiddeld belang 3,80.',
    style,
  };
}
