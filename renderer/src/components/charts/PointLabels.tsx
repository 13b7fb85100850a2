import { DefaultZIndexes, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import { CHART_INK } from './palette';
import { estimateTextWidth, markerBox, placeLabel, type Box } from './label-layout';

export interface LabelledPoint {
  x: number;
  y: number;
  label: string;
}

/**
 * The names of a scatter chart's points, placed so that no name covers another name or a point
 * (see label-layout.ts). Render it as a child of the chart, after the Scatter.
 */
export function PointLabels({
  points,
  fontSize = 12,
  markerRadius = 6,
}: {
  points: LabelledPoint[];
  fontSize?: number;
  markerRadius?: number;
}) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot) return null;
  const anchors = points.map((point) => ({ x: xScale(point.x) ?? 0, y: yScale(point.y) ?? 0 }));
  const taken: Box[] = anchors.map((anchor) => markerBox(anchor.x, anchor.y, markerRadius + 2));
  const bounds: Box = {
    left: plot.x,
    top: plot.y,
    right: plot.x + plot.width,
    bottom: plot.y + plot.height,
  };
  return (
    // In the labels' layer: above the grid's areas and lines, like the chart's own labels.
    <ZIndexLayer zIndex={DefaultZIndexes.label}>
      <g className="point-labels">
        {points.map((point, index) => {
          const size = { width: estimateTextWidth(point.label, fontSize), height: fontSize + 2 };
          const placement = placeLabel(anchors[index]!, size, taken, bounds);
          taken.push(placement.box);
          return (
            <text
              key={index}
              x={placement.x}
              y={placement.y}
              textAnchor={placement.anchor}
              fontSize={fontSize}
              fill={CHART_INK.text}
            >
              {point.label}
            </text>
          );
        })}
      </g>
    </ZIndexLayer>
  );
}
