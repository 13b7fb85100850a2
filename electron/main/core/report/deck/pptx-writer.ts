/**
 * Draws the workshop deck (shared/report/deck.ts) as a .pptx with pptxgenjs: 16:9 slides in the
 * house style (logo, accent colour, fonts), a message title on every slide, native PowerPoint
 * charts with their data in an embedded workbook (the same colours per group as the report),
 * a discussion question per finding, and speaker notes with the numbers and the method.
 */
import { unzipSync } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import { DRAWINGML_SYMBOL } from '@shared/charts/marker';
import { GROUPS_CHART, groupsChartLabelAngle, groupsChartStep } from '@shared/charts/groups-chart';
import type { ChartSpec, SeriesStyle } from '@shared/report/chart-spec';
import { buildDeck, type Deck, type DeckSlide } from '@shared/report/deck';
import type { HouseStyle, StoredLogo } from '@shared/report/settings';
import { MARKERS, OKABE_ITO } from '../charts/svg';
import { svgToPng } from '../png';
import type { BuiltReport } from '../built-report';
import { OUTPUT_TEXT } from '@shared/i18n/output';
import { inBothLanguages } from '@shared/i18n/texts';
import { zipPackage } from '../zip-package';

export interface DeckAssets {
  style: HouseStyle;
  logo: StoredLogo | null;
}

/** LAYOUT_WIDE: 13.33 × 7.5 inches. */
const SLIDE = { width: 13.333, height: 7.5, margin: 0.6 };
const DARK = '1D2733';
const MUTED = '5B6770';
const NORM_GREY = '9AA5AE';

const hex = (colour: string) => colour.replace('#', '').toUpperCase();

interface ChartPlan {
  type: 'bar' | 'line' | 'scatter';
  data: { name: string; labels?: string[]; values: number[] }[];
  options: Record<string, unknown>;
  /** Each series' own marker, in order, for charts that draw markers. */
  markers?: SeriesMarker[];
}

/** A series' marker as DrawingML draws it: the group's symbol and colour (hex without '#'). */
interface SeriesMarker {
  symbol: (typeof DRAWINGML_SYMBOL)[keyof typeof DRAWINGML_SYMBOL];
  colour: string;
  size: number;
}

/** A series' marker: its group's own shape and colour, else the house palette's by position. */
function seriesMarker(own: SeriesStyle | undefined, index: number, size: number): SeriesMarker {
  return {
    symbol: DRAWINGML_SYMBOL[own?.shape ?? MARKERS[index % MARKERS.length]!],
    colour: hex(own?.colour ?? OKABE_ITO[index % OKABE_ITO.length]!),
    size,
  };
}

/** Marker size in points on a slide. */
const MARKER_SIZE = 11;

/** Categories where a series has no value are left out of the deck's chart (a gap in Word). */
function complete(categories: string[], series: PlanSeries[]) {
  const keep = categories.map((_, index) =>
    series.every((entry) => entry.values[index] !== null && entry.values[index] !== undefined),
  );
  return {
    labels: categories.filter((_, index) => keep[index]),
    series: series.map((entry) => ({
      name: entry.name,
      values: entry.values.filter((_, index) => keep[index]) as number[],
      style: entry.style,
    })),
  };
}

/** A series of a chart spec: its group's colour when it has one, else the palette by position. */
interface PlanSeries {
  name: string;
  values: (number | null)[];
  style?: SeriesStyle;
}

function chartPlan(spec: ChartSpec, style: HouseStyle): ChartPlan {
  const font = style.bodyFont;
  const common = {
    catAxisOrientation: 'maxMin',
    catAxisLabelFontFace: font,
    catAxisLabelFontSize: 12,
    catAxisLabelColor: DARK,
    valAxisLabelFontFace: font,
    valAxisLabelFontSize: 11,
    valAxisLabelColor: MUTED,
    valGridLine: { color: 'E3E7EA', size: 0.75 },
    legendFontFace: font,
    legendFontSize: 12,
    legendPos: 'b',
    barDir: 'bar',
    barGapWidthPct: 60,
    dataLabelFontFace: font,
    dataLabelFontSize: 11,
    dataLabelColor: DARK,
    // Means and differences with two decimals, as on every surface (SCALE_DIGITS).
    dataLabelFormatCode: '0.00',
  };
  const groupBars = (
    categories: string[],
    series: PlanSeries[],
    min: number,
    max: number,
    title: string,
  ): ChartPlan => {
    const { labels, series: filled } = complete(categories, series);
    return {
      type: 'bar',
      data: filled.map((entry) => ({ name: entry.name, values: entry.values, labels })),
      options: {
        ...common,
        chartColors: filled.map((entry, index) =>
          hex(entry.style?.colour ?? OKABE_ITO[index % OKABE_ITO.length]!),
        ),
        showLegend: filled.length > 1,
        showValue: filled.length <= 3,
        valAxisMinVal: min,
        valAxisMaxVal: max,
        valAxisMajorUnit: max - min <= 10 ? (max - min <= 2 ? 0.5 : 1) : undefined,
        showValAxisTitle: true,
        valAxisTitle: title,
        valAxisTitleFontSize: 11,
        valAxisTitleColor: MUTED,
      },
    };
  };
  switch (spec.type) {
    case 'bars': {
      const series = [
        spec.series[0] ?? { name: '', values: [] },
        ...(spec.reference ? [spec.reference] : []),
      ];
      const plan = groupBars(spec.categories, series, spec.min, spec.max, spec.axisLabel);
      return {
        ...plan,
        options: {
          ...plan.options,
          chartColors: [hex(style.accentColour), NORM_GREY],
          showValue: true,
          dataLabelFormatCode: spec.digits === 0 ? '0' : '0.00',
          valAxisMaxVal: spec.digits === 0 ? undefined : spec.max,
        },
      };
    }
    case 'dots': {
      // As in the Word report: a line per group through its scores, with the group's marker.
      const { labels, series } = complete(spec.categories, spec.series);
      const markers = series.map((entry, index) => seriesMarker(entry.style, index, MARKER_SIZE));
      return {
        type: 'line',
        data: series.map((entry) => ({ name: entry.name, values: entry.values, labels })),
        markers,
        options: {
          ...common,
          // Upright, as in Word and the picture (shared/charts/groups-chart.ts): the categories
          // along the bottom (pptxgenjs places a line chart's axes by its bar direction).
          barDir: 'col',
          catAxisOrientation: 'minMax',
          catAxisLabelRotate: groupsChartLabelAngle(labels) || undefined,
          chartColors: markers.map((marker) => marker.colour),
          lineSize: GROUPS_CHART.lineWidth,
          // pptxgenjs sets one symbol for all series and knows no x or plus: a placeholder,
          // replaced by each series' own marker in the written chart (withSeriesMarkers).
          lineDataSymbol: 'circle',
          lineDataSymbolSize: MARKER_SIZE,
          showLegend: true,
          showValue: false,
          valAxisMinVal: spec.min,
          valAxisMaxVal: spec.max,
          valAxisMajorUnit: groupsChartStep(spec.min, spec.max),
          showValAxisTitle: true,
          valAxisTitle: spec.axisLabel,
          valAxisTitleFontSize: 11,
          valAxisTitleColor: MUTED,
        },
      };
    }
    case 'dumbbell':
      return groupBars(
        spec.rows.map((row) => `${row.label} (${row.high.name} – ${row.low.name})`),
        [
          { name: spec.seriesNames.higher, values: spec.rows.map((row) => row.high.value) },
          { name: spec.seriesNames.lower, values: spec.rows.map((row) => row.low.value) },
        ],
        spec.min,
        spec.max,
        spec.axisLabel,
      );
    case 'diverging':
      return groupBars(spec.categories, spec.series, -spec.limit, spec.limit, spec.axisLabel);
    case 'scatter': {
      const marker = seriesMarker(spec.style, 0, 10);
      const colour = marker.colour;
      return {
        type: 'scatter',
        markers: [marker],
        data: [
          { name: spec.xLabel, values: spec.points.map((point) => point.x) },
          {
            name: spec.yLabel,
            values: spec.points.map((point) => point.y),
            labels: spec.points.map((point) => point.label),
          },
        ],
        options: {
          chartColors: [colour],
          lineSize: 0,
          lineDataSymbol: 'circle',
          lineDataSymbolSize: 10,
          showLabel: true,
          dataLabelFormatScatter: 'custom',
          dataLabelPosition: 'r',
          dataLabelFontFace: font,
          dataLabelFontSize: 11,
          valAxisMinVal: spec.min,
          valAxisMaxVal: spec.max,
          catAxisMinVal: spec.min,
          catAxisMaxVal: spec.max,
          valAxisMajorUnit: 1,
          catAxisMajorUnit: 1,
          showValAxisTitle: true,
          valAxisTitle: spec.yLabel,
          showCatAxisTitle: true,
          catAxisTitle: spec.xLabel,
          valAxisCrossesAt: spec.ySplit,
          catAxisCrossesAt: spec.xSplit,
          catAxisLabelPos: 'low',
          valAxisLabelPos: 'low',
          showLegend: false,
        },
      };
    }
  }
}

function addTitle(slide: PptxGenJS.Slide, text: string, style: HouseStyle) {
  slide.addText(text, {
    x: SLIDE.margin,
    y: 0.35,
    w: SLIDE.width - 2 * SLIDE.margin,
    h: 1.1,
    fontFace: style.headingFont,
    fontSize: 24,
    bold: true,
    color: hex(style.accentColour),
    valign: 'top',
    fit: 'shrink',
  });
}

function addQuestion(slide: PptxGenJS.Slide, question: string, label: string, style: HouseStyle) {
  slide.addText(
    [
      { text: `${label}: `, options: { bold: true, color: hex(style.accentColour) } },
      { text: question, options: { color: DARK } },
    ],
    {
      x: SLIDE.margin,
      y: SLIDE.height - 1.15,
      w: SLIDE.width - 2 * SLIDE.margin,
      h: 0.7,
      fontFace: style.bodyFont,
      fontSize: 16,
      fill: { color: 'F2F4F6' },
      line: { color: hex(style.accentColour), width: 1.5 },
      margin: 8,
      valign: 'middle',
    },
  );
}

function addFooter(slide: PptxGenJS.Slide, deck: Deck, style: HouseStyle) {
  slide.addText([deck.clientName, deck.firmName].filter(Boolean).join(' · '), {
    x: SLIDE.margin,
    y: SLIDE.height - 0.4,
    w: 8,
    h: 0.3,
    fontFace: style.bodyFont,
    fontSize: 9,
    color: MUTED,
  });
}

const LABELS = inBothLanguages(OUTPUT_TEXT, (texts) => texts.deckLabels);

function drawSlide(
  pptx: PptxGenJS,
  deck: Deck,
  content: DeckSlide,
  style: HouseStyle,
  logo: { data: string; width: number; height: number } | null,
  chartMarkers: SeriesMarker[][],
) {
  const slide = pptx.addSlide();
  const labels = LABELS[deck.language];
  slide.addNotes(content.notes);
  const font = style.bodyFont;
  switch (content.kind) {
    case 'title': {
      slide.background = { color: 'FFFFFF' };
      slide.addShape('rect', {
        x: 0,
        y: 0,
        w: 0.25,
        h: SLIDE.height,
        fill: { color: hex(style.accentColour) },
        line: { color: hex(style.accentColour) },
      });
      if (logo) {
        const scale = Math.min(2.6 / logo.width, 1.0 / logo.height);
        slide.addImage({
          data: logo.data,
          x: SLIDE.width - SLIDE.margin - logo.width * scale,
          y: 0.5,
          w: logo.width * scale,
          h: logo.height * scale,
        });
      }
      slide.addText(content.title, {
        x: 1,
        y: 2.2,
        w: SLIDE.width - 2,
        h: 1.6,
        fontFace: style.headingFont,
        fontSize: 34,
        bold: true,
        color: hex(style.accentColour),
        valign: 'bottom',
        fit: 'shrink',
      });
      slide.addText(content.subtitle, {
        x: 1,
        y: 3.9,
        w: SLIDE.width - 2,
        h: 0.6,
        fontFace: style.headingFont,
        fontSize: 20,
        color: MUTED,
      });
      slide.addText(content.meta.join('\n'), {
        x: 1,
        y: 5,
        w: SLIDE.width - 2,
        h: 1.2,
        fontFace: font,
        fontSize: 14,
        color: DARK,
        valign: 'top',
      });
      return;
    }
    case 'chart': {
      addTitle(slide, content.title, style);
      const plan = chartPlan(content.chart, style);
      chartMarkers.push(plan.markers ?? []);
      slide.addChart(pptx.ChartType[plan.type], plan.data, {
        x: SLIDE.margin,
        y: 1.5,
        w: SLIDE.width - 2 * SLIDE.margin,
        h: SLIDE.height - 1.5 - 1.35,
        ...plan.options,
      } as PptxGenJS.IChartOpts);
      addQuestion(slide, content.question, labels.discuss, style);
      break;
    }
    case 'quotes': {
      addTitle(slide, content.title, style);
      content.quotes.forEach((quote, index) => {
        slide.addText(
          [
            {
              text: `“${quote.text}”`,
              options: { italic: true, fontSize: 20, color: DARK, breakLine: true },
            },
            { text: `— ${quote.attribution}`, options: { fontSize: 14, color: MUTED } },
          ],
          {
            x: SLIDE.margin + 0.3,
            y: 1.6 + index * 2.1,
            w: SLIDE.width - 2 * SLIDE.margin - 0.6,
            h: 1.9,
            fontFace: font,
            valign: 'top',
            fit: 'shrink',
          },
        );
      });
      addQuestion(slide, content.question, labels.discuss, style);
      break;
    }
    case 'recommendations': {
      addTitle(slide, content.title, style);
      const header = [labels.action, labels.priority, labels.owner, labels.due].map((text) => ({
        text,
        options: { bold: true, color: 'FFFFFF', fill: { color: hex(style.accentColour) } },
      }));
      slide.addTable(
        [
          header,
          ...content.rows.map((row) =>
            [row.action, row.priority, row.owner, row.due].map((text) => ({
              text,
              options: text === '?' ? { color: 'B42318', bold: true } : {},
            })),
          ),
        ],
        {
          x: SLIDE.margin,
          y: 1.5,
          w: SLIDE.width - 2 * SLIDE.margin,
          colW: [7.1, 1.5, 1.8, 1.73],
          fontFace: font,
          fontSize: 14,
          color: DARK,
          border: { type: 'solid', pt: 0.75, color: 'C8CED3' },
          valign: 'middle',
          autoPage: false,
        },
      );
      break;
    }
    case 'questions': {
      addTitle(slide, content.title, style);
      slide.addText(
        content.questions.map((question) => ({
          text: question,
          options: { bullet: { type: 'number' }, breakLine: true },
        })),
        {
          x: SLIDE.margin,
          y: 1.6,
          w: SLIDE.width - 2 * SLIDE.margin,
          h: SLIDE.height - 2.4,
          fontFace: font,
          fontSize: 20,
          color: DARK,
          valign: 'top',
          paraSpaceAfter: 12,
          fit: 'shrink',
        },
      );
      break;
    }
  }
  addFooter(slide, deck, style);
}

async function logoImage(logo: StoredLogo | null) {
  if (!logo) return null;
  const png =
    logo.mimeType === 'image/png'
      ? logo.bytes
      : await svgToPng(new TextDecoder().decode(logo.bytes), Math.max(2, 600 / logo.width));
  return {
    data: `image/png;base64,${Buffer.from(png).toString('base64')}`,
    width: logo.width,
    height: logo.height,
  };
}

/** The deck's bytes. */
export async function writeDeck(deck: Deck, assets: DeckAssets): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = deck.firmName || 'Klantspiegel';
  pptx.company = deck.firmName;
  pptx.title = deck.title;
  pptx.subject = deck.clientName;
  pptx.theme = { headFontFace: assets.style.headingFont, bodyFontFace: assets.style.bodyFont };
  const logo = await logoImage(assets.logo);
  const chartMarkers: SeriesMarker[][] = [];
  for (const slide of deck.slides) drawSlide(pptx, deck, slide, assets.style, logo, chartMarkers);
  const output = (await pptx.write({ outputType: 'uint8array', compression: false })) as Uint8Array;
  return withSeriesMarkers(output, chartMarkers);
}

/** A series' `c:marker`, as PowerPoint writes one: the symbol filled and outlined in its colour. */
function markerXml(marker: SeriesMarker): string {
  const fill = `<a:solidFill><a:srgbClr val="${marker.colour}"/></a:solidFill>`;
  return (
    `<c:marker><c:symbol val="${marker.symbol}"/><c:size val="${marker.size}"/>` +
    `<c:spPr>${fill}<a:ln w="9525" cap="flat">${fill}<a:prstDash val="solid"/><a:round/></a:ln>` +
    '<a:effectLst/></c:spPr></c:marker>'
  );
}

/**
 * Gives every series its group's marker in the written deck. pptxgenjs has one marker symbol per
 * chart and no x or plus, so the deck is written uncompressed, each chart part's series markers
 * (in the order the charts were added, which is the order of their part numbers) are replaced
 * by the series' own, and the package is compressed once. The category labels of those charts
 * get an explicit slant (level unless set), as Word's have.
 */
function withSeriesMarkers(pptx: Uint8Array, chartMarkers: SeriesMarker[][]): Uint8Array {
  const files = unzipSync(pptx);
  const number = (name: string) => Number(/(\d+)\.xml$/.exec(name)![1]);
  const charts = Object.keys(files)
    .filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))
    .sort((a, b) => number(a) - number(b));
  if (charts.length !== chartMarkers.length) {
    throw new Error(`deck has ${charts.length} charts, ${chartMarkers.length} planned`);
  }
  const parts = new Map(Object.entries(files));
  charts.forEach((name, index) => {
    const markers = chartMarkers[index]!;
    if (markers.length === 0) return;
    let series = 0;
    const xml = new TextDecoder()
      .decode(files[name])
      .replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
        const marker = markers[series++];
        return marker ? ser.replace(/<c:marker>[\s\S]*?<\/c:marker>/, markerXml(marker)) : ser;
      })
      // Level category labels stay level (pptxgenjs leaves an unslanted axis to PowerPoint's
      // own choice, which may slant them), as in Word and the picture.
      .replace(/(<c:catAx>[\s\S]*?)<a:bodyPr\/>/, '$1<a:bodyPr rot="0" vert="horz"/>');
    if (series !== markers.length) {
      throw new Error(`${name} has ${series} series, ${markers.length} markers planned`);
    }
    parts.set(name, new TextEncoder().encode(xml));
  });
  return zipPackage(parts);
}

/** The workshop deck of a built report. */
export function writeWorkshopDeck(built: BuiltReport, assets: DeckAssets): Promise<Uint8Array> {
  return writeDeck(buildDeck(built.data, built.document, built.settings), assets);
}
