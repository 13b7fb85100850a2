/**
 * Writes a report document model as a .docx with `docx`: real styles throughout, a table of
 * contents field (already listing the headings, and updated with page numbers by Word on opening:
 * `updateFields`), numbered captions with SEQ fields, charts as SVG with a sharp PNG fallback and
 * alt text, real Word tables, and the client's name and page numbers in header and footer.
 *
 * docx can estimate the contents' page numbers by laying the pages out itself, but that takes
 * longer than the whole rest of the report and a third of its memory; Word fills them in anyway.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  SimpleField,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import type { ReportBlock, ReportDocument } from '@shared/report/document';
import type { HouseStyle, StoredLogo } from '@shared/report/settings';
import type { Language } from '@shared/questionnaire/instrument';
import { formatNumber } from '@shared/i18n/format';
import { wordsFor } from '@shared/report/words';
import { renderChart, type RenderedChart } from './charts/render';
import { OKABE_ITO, type ChartStyle } from './charts/svg';
import { STYLE, styleSetup } from './docx-styles';
import { PngRenderer, pngScaleFor } from './png';
import { isSelfContainedLogo } from './logo';
import type { StoredTemplate } from './store';

export interface DocxAssets {
  style: HouseStyle;
  logo: StoredLogo | null;
  template: StoredTemplate | null;
}

export type WriteProgress = (stage: 'charts' | 'writing' | 'packing', fraction: number) => void;

/** A4 with 2.5 cm margins: 9,070 twips (about 605 px) of text width. */
const PAGE = { width: 11906, height: 16838, margin: 1418 };
export const TEXT_WIDTH_TWIPS = PAGE.width - 2 * PAGE.margin;
const BULLETS = 'ks-bullets';
const NUMBERS = 'ks-numbers';
const LOGO_BOX = { width: 220, height: 90 };

export function chartStyleFor(style: HouseStyle): ChartStyle {
  return {
    fontFamily: `${style.bodyFont}, Carlito, 'Liberation Sans', Arial, sans-serif`,
    accent: style.accentColour,
    palette: OKABE_ITO,
  };
}

export function chartFormat(language: Language) {
  return (value: number, digits: number) =>
    value < 0
      ? `−${formatNumber(-value, language, digits)}`
      : formatNumber(value, language, digits);
}

interface PreparedChart extends RenderedChart {
  png: Uint8Array;
}

interface PreparedLogo {
  data: Uint8Array;
  svg: Uint8Array | null;
  width: number;
  height: number;
}

export async function writeReportDocx(
  document: ReportDocument,
  assets: DocxAssets,
  onProgress: WriteProgress = () => {},
): Promise<Uint8Array> {
  const renderer = new PngRenderer([assets.style.bodyFont, assets.style.headingFont]);
  let charts: Map<ReportBlock, PreparedChart>;
  let logo: PreparedLogo | null;
  try {
    charts = await prepareCharts(document, assets.style, renderer, onProgress);
    logo = await prepareLogo(assets.logo, renderer);
  } finally {
    // Ends the rendering thread: its pixel buffers are freed before the document is packed.
    await renderer.close();
  }
  onProgress('writing', 0);
  const styles = styleSetup(assets.style, document.language, assets.template);
  const sections: ISectionOptions[] = [];
  if (document.cover)
    sections.push({ properties: pageProperties(), children: coverChildren(document, logo) });
  const body: (Paragraph | Table | TableOfContents)[] = [];
  if (document.contentsTitle) {
    body.push(
      new Paragraph({ style: STYLE.tocHeading, text: document.contentsTitle }),
      new TableOfContents(document.contentsTitle, { hyperlink: true, headingStyleRange: '1-2' }),
    );
  }
  let listInstance = 0;
  document.sections.forEach((section, index) => {
    const breakBefore = index > 0 || body.length > 0;
    body.push(
      new Paragraph({ style: STYLE.heading1, text: section.title, pageBreakBefore: breakBefore }),
    );
    for (const block of section.blocks) {
      body.push(...blockChildren(block, document, charts, () => ++listInstance));
    }
    onProgress('writing', (index + 1) / document.sections.length);
  });
  sections.push({
    properties: pageProperties(),
    headers: { default: header(document) },
    footers: { default: footer(document) },
    children: body,
  });

  const file = new Document({
    creator: document.firmName || 'Klantspiegel',
    title: document.cover?.title ?? document.clientName,
    description: document.cover?.subtitle ?? '',
    externalStyles: styles.externalStyles,
    styles: { paragraphStyles: styles.paragraphStyles },
    theme: styles.theme,
    features: { updateFields: true },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 360 } } },
            },
          ],
        },
        {
          reference: NUMBERS,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections,
  });
  onProgress('packing', 0);
  const buffer = await Packer.toBuffer(file);
  onProgress('packing', 1);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Renders every chart's SVG, and its PNG in the rendering thread. */
async function prepareCharts(
  document: ReportDocument,
  style: HouseStyle,
  renderer: PngRenderer,
  onProgress: WriteProgress,
): Promise<Map<ReportBlock, PreparedChart>> {
  const chartStyle = chartStyleFor(style);
  const format = chartFormat(document.language);
  const blocks = document.sections.flatMap((section) =>
    section.blocks.filter((block) => block.kind === 'chart'),
  );
  const rendered = blocks.map((block) => renderChart(block.spec, chartStyle, format));
  const prepared = new Map<ReportBlock, PreparedChart>();
  let done = 0;
  onProgress('charts', 0);
  await renderer.renderAll(
    rendered.map((chart) => ({ svg: chart.svg, scale: pngScaleFor(chart.width) })),
    (index, png) => {
      prepared.set(blocks[index]!, { ...rendered[index]!, png });
      onProgress('charts', ++done / blocks.length);
    },
  );
  return prepared;
}

async function prepareLogo(
  logo: StoredLogo | null,
  renderer: PngRenderer,
): Promise<PreparedLogo | null> {
  if (!logo || !isSelfContainedLogo(logo)) return null;
  const scale = Math.min(LOGO_BOX.width / logo.width, LOGO_BOX.height / logo.height, 1);
  const width = Math.max(1, Math.round(logo.width * scale));
  const height = Math.max(1, Math.round(logo.height * scale));
  if (logo.mimeType === 'image/png') return { data: logo.bytes, svg: null, width, height };
  const svg = new TextDecoder().decode(logo.bytes);
  const png = await renderer.render(svg, Math.max(2, (3 * width) / logo.width));
  return { data: png, svg: logo.bytes, width, height };
}

function pageProperties(): ISectionOptions['properties'] {
  return {
    page: {
      size: { width: PAGE.width, height: PAGE.height },
      margin: {
        top: PAGE.margin,
        bottom: PAGE.margin,
        left: PAGE.margin,
        right: PAGE.margin,
        header: 709,
        footer: 709,
      },
    },
  };
}

function coverChildren(document: ReportDocument, logo: PreparedLogo | null): Paragraph[] {
  const cover = document.cover!;
  const children: Paragraph[] = [];
  if (logo) {
    const altText = {
      name: 'logo',
      title: cover.firmName || 'Logo',
      description: cover.firmName || 'Logo',
    };
    const transformation = { width: logo.width, height: logo.height };
    children.push(
      new Paragraph({
        spacing: { after: 1200 },
        children: [
          logo.svg
            ? new ImageRun({
                type: 'svg',
                data: logo.svg,
                fallback: { type: 'png', data: logo.data },
                transformation,
                altText,
              })
            : new ImageRun({ type: 'png', data: logo.data, transformation, altText }),
        ],
      }),
    );
  } else {
    children.push(new Paragraph({ spacing: { after: 1600 }, children: [] }));
  }
  children.push(
    new Paragraph({ style: STYLE.title, text: cover.title }),
    new Paragraph({ style: STYLE.subtitle, text: cover.subtitle }),
  );
  const words = wordsFor(document.language);
  const meta: [string, string][] = [
    [words.preparedFor, cover.clientName],
    [words.preparedBy, cover.firmName],
    [words.consultant, cover.consultants],
    [words.date, cover.date],
  ];
  for (const [label, value] of meta) {
    if (!value) continue;
    children.push(
      new Paragraph({
        style: STYLE.coverMeta,
        children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
      }),
    );
  }
  if (cover.sampleNotice) {
    children.push(
      new Paragraph({ style: STYLE.note, spacing: { before: 600 }, text: cover.sampleNotice }),
    );
  }
  return children;
}

function header(document: ReportDocument): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.header,
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH_TWIPS }],
        children: [
          new TextRun(document.clientName),
          new TextRun({ children: ['\t', document.firmName] }),
        ],
      }),
    ],
  });
}

function footer(document: ReportDocument): Footer {
  const { page, of } = document.labels;
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH_TWIPS }],
        children: [
          new TextRun(document.cover?.title ?? ''),
          new TextRun({
            children: ['\t', `${page} `, PageNumber.CURRENT, ` ${of} `, PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

/** "Figuur 3. …": the number is a SEQ field, so Word renumbers when figures are added. */
function caption(label: string, number: number, text: string, keepNext: boolean): Paragraph {
  const children: ParagraphChild[] = [
    new TextRun(`${label} `),
    new SimpleField(`SEQ ${label} \\* ARABIC`, String(number)),
    new TextRun(`. ${text}`),
  ];
  return new Paragraph({ style: STYLE.caption, keepNext, children });
}

function blockChildren(
  block: ReportBlock,
  document: ReportDocument,
  charts: Map<ReportBlock, PreparedChart>,
  nextListInstance: () => number,
): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          style: block.level === 2 ? STYLE.heading2 : STYLE.heading3,
          text: block.text,
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          style: block.note ? STYLE.note : STYLE.normal,
          children: block.lead
            ? [new TextRun({ text: block.lead, bold: true }), new TextRun(` ${block.text}`)]
            : [new TextRun(block.text)],
        }),
      ];
    case 'list': {
      const instance = nextListInstance();
      return block.items.map(
        (item) =>
          new Paragraph({
            style: block.ordered ? STYLE.listNumber : STYLE.listBullet,
            numbering: { reference: block.ordered ? NUMBERS : BULLETS, level: 0, instance },
            text: item,
          }),
      );
    }
    case 'quote':
      return [
        new Paragraph({ style: STYLE.quote, text: `“${block.text}”` }),
        new Paragraph({ style: STYLE.quoteSource, text: `— ${block.attribution}` }),
      ];
    case 'table':
      return [caption(document.labels.table, block.number, block.caption, true), wordTable(block)];
    case 'chart': {
      const chart = charts.get(block);
      if (!chart) return [];
      return [
        new Paragraph({
          keepNext: true,
          spacing: { before: 120, after: 0 },
          children: [
            new ImageRun({
              type: 'svg',
              data: new TextEncoder().encode(chart.svg),
              fallback: { type: 'png', data: chart.png },
              transformation: { width: chart.width, height: chart.height },
              altText: {
                name: `${document.labels.figure} ${block.number}`,
                title: block.caption,
                description: block.alt,
              },
            }),
          ],
        }),
        caption(document.labels.figure, block.number, block.caption, false),
      ];
    }
  }
}

function wordTable(block: Extract<ReportBlock, { kind: 'table' }>): Table {
  const total = block.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = block.columns.map((column) =>
    Math.round((column.width / total) * TEXT_WIDTH_TWIPS),
  );
  const cell = (text: string, index: number, bold: boolean) => {
    const column = block.columns[index];
    return new TableCell({
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      children: [
        new Paragraph({
          style: STYLE.tableText,
          alignment: column?.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold })],
        }),
      ],
    });
  };
  const emphasis = new Set(block.emphasisRows ?? []);
  return new Table({
    style: STYLE.table,
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    tableLook: {
      firstRow: true,
      noVBand: true,
      lastRow: false,
      firstColumn: false,
      lastColumn: false,
      noHBand: false,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.columns.map((column, index) => cell(column.header, index, false)),
      }),
      ...block.rows.map(
        (row, rowIndex) =>
          new TableRow({
            cantSplit: true,
            children: row.map((text, index) => cell(text, index, emphasis.has(rowIndex))),
          }),
      ),
    ],
  });
}
