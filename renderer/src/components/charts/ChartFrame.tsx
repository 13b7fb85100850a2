import { useId, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsiveContainer } from 'recharts';
import type { MarkerShape } from '@shared/charts/group-style';
import { markerGeometry, svgPoints } from '@shared/charts/marker';
import { ChartTable, type ChartTableData } from './ChartTable';
import { exportChart } from './export-chart';

export interface ChartLegendEntry {
  label: string;
  /** A colour from `seriesStyle()` / `CHART_PALETTE` (colour-blind safe). */
  colour: string;
  /** stroke-dasharray of the series' line; '' or undefined for solid. Ignored for boxes. */
  dash?: string | undefined;
  /** The group's marker, drawn on the line, when the chart marks groups by shape. */
  marker?: MarkerShape | undefined;
}

/** How legend entries are drawn: a line (line and radar charts) or a filled box (bars). */
export type ChartLegendShape = 'line' | 'box';

export interface ChartFrameProps {
  /** Visible heading; also the accessible name of the figure and the title inside exports. */
  title: string;
  /** One or two sentences on what the chart shows: the figure's accessible description. */
  description: string;
  /** Base of the export file names, without extension (it is made file-system safe). */
  fileName: string;
  /**
   * The chart's numbers as a table, shown instead of the chart by "Show as table". Give every
   * number the chart shows, formatted for the UI language.
   */
  table: ChartTableData;
  /**
   * The series, shown as a legend under the chart and drawn into exported files. Leave recharts'
   * own <Legend> out: it is HTML and would not appear in the exports.
   */
  legend?: ChartLegendEntry[];
  /** Swatch of the legend entries (default 'line'; use 'box' for bar charts). */
  legendShape?: ChartLegendShape;
  /** Level of the heading element (default 3). */
  headingLevel?: 2 | 3 | 4;
  /** Height of the chart area in pixels (default 320); the width follows the container. */
  height?: number;
  /**
   * One recharts chart element (BarChart, RadarChart, …) without a ResponsiveContainer: the frame
   * sizes it. Give it `title` and `desc` props as well so the SVG itself is labelled.
   */
  children: ReactElement;
}

type ExportState = 'idle' | 'busy' | 'failed';

/**
 * The frame every chart in Klantspiegel sits in: a heading and description for screen readers,
 * a "Show as table" toggle with the same numbers, PNG and SVG export, and a legend that is part
 * of the exported file.
 */
export function ChartFrame({
  title,
  description,
  fileName,
  table,
  legend = [],
  legendShape = 'line',
  headingLevel = 3,
  height = 320,
  children,
}: ChartFrameProps) {
  const { t } = useTranslation();
  const id = useId();
  const chartArea = useRef<HTMLDivElement>(null);
  const [showTable, setShowTable] = useState(false);
  const [exportState, setExportState] = useState<ExportState>('idle');
  const Heading = `h${headingLevel}` as const;
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;

  async function runExport(format: 'svg' | 'png') {
    if (!chartArea.current) return;
    setExportState('busy');
    try {
      await exportChart(chartArea.current, format, fileName, {
        title,
        description,
        legend,
        legendShape,
      });
      setExportState('idle');
    } catch {
      setExportState('failed');
    }
  }

  return (
    <figure className="chart-frame" aria-labelledby={titleId} aria-describedby={descriptionId}>
      <div className="chart-frame__header">
        <Heading id={titleId} className="chart-frame__title">
          {title}
        </Heading>
        <div className="chart-frame__actions">
          <button
            type="button"
            className="button button--small"
            aria-pressed={showTable}
            onClick={() => setShowTable((value) => !value)}
          >
            {t('charts.showAsTable')}
          </button>
          {!showTable && (
            <>
              <button
                type="button"
                className="button button--small"
                disabled={exportState === 'busy'}
                onClick={() => void runExport('png')}
              >
                {t('charts.exportPng')}
              </button>
              <button
                type="button"
                className="button button--small"
                disabled={exportState === 'busy'}
                onClick={() => void runExport('svg')}
              >
                {t('charts.exportSvg')}
              </button>
            </>
          )}
        </div>
      </div>
      <p id={descriptionId} className="chart-frame__description">
        {description}
      </p>
      {exportState === 'failed' && (
        <p className="chart-frame__error" role="alert">
          {t('charts.exportFailed')}
        </p>
      )}
      {showTable ? (
        <ChartTable data={table} caption={title} />
      ) : (
        <>
          <div ref={chartArea} className="chart-frame__chart" style={{ height }}>
            <ResponsiveContainer width="100%" height="100%">
              {children}
            </ResponsiveContainer>
          </div>
          {legend.length > 0 && (
            <ul className="chart-legend" aria-label={t('charts.legend')}>
              {legend.map((entry) => (
                <li key={entry.label}>
                  <svg width="26" height="12" aria-hidden="true" focusable="false">
                    {legendShape === 'box' ? (
                      <rect x="6" y="0" width="14" height="12" rx="2" fill={entry.colour} />
                    ) : (
                      <>
                        <line
                          x1="1"
                          x2="25"
                          y1="6"
                          y2="6"
                          stroke={entry.colour}
                          strokeWidth={entry.marker ? 2 : 4}
                          strokeDasharray={entry.dash || undefined}
                        />
                        {entry.marker && (
                          <LegendMarker shape={entry.marker} colour={entry.colour} />
                        )}
                      </>
                    )}
                  </svg>
                  {entry.label}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </figure>
  );
}

/** A group's marker in the middle of its legend line, as in the chart. */
function LegendMarker({ shape, colour }: { shape: MarkerShape; colour: string }) {
  const geometry = markerGeometry(shape, 13, 6, 4.5);
  return geometry.kind === 'circle' ? (
    <circle cx={geometry.cx} cy={geometry.cy} r={geometry.r} fill={colour} />
  ) : (
    <polygon points={svgPoints(geometry.points)} fill={colour} />
  );
}
