/**
 * Draws the report's chart specs as static SVG at a fixed size (no DOM, no layout engine), so the
 * same picture goes into Word, into its PNG fallback and into the app's preview.
 */
import type {
  BarChartSpec,
  ChartSpec,
  DivergingChartSpec,
  DotChartSpec,
  DumbbellChartSpec,
  ScatterChartSpec,
  SeriesStyle,
} from '@shared/report/chart-spec';
import type { MarkerShape } from '@shared/charts/group-style';
import { SCALE_DIGITS } from '@shared/i18n/format';
import { GROUPS_CHART, groupsChartLabelAngle, groupsChartStep } from '@shared/charts/groups-chart';
import {
  CHART_WIDTH,
  GRID_COLOUR,
  MARKERS,
  MUTED_COLOUR,
  REFERENCE_COLOUR,
  SMALL_FONT_SIZE,
  escapeXml,
  legend,
  marker,
  px,
  svgDocument,
  text,
  textLines,
  textWidth,
  ticks,
  wrapText,
  type ChartStyle,
  type LegendEntry,
} from './svg';

export interface RenderedChart {
  svg: string;
  width: number;
  height: number;
}

/** Formats a value for labels in the report's language. */
export type ValueFormat = (value: number, digits: number) => string;

const LABEL_WIDTH = 190;
const RIGHT_PAD = 36;
const TOP_PAD = 10;
const AXIS_HEIGHT = 40;
/** The longest a slanted category label may be (px); longer ones end in an ellipsis. */
const MAX_SLANTED_LABEL = 150;

export function renderChart(
  spec: ChartSpec,
  style: ChartStyle,
  format: ValueFormat,
): RenderedChart {
  switch (spec.type) {
    case 'bars':
      return barChart(spec, style, format);
    case 'dots':
      return dotChart(spec, style);
    case 'dumbbell':
      return dumbbellChart(spec, style, format);
    case 'diverging':
      return divergingChart(spec, style, format);
    case 'scatter':
      return scatterChart(spec, style);
  }
}

interface Axis {
  scale: (value: number) => number;
  left: number;
  right: number;
}

function linearAxis(min: number, max: number, left: number, right: number): Axis {
  const span = max - min || 1;
  return {
    left,
    right,
    scale: (value) => left + ((Math.min(max, Math.max(min, value)) - min) / span) * (right - left),
  };
}

/** Vertical grid lines and tick labels under the plot, with the axis title. */
function xAxis(
  axis: Axis,
  values: number[],
  top: number,
  bottom: number,
  label: string,
  format: (value: number) => string,
): string {
  const parts: string[] = [];
  for (const value of values) {
    const x = axis.scale(value);
    parts.push(
      `<line x1="${px(x)}" y1="${px(top)}" x2="${px(x)}" y2="${px(bottom)}" stroke="${GRID_COLOUR}" stroke-width="1"/>`,
      text(x, bottom + 14, format(value), {
        anchor: 'middle',
        size: SMALL_FONT_SIZE,
        colour: MUTED_COLOUR,
      }),
    );
  }
  parts.push(
    text((axis.left + axis.right) / 2, bottom + 32, label, {
      anchor: 'middle',
      size: SMALL_FONT_SIZE,
      colour: MUTED_COLOUR,
    }),
  );
  return parts.join('');
}

/** Horizontal grid lines with their values on the left, and the axis title turned upright. */
function yAxis(
  yOf: (value: number) => number,
  values: number[],
  plot: { left: number; right: number; top: number; bottom: number },
  label: string,
): string {
  const parts: string[] = [];
  for (const value of values) {
    const y = yOf(value);
    parts.push(
      `<line x1="${plot.left}" y1="${px(y)}" x2="${plot.right}" y2="${px(y)}" stroke="${GRID_COLOUR}" stroke-width="1"/>`,
      text(plot.left - 8, y, String(value), {
        anchor: 'end',
        size: SMALL_FONT_SIZE,
        colour: MUTED_COLOUR,
        baseline: 'middle',
      }),
    );
  }
  parts.push(
    `<text transform="translate(18 ${px((plot.top + plot.bottom) / 2)}) rotate(-90)" text-anchor="middle" font-size="${SMALL_FONT_SIZE}" fill="${MUTED_COLOUR}">${escapeXml(label)}</text>`,
  );
  return parts.join('');
}

function categoryLabels(categories: string[], centres: number[], x: number): string {
  return categories
    .map((category, index) =>
      textLines(x, centres[index] ?? 0, wrapText(category, LABEL_WIDTH - 12), { anchor: 'end' }),
    )
    .join('');
}

const wholeOrDecimal = (format: ValueFormat) => (value: number) =>
  format(value, Number.isInteger(value) ? 0 : 1);

function barChart(spec: BarChartSpec, style: ChartStyle, format: ValueFormat): RenderedChart {
  const series = spec.series[0] ?? { name: '', values: [] };
  const entries: LegendEntry[] = spec.reference
    ? [
        { label: series.name, colour: style.accent, shape: 'bar' },
        { label: spec.reference.name, colour: REFERENCE_COLOUR, shape: 'line' },
      ]
    : [];
  const legendPart =
    entries.length > 0 ? legend(entries, LABEL_WIDTH, TOP_PAD, CHART_WIDTH - LABEL_WIDTH) : null;
  const top = TOP_PAD + (legendPart ? legendPart.height + 6 : 0);
  const rowHeight = 30;
  const plotBottom = top + rowHeight * spec.categories.length;
  // Counts get an axis up to a round number; rating scales keep their own ends.
  const max = spec.digits === 0 ? niceMax(spec.min, spec.max) : spec.max;
  const axis = linearAxis(spec.min, max, LABEL_WIDTH, CHART_WIDTH - RIGHT_PAD);
  const tickValues = ticks(spec.min, max);
  const centres = spec.categories.map((_, index) => top + rowHeight * index + rowHeight / 2);
  const parts = [
    legendPart?.svg ?? '',
    xAxis(axis, tickValues, top, plotBottom, spec.axisLabel, wholeOrDecimal(format)),
    categoryLabels(spec.categories, centres, LABEL_WIDTH - 10),
  ];
  spec.categories.forEach((_, index) => {
    const y = centres[index]!;
    const value = series.values[index];
    const reference = spec.reference?.values[index];
    const referenceX = reference === null || reference === undefined ? null : axis.scale(reference);
    if (value !== null && value !== undefined) {
      const end = axis.scale(value);
      parts.push(
        `<rect x="${px(axis.left)}" y="${px(y - 9)}" width="${px(Math.max(1, end - axis.left))}" height="18" fill="${style.accent}"/>`,
      );
      // The value goes after the bar and the norm mark, so neither hides it.
      const labelX = Math.max(end, referenceX ?? end) + 6;
      parts.push(
        text(labelX, y, format(value, spec.digits), { size: SMALL_FONT_SIZE, baseline: 'middle' }),
      );
    }
    if (referenceX !== null) {
      parts.push(
        `<line x1="${px(referenceX)}" y1="${px(y - 13)}" x2="${px(referenceX)}" y2="${px(y + 13)}" stroke="${REFERENCE_COLOUR}" stroke-width="2.5"/>`,
      );
    }
  });
  return finish(parts, plotBottom + AXIS_HEIGHT, style);
}

/** The first tick at or above `max`, so the longest bar ends on a labelled value. */
function niceMax(min: number, max: number): number {
  const values = ticks(min, max);
  const step = values.length > 1 ? values[1]! - values[0]! : 1;
  const last = values.at(-1) ?? max;
  return last >= max ? last : last + step;
}

/** A series' own style (the group's, as on screen), else the house palette by position. */
function styleAt(
  own: SeriesStyle | undefined,
  index: number,
  style: ChartStyle,
): { colour: string; shape: MarkerShape } {
  return (
    own ?? {
      colour: style.palette[index % style.palette.length]!,
      shape: MARKERS[index % MARKERS.length]!,
    }
  );
}

function seriesLegend(
  names: string[],
  style: ChartStyle,
  top: number,
  styles: (SeriesStyle | undefined)[] = [],
) {
  return legend(
    names.map((name, index) => ({
      label: name,
      ...styleAt(styles[index], index, style),
    })),
    LABEL_WIDTH,
    top,
    CHART_WIDTH - LABEL_WIDTH,
  );
}

/**
 * Where the groups stand per category, upright as the native Word and PowerPoint charts draw it
 * (shared/charts/groups-chart.ts): categories along the bottom in the spec's order, the scores up
 * the left, each group a thin line through its markers, the legend under the plot.
 */
function dotChart(spec: DotChartSpec, style: ChartStyle): RenderedChart {
  const left = 64;
  const right = CHART_WIDTH - 16;
  const top = TOP_PAD + 8;
  const plotHeight = 190;
  const bottom = top + plotHeight;
  const band = (right - left) / Math.max(1, spec.categories.length);
  const centreOf = (index: number) => left + band * (index + 0.5);
  const yOf = (value: number) =>
    bottom -
    ((Math.min(spec.max, Math.max(spec.min, value)) - spec.min) / (spec.max - spec.min || 1)) *
      plotHeight;
  const step = groupsChartStep(spec.min, spec.max);
  const tickValues =
    step === undefined
      ? ticks(spec.min, spec.max)
      : Array.from({ length: Math.floor((spec.max - spec.min) / step) + 1 }, (_, index) =>
          Number((spec.min + index * step).toFixed(6)),
        );
  const parts: string[] = [yAxis(yOf, tickValues, { left, right, top, bottom }, spec.axisLabel)];
  // Category labels under the plot: level and wrapped within their own band, or slanted when
  // they would not fit (the same rule as the Word and PowerPoint charts).
  const angle = groupsChartLabelAngle(spec.categories);
  const lineHeight = SMALL_FONT_SIZE * 1.2;
  let labelsBottom: number;
  if (angle === 0) {
    const labelLines = spec.categories.map((category) =>
      wrapText(category, band - 8, 3, SMALL_FONT_SIZE),
    );
    labelLines.forEach((lines, index) => {
      lines.forEach((line, lineIndex) =>
        parts.push(
          text(centreOf(index), bottom + 16 + lineIndex * lineHeight, line, {
            anchor: 'middle',
            size: SMALL_FONT_SIZE,
          }),
        ),
      );
    });
    labelsBottom =
      bottom + 16 + (Math.max(1, ...labelLines.map((lines) => lines.length)) - 1) * lineHeight;
  } else {
    const lines = spec.categories.map(
      (category) => wrapText(category, MAX_SLANTED_LABEL, 1, SMALL_FONT_SIZE)[0] ?? '',
    );
    lines.forEach((line, index) => {
      const x = px(centreOf(index));
      const y = px(bottom + 12);
      parts.push(
        `<text x="${x}" y="${y}" transform="rotate(${angle} ${x} ${y})" text-anchor="end" font-size="${SMALL_FONT_SIZE}">${escapeXml(line)}</text>`,
      );
    });
    const longest = Math.max(0, ...lines.map((line) => textWidth(line, SMALL_FONT_SIZE)));
    labelsBottom = bottom + 12 + longest * Math.sin((-angle * Math.PI) / 180);
  }
  // Each group: its line first (a gap where it has no score), then its markers on top.
  const styles = spec.series.map((series, index) => styleAt(series.style, index, style));
  spec.series.forEach((series, seriesIndex) => {
    let run: string[] = [];
    const flush = () => {
      if (run.length > 1) {
        parts.push(
          `<polyline points="${run.join(' ')}" fill="none" stroke="${styles[seriesIndex]!.colour}" stroke-width="${GROUPS_CHART.lineWidth}"/>`,
        );
      }
      run = [];
    };
    series.values.forEach((value, index) => {
      if (value === null || value === undefined) flush();
      else run.push(`${px(centreOf(index))},${px(yOf(value))}`);
    });
    flush();
  });
  spec.series.forEach((series, seriesIndex) => {
    const own = styles[seriesIndex]!;
    series.values.forEach((value, index) => {
      if (value === null || value === undefined) return;
      parts.push(marker(own.shape, centreOf(index), yOf(value), 5.5, own.colour));
    });
  });
  const legendPart = legend(
    spec.series.map((series, index) => ({ label: series.name, ...styles[index]! })),
    left,
    labelsBottom + 14,
    right - left,
  );
  parts.push(legendPart.svg);
  return finish(parts, labelsBottom + 14 + legendPart.height, style);
}

function dumbbellChart(
  spec: DumbbellChartSpec,
  style: ChartStyle,
  format: ValueFormat,
): RenderedChart {
  const names: string[] = [];
  const styles: (SeriesStyle | undefined)[] = [];
  for (const row of spec.rows) {
    for (const end of [row.high, row.low]) {
      if (names.includes(end.name)) continue;
      names.push(end.name);
      styles.push(end.style);
    }
  }
  const styleOfName = (name: string) =>
    styleAt(styles[names.indexOf(name)], names.indexOf(name), style);
  const colourOf = (name: string) => styleOfName(name).colour;
  const shapeOf = (name: string) => styleOfName(name).shape;
  const legendPart = seriesLegend(names, style, TOP_PAD, styles);
  const top = TOP_PAD + legendPart.height + 6;
  const rowHeight = 46;
  const plotBottom = top + rowHeight * spec.rows.length;
  const axis = linearAxis(spec.min, spec.max, LABEL_WIDTH, CHART_WIDTH - RIGHT_PAD);
  const centres = spec.rows.map((_, index) => top + rowHeight * index + rowHeight / 2);
  const parts = [
    legendPart.svg,
    xAxis(axis, ticks(spec.min, spec.max), top, plotBottom, spec.axisLabel, (value) =>
      String(value),
    ),
    ...spec.rows.map((row, index) => {
      const lines = wrapText(row.label, LABEL_WIDTH - 12, 2);
      const y = centres[index]! - 6;
      return (
        textLines(LABEL_WIDTH - 10, y, lines, { anchor: 'end' }) +
        text(
          LABEL_WIDTH - 10,
          y + (lines.length * 14.4) / 2 + 6,
          `${row.high.name} – ${row.low.name}`,
          {
            anchor: 'end',
            size: 9.5,
            colour: MUTED_COLOUR,
            baseline: 'middle',
          },
        )
      );
    }),
  ];
  spec.rows.forEach((row, index) => {
    const y = centres[index]!;
    const low = axis.scale(row.low.value);
    const high = axis.scale(row.high.value);
    parts.push(
      `<line x1="${px(low)}" y1="${px(y)}" x2="${px(high)}" y2="${px(y)}" stroke="#9aa3ab" stroke-width="3"/>`,
      marker(shapeOf(row.low.name), low, y, 6.5, colourOf(row.low.name)),
      marker(shapeOf(row.high.name), high, y, 6.5, colourOf(row.high.name)),
      text(low, y - 11, format(row.low.value, SCALE_DIGITS), {
        anchor: 'middle',
        size: SMALL_FONT_SIZE,
        colour: MUTED_COLOUR,
      }),
      text(high, y - 11, format(row.high.value, SCALE_DIGITS), {
        anchor: 'middle',
        size: SMALL_FONT_SIZE,
        colour: MUTED_COLOUR,
      }),
    );
  });
  return finish(parts, plotBottom + AXIS_HEIGHT, style);
}

function divergingChart(
  spec: DivergingChartSpec,
  style: ChartStyle,
  format: ValueFormat,
): RenderedChart {
  const legendPart = legend(
    spec.series.map((series, index) => ({
      label: series.name,
      colour: styleAt(series.style, index, style).colour,
      shape: 'bar' as const,
    })),
    LABEL_WIDTH,
    TOP_PAD,
    CHART_WIDTH - LABEL_WIDTH,
  );
  const top = TOP_PAD + legendPart.height + 22;
  const barHeight = 12;
  const rowHeight = Math.max(30, spec.series.length * (barHeight + 3) + 10);
  const plotBottom = top + rowHeight * spec.categories.length;
  const axis = linearAxis(-spec.limit, spec.limit, LABEL_WIDTH, CHART_WIDTH - RIGHT_PAD);
  const zero = axis.scale(0);
  const centres = spec.categories.map((_, index) => top + rowHeight * index + rowHeight / 2);
  const parts = [
    legendPart.svg,
    text(zero - 6, top - 8, `← ${spec.negativeLabel}`, {
      anchor: 'end',
      size: SMALL_FONT_SIZE,
      colour: MUTED_COLOUR,
    }),
    text(zero + 6, top - 8, `${spec.positiveLabel} →`, {
      size: SMALL_FONT_SIZE,
      colour: MUTED_COLOUR,
    }),
    xAxis(axis, ticks(-spec.limit, spec.limit), top, plotBottom, spec.axisLabel, (value) =>
      value > 0 ? `+${format(value, 1)}` : value < 0 ? `−${format(-value, 1)}` : format(0, 0),
    ),
    `<line x1="${px(zero)}" y1="${px(top)}" x2="${px(zero)}" y2="${px(plotBottom)}" stroke="${REFERENCE_COLOUR}" stroke-width="1.2"/>`,
    categoryLabels(spec.categories, centres, LABEL_WIDTH - 10),
  ];
  spec.categories.forEach((_, index) => {
    const groupTop = centres[index]! - (spec.series.length * (barHeight + 3) - 3) / 2;
    spec.series.forEach((series, seriesIndex) => {
      const value = series.values[index];
      if (value === null || value === undefined) return;
      const end = axis.scale(value);
      const y = groupTop + seriesIndex * (barHeight + 3);
      parts.push(
        `<rect x="${px(Math.min(zero, end))}" y="${px(y)}" width="${px(Math.max(1, Math.abs(end - zero)))}" height="${barHeight}" fill="${styleAt(series.style, seriesIndex, style).colour}"/>`,
      );
    });
  });
  return finish(parts, plotBottom + AXIS_HEIGHT, style);
}

function scatterChart(spec: ScatterChartSpec, style: ChartStyle): RenderedChart {
  const left = 60;
  const right = CHART_WIDTH - 24;
  const top = TOP_PAD + 6;
  const size = 360;
  const bottom = top + size;
  // Zoom in on whole points around the data (never past the scale): the quadrants are what matter.
  const values = spec.points
    .flatMap((point) => [point.x, point.y])
    .concat(spec.xSplit, spec.ySplit);
  const min = Math.max(spec.min, Math.floor(Math.min(...values)));
  const max = Math.min(spec.max, Math.ceil(Math.max(...values)));
  const low = max - min >= 1 ? min : spec.min;
  const high = max - min >= 1 ? max : spec.max;
  const x = linearAxis(low, high, left, right);
  const yScale = (value: number) =>
    bottom - ((Math.min(high, Math.max(low, value)) - low) / (high - low || 1)) * size;
  const tickValues = ticks(low, high);
  const parts: string[] = [
    xAxis(x, tickValues, top, bottom, spec.xLabel, (value) => String(value)),
  ];
  parts.push(yAxis(yScale, tickValues, { left, right, top, bottom }, spec.yLabel));
  const splitX = x.scale(spec.xSplit);
  const splitY = yScale(spec.ySplit);
  parts.push(
    `<line x1="${px(splitX)}" y1="${top}" x2="${px(splitX)}" y2="${bottom}" stroke="${REFERENCE_COLOUR}" stroke-dasharray="5 4"/>`,
    `<line x1="${left}" y1="${px(splitY)}" x2="${right}" y2="${px(splitY)}" stroke="${REFERENCE_COLOUR}" stroke-dasharray="5 4"/>`,
  );
  const [topLeft, topRight, bottomLeft, bottomRight] = spec.quadrantLabels;
  const corner = { size: SMALL_FONT_SIZE, colour: MUTED_COLOUR, weight: 'bold' as const };
  parts.push(
    text(left + 6, top + 14, topLeft, corner),
    text(right - 6, top + 14, topRight, { ...corner, anchor: 'end' }),
    text(left + 6, bottom - 8, bottomLeft, corner),
    text(right - 6, bottom - 8, bottomRight, { ...corner, anchor: 'end' }),
  );
  const points = spec.points.map((point) => ({
    ...point,
    cx: x.scale(point.x),
    cy: yScale(point.y),
  }));
  const own = spec.style ?? { colour: style.accent, shape: 'circle' as const };
  for (const point of points) parts.push(marker(own.shape, point.cx, point.cy, 5.5, own.colour));
  // Labels beside their point, moved up or down (with a leader line) until they overlap no other
  // label and no point.
  const boxes: { x1: number; x2: number; y1: number; y2: number }[] = points.map((point) => ({
    x1: point.cx - 6,
    x2: point.cx + 6,
    y1: point.cy - 6,
    y2: point.cy + 6,
  }));
  const overlaps = (box: (typeof boxes)[number]) =>
    boxes.some(
      (other) => box.x1 < other.x2 && other.x1 < box.x2 && box.y1 < other.y2 && other.y1 < box.y2,
    );
  for (const point of [...points].sort((a, b) => a.cy - b.cy)) {
    const width = textWidth(point.label, SMALL_FONT_SIZE);
    const onLeft = point.cx + 9 + width > right;
    const x1 = onLeft ? point.cx - 9 - width : point.cx + 9;
    let placed = { x1, x2: x1 + width, y1: point.cy - 7, y2: point.cy + 7 };
    for (let step = 1; overlaps(placed) && step < 12; step++) {
      const shift = Math.ceil(step / 2) * 13 * (step % 2 === 1 ? 1 : -1);
      placed = { ...placed, y1: point.cy - 7 + shift, y2: point.cy + 7 + shift };
    }
    boxes.push(placed);
    const labelY = (placed.y1 + placed.y2) / 2;
    if (Math.abs(labelY - point.cy) > 1) {
      const edge = onLeft ? placed.x2 : placed.x1;
      parts.push(
        `<line x1="${px(point.cx)}" y1="${px(point.cy)}" x2="${px(edge)}" y2="${px(labelY)}" stroke="#9aa3ab" stroke-width="0.8"/>`,
      );
    }
    parts.push(text(placed.x1, labelY, point.label, { size: SMALL_FONT_SIZE, baseline: 'middle' }));
  }
  // The cut-offs are stated on the chart itself, as on screen.
  const noteLines = wrapText(spec.cutOffNote, right - left, 2, SMALL_FONT_SIZE);
  parts.push(
    textLines(left, bottom + AXIS_HEIGHT + 4, noteLines, {
      size: SMALL_FONT_SIZE,
      colour: MUTED_COLOUR,
    }),
  );
  return finish(parts, bottom + AXIS_HEIGHT + 8 + noteLines.length * 14.4, style);
}

function finish(parts: string[], height: number, style: ChartStyle): RenderedChart {
  const total = Math.ceil(height + 4);
  return {
    svg: svgDocument(CHART_WIDTH, total, parts.join(''), style),
    width: CHART_WIDTH,
    height: total,
  };
}
