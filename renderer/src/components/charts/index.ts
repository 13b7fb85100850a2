export { ChartFrame, type ChartFrameProps, type ChartLegendEntry } from './ChartFrame';
export {
  ChartTable,
  type ChartTableData,
  type ChartTableColumn,
  type ChartTableRow,
} from './ChartTable';
export { PointLabels, type LabelledPoint } from './PointLabels';
export {
  CHART_INK,
  CHART_DASHES,
  CHART_PALETTE,
  NEUTRAL_SERIES_COLOUR,
  divergingColours,
  seriesStyle,
  textColourOn,
  type SeriesStyle,
} from './palette';
export {
  chartFileName,
  exportChart,
  findChartSurface,
  renderChartPng,
  saveBlob,
  serializeChartSvg,
  type ChartExportOptions,
  type SerializedChart,
} from './export-chart';
