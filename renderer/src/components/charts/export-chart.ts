/**
 * Exporting a rendered recharts chart as a stand-alone SVG or PNG file.
 *
 * A chart on screen takes its look partly from CSS and its legend from HTML; a file has neither.
 * So the SVG is cloned with the computed styles inlined on every element, and the chart's title
 * and legend are drawn into the SVG itself. The PNG is that SVG drawn onto a canvas at twice the
 * size, sharp enough for a slide or a report.
 */
import type { MarkerShape } from '@shared/charts/group-style';
import { markerGeometry, svgPoints } from '@shared/charts/marker';
import { readableFileName } from '@shared/util/file-name';
import { saveFile } from '@renderer/platform/save-file';
import { CHART_INK } from './palette';
import { estimateTextWidth } from './label-layout';

export interface ExportLegendEntry {
  label: string;
  colour: string;
  /** stroke-dasharray; '' or undefined for solid. */
  dash?: string | undefined;
  /** The group's marker: on the legend line, or alone for dot charts (legend shape 'marker'). */
  marker?: MarkerShape | undefined;
}

export interface ChartExportOptions {
  title: string;
  description: string;
  legend?: ExportLegendEntry[] | undefined;
  /** Legend swatches as lines (default), filled boxes (bar charts) or markers (dot charts). */
  legendShape?: 'line' | 'box' | 'marker' | undefined;
}

export interface SerializedChart {
  markup: string;
  width: number;
  height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The style properties that decide how SVG shapes and text look. */
const INLINED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

const TITLE_FONT_SIZE = 16;
const LEGEND_FONT_SIZE = 12;
const PADDING = 12;
const LEGEND_ROW_HEIGHT = 20;
const SWATCH_WIDTH = 24;

/**
 * The chart's drawing: the recharts surface that is a direct child of the chart wrapper, not one
 * of the small surfaces recharts uses for legend icons.
 */
export function findChartSurface(container: Element): SVGSVGElement | null {
  const direct = container.querySelector<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface');
  if (direct) return direct;
  const all = [...container.querySelectorAll<SVGSVGElement>('svg.recharts-surface')];
  return (
    all.sort(
      (a, b) =>
        b.getBoundingClientRect().width * b.getBoundingClientRect().height -
        a.getBoundingClientRect().width * a.getBoundingClientRect().height,
    )[0] ?? null
  );
}

function inlineStyles(original: Element, clone: Element): void {
  const computed = getComputedStyle(original);
  const declarations = INLINED_PROPERTIES.map((property) => {
    const value = computed.getPropertyValue(property);
    return value ? `${property}:${value}` : '';
  }).filter(Boolean);
  clone.setAttribute('style', declarations.join(';'));
  clone.removeAttribute('class');
}

function element<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function legendMarker(entry: ExportLegendEntry, cx: number, cy: number): SVGElement {
  const geometry = markerGeometry(entry.marker ?? 'circle', cx, cy, 5);
  return geometry.kind === 'circle'
    ? element('circle', { cx: geometry.cx, cy: geometry.cy, r: geometry.r, fill: entry.colour })
    : element('polygon', { points: svgPoints(geometry.points), fill: entry.colour });
}

/** Lays out legend entries in rows that fit `width`; returns the group and its height. */
function legendGroup(
  entries: ExportLegendEntry[],
  shape: 'line' | 'box' | 'marker',
  width: number,
  fontFamily: string,
): { group: SVGGElement; height: number } {
  const group = element('g', { 'font-family': fontFamily, 'font-size': LEGEND_FONT_SIZE });
  let x = PADDING;
  let row = 0;
  for (const entry of entries) {
    const entryWidth = SWATCH_WIDTH + 6 + estimateTextWidth(entry.label, LEGEND_FONT_SIZE) + 18;
    if (x > PADDING && x + entryWidth > width - PADDING) {
      x = PADDING;
      row += 1;
    }
    const y = row * LEGEND_ROW_HEIGHT + LEGEND_ROW_HEIGHT / 2;
    const swatch =
      shape === 'box'
        ? element('rect', { x: x + 5, y: y - 6, width: 14, height: 12, rx: 2, fill: entry.colour })
        : shape === 'marker'
          ? legendMarker(entry, x + SWATCH_WIDTH / 2, y)
          : element('line', {
              x1: x,
              x2: x + SWATCH_WIDTH,
              y1: y,
              y2: y,
              stroke: entry.colour,
              'stroke-width': entry.marker ? 2 : 4,
              ...(entry.dash ? { 'stroke-dasharray': entry.dash } : {}),
            });
    group.append(swatch);
    // A line chart that marks its groups by shape shows the marker on the legend line too.
    if (shape === 'line' && entry.marker) {
      group.append(legendMarker(entry, x + SWATCH_WIDTH / 2, y));
    }
    group.append(
      element(
        'text',
        { x: x + SWATCH_WIDTH + 6, y, 'dominant-baseline': 'central', fill: CHART_INK.text },
        entry.label,
      ),
    );
    x += entryWidth;
  }
  return { group, height: entries.length === 0 ? 0 : (row + 1) * LEGEND_ROW_HEIGHT };
}

/**
 * A self-contained SVG document of the chart: white background, title on top, the drawing with
 * inline styles, the legend below, and <title>/<desc> for screen readers and file browsers.
 */
export function serializeChartSvg(
  svg: SVGSVGElement,
  options: ChartExportOptions,
): SerializedChart {
  const box = svg.getBoundingClientRect();
  const chartWidth = Math.max(1, Math.round(box.width || Number(svg.getAttribute('width')) || 600));
  const chartHeight = Math.max(
    1,
    Math.round(box.height || Number(svg.getAttribute('height')) || 400),
  );
  const fontFamily = getComputedStyle(svg).fontFamily || 'Arial, sans-serif';

  const drawing = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, drawing);
  const originals = svg.querySelectorAll('*');
  const clones = drawing.querySelectorAll('*');
  originals.forEach((original, index) => {
    const clone = clones[index];
    if (clone) inlineStyles(original, clone);
  });
  // recharts' own empty <title>/<desc> and keyboard affordances do not belong in a file.
  drawing.querySelectorAll(':scope > title, :scope > desc').forEach((node) => node.remove());
  drawing.removeAttribute('tabindex');
  drawing.removeAttribute('role');

  const titleHeight = TITLE_FONT_SIZE + PADDING * 2;
  const legend = legendGroup(
    options.legend ?? [],
    options.legendShape ?? 'line',
    chartWidth,
    fontFamily,
  );
  const width = chartWidth;
  const height =
    titleHeight + chartHeight + (legend.height > 0 ? legend.height + PADDING : 0) + PADDING;

  const root = element('svg', {
    xmlns: SVG_NS,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': fontFamily,
    role: 'img',
  });
  root.append(
    element('title', {}, options.title),
    element('desc', {}, options.description),
    element('rect', { x: 0, y: 0, width, height, fill: CHART_INK.background }),
    element(
      'text',
      {
        x: PADDING,
        y: PADDING + TITLE_FONT_SIZE,
        'font-size': TITLE_FONT_SIZE,
        'font-weight': 600,
        fill: CHART_INK.text,
      },
      options.title,
    ),
  );
  drawing.setAttribute('x', '0');
  drawing.setAttribute('y', String(titleHeight));
  drawing.setAttribute('width', String(chartWidth));
  drawing.setAttribute('height', String(chartHeight));
  root.append(drawing);
  if (legend.height > 0) {
    legend.group.setAttribute('transform', `translate(0 ${titleHeight + chartHeight + PADDING})`);
    root.append(legend.group);
  }
  const markup = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
  return { markup, width, height };
}

/** Draws a serialised chart onto a canvas at `scale` times its size and returns a PNG. */
export async function renderChartPng(chart: SerializedChart, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([chart.markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(chart.width * scale);
    canvas.height = Math.round(chart.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas available');
    context.fillStyle = CHART_INK.background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, chart.width, chart.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers a Blob as a download (the native save dialog inside Electron). */
export async function saveBlob(blob: Blob, fileName: string): Promise<void> {
  saveFile({ fileName, mimeType: blob.type, bytes: new Uint8Array(await blob.arrayBuffer()) });
}

/** The chart's file name: its title (in the UI's language) and client, as people read it. */
export function chartFileName(base: string, extension: 'svg' | 'png'): string {
  return `${readableFileName(base) || 'chart'}.${extension}`;
}

export async function exportChart(
  container: Element,
  format: 'svg' | 'png',
  fileName: string,
  options: ChartExportOptions,
): Promise<void> {
  const svg = findChartSurface(container);
  if (!svg) throw new Error('The chart has not been drawn yet');
  const chart = serializeChartSvg(svg, options);
  const blob =
    format === 'svg'
      ? new Blob([chart.markup], { type: 'image/svg+xml' })
      : await renderChartPng(chart);
  await saveBlob(blob, chartFileName(fileName, format));
}
