/**
 * Writes a report document model as a .docx with `docx`. Styles carry all formatting (no run says
 * bold or italic where a style should): headings, captions, notes, list styles that bring their
 * own numbering, a table style with its header and total rows, character styles for emphasis.
 * Charts are native Word charts with their data in an embedded workbook (docx-charts/), or, when
 * the house style asks for pictures, SVG with a PNG fallback. Captions are numbered with SEQ
 * fields and bookmarked, so cross-references ("zie Figuur 3") are REF fields. The table of
 * contents is written with its entries and estimated page numbers (pagination.ts), clean, so Word,
 * LibreOffice and previews show it at once and Word does not ask to update fields on opening.
 */
import {
  AlignmentType,
  Bookmark,
  Document,
  Footer,
  Header,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  SimpleField,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type INumberingOptions,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import {
  referenceLabel,
  type ReportBlock,
  type ReportDocument,
  type TableColumn,
} from '@shared/report/document';
import type { RichText } from '@shared/report/rich-text';
import type { HouseStyle, StoredLogo } from '@shared/report/settings';
import { wordsFor } from '@shared/report/words';
import { renderChart, type RenderedChart } from './charts/render';
import { chartFormat, chartStyleFor } from './charts/style';
import { nativeChart, nativeChartRun, type NativeChartStyle } from './docx-charts/native-chart';
import { NUMBERING, STYLE, styleSetup } from './docx-styles';
import { estimatePages, isNote, type PageEstimate } from './pagination';
import { PngRenderer, pngScaleFor } from './png';
import { isSelfContainedLogo } from './logo';
import type { StoredTemplate } from '../repositories/report';
import { columnWidths } from './table-widths';
import { outputText } from '@shared/i18n/output';
import { zipPackage } from './zip-package';

export interface DocxAssets {
  style: HouseStyle;
  logo: StoredLogo | null;
  template: StoredTemplate | null;
}

export type WriteProgress = (stage: 'charts' | 'writing' | 'packing', fraction: number) => void;

/** A4 with 2.5 cm margins: 9,070 twips (about 605 px) of text width. */
export const PAGE = { width: 11906, height: 16838, margin: 1418, header: 709, footer: 709 };
export const TEXT_WIDTH_TWIPS = PAGE.width - 2 * PAGE.margin;
const LOGO_BOX = { width: 220, height: 90 };
/** Tables up to this many rows are kept on one page; longer ones keep their first and last rows together. */
const SHORT_TABLE_ROWS = 14;

export function nativeChartStyleFor(style: HouseStyle): NativeChartStyle {
  return { ...chartStyleFor(style), font: style.bodyFont };
}

interface PictureChart extends RenderedChart {
  png: Uint8Array;
}

interface PreparedLogo {
  data: Uint8Array;
  svg: Uint8Array | null;
  width: number;
  height: number;
}

/** Bookmark names: Word's own style for cross-reference targets and contents entries. */
const refBookmark = (kind: 'figure' | 'table', number: number) =>
  `_Ref${kind === 'figure' ? 'Fig' : 'Tab'}${number}`;
const tocBookmark = (index: number) => `_Toc${String(index + 1).padStart(4, '0')}`;

export async function writeReportDocx(
  document: ReportDocument,
  assets: DocxAssets,
  onProgress: WriteProgress = () => {},
): Promise<Uint8Array> {
  const pictures = assets.style.chartFormat === 'picture';
  let charts = new Map<ReportBlock, PictureChart>();
  let logo: PreparedLogo | null;
  if (pictures || assets.logo?.mimeType === 'image/svg+xml') {
    const renderer = new PngRenderer([assets.style.bodyFont, assets.style.headingFont]);
    try {
      if (pictures) charts = await pictureCharts(document, assets.style, renderer, onProgress);
      logo = await prepareLogo(assets.logo, renderer);
    } finally {
      // Ends the rendering thread: its pixel buffers are freed before the document is packed.
      await renderer.close();
    }
  } else {
    logo = await prepareLogo(assets.logo, null);
  }
  onProgress('charts', 1);
  onProgress('writing', 0);
  const styles = styleSetup(assets.style, document.language, assets.template, {
    numberedHeadings: assets.style.numberedHeadings,
  });
  const native = nativeChartStyleFor(assets.style);
  const chartHeight = (block: Extract<ReportBlock, { kind: 'chart' }>) =>
    pictures ? (charts.get(block)?.height ?? 300) : nativeChart(block.spec, native).height;
  const pages = estimatePages(document, {
    bodyFont: assets.style.bodyFont,
    headingFont: assets.style.headingFont,
    chartHeight,
    hasLogo: logo !== null,
  });

  const templateStyles = assets.template !== null && assets.style.useTemplate;
  const writer = new BlockWriter(document, charts, native, pages);
  // Numbered headings: their entries in the contents start with the number, as Word writes them.
  const numbers = assets.style.numberedHeadings ? headingNumbers(pages.headings) : null;
  const sections: ISectionOptions[] = [];
  if (document.cover)
    sections.push({ properties: pageProperties(), children: coverChildren(document, logo) });
  const body: (Paragraph | Table | TableOfContents)[] = [];
  if (document.contentsTitle) {
    body.push(
      new Paragraph({ style: STYLE.tocHeading, text: document.contentsTitle }),
      new TableOfContents(document.contentsTitle, {
        hyperlink: true,
        headingStyleRange: '1-2',
        // A firm's template brings its own sizes and spacing, which the estimate does not know:
        // then the entries are listed without numbers and Word fills them in when it opens.
        beginDirty: templateStyles,
        cachedEntries: pages.headings.map((heading, index) => ({
          title: numbers ? `${numbers[index]} ${heading.text}` : heading.text,
          level: heading.level,
          href: tocBookmark(index),
          ...(heading.page !== null && !templateStyles ? { page: heading.page } : {}),
        })),
      }),
    );
  }
  document.sections.forEach((section, index) => {
    body.push(writer.heading(1, section.title));
    body.push(...writer.blocks(section.blocks));
    onProgress('writing', (index + 1) / document.sections.length);
  });
  sections.push({
    properties: pageProperties(),
    headers: { default: header(document) },
    footers: { default: footer(document) },
    children: body,
  });

  const properties = document.properties;
  const author = properties.authors.join('; ') || properties.firmName;
  const file = new Document({
    customProperties: [
      {
        name: outputText(document.language).properties.client,
        value: properties.clientName,
      },
      ...(properties.firmName
        ? [{ name: outputText(document.language).properties.firm, value: properties.firmName }]
        : []),
    ],
    externalStyles: styles.externalStyles,
    styles: { paragraphStyles: styles.paragraphStyles, characterStyles: styles.characterStyles },
    theme: styles.theme,
    numbering: numbering(),
    sections,
  });
  onProgress('packing', 0);
  // The package properties docx does not write (the firm, the language) go in as its own parts.
  const parts = packageParts(file, packageProperties(document, author));
  if (!pictures) withCategoryLabelsLow(parts, document);
  const bytes = zipPackage(partBytes(parts));
  onProgress('packing', 1);
  return bytes;
}

type PackagePart = string | Uint8Array | ArrayBuffer;

/** docx's own compiler: every part of the package by its path, in zip order, not yet zipped. */
interface PackageCompiler {
  compile(
    file: Document,
    prettify: undefined,
    overrides: { path: string; data: string }[],
  ): Map<string, PackagePart>;
}

/**
 * The package's parts before they are zipped, from the compiler `Packer` itself uses (not in
 * docx's typings), so the chart parts can be finished and everything zipped once: patching the
 * finished file meant unzipping and zipping it again, 70 ms of a report. The read-back tests
 * open every report this writes, so a docx that moved its compiler fails them at once.
 */
function packageParts(
  file: Document,
  overrides: { path: string; data: string }[],
): Map<string, PackagePart> {
  const compiler = (Packer as unknown as { compiler?: PackageCompiler }).compiler;
  if (typeof compiler?.compile !== 'function') {
    throw new Error('docx: Packer.compiler.compile is missing; see packageParts');
  }
  return compiler.compile(file, undefined, overrides);
}

/** The parts as bytes, for the zip. */
function* partBytes(parts: Map<string, PackagePart>): Generator<[string, Uint8Array]> {
  const encoder = new TextEncoder();
  for (const [path, data] of parts) {
    yield [
      path,
      typeof data === 'string'
        ? encoder.encode(data)
        : data instanceof Uint8Array
          ? data
          : new Uint8Array(data),
    ];
  }
}

/**
 * Charts of differences around zero (blind spots) put their category labels at the left edge
 * ("low"), not on the zero line where they would run into the negative bars. `docx` always writes
 * them next to the axis, so the chart parts of those charts (numbered in document order) are
 * patched before the package is zipped.
 */
function withCategoryLabelsLow(parts: Map<string, PackagePart>, document: ReportDocument): void {
  const charts = document.sections.flatMap((section) =>
    section.blocks.filter((block) => block.kind === 'chart'),
  );
  charts.forEach((block, index) => {
    if (block.spec.type !== 'diverging') return;
    const path = `word/charts/chart${index + 1}.xml`;
    const part = parts.get(path);
    const xml = typeof part === 'string' ? part : part && new TextDecoder().decode(part);
    if (!xml) return;
    parts.set(
      path,
      xml.replace(
        /(<c:catAx>[\s\S]*?)<c:tickLblPos val="nextTo"\/>/,
        '$1<c:tickLblPos val="low"/>',
      ),
    );
  });
}

const xmlText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * docProps/core.xml and docProps/app.xml: the consultant as author and last editor, the title
 * and the client, the document's language (dc:language) and the firm as Company.
 */
function packageProperties(document: ReportDocument, author: string) {
  const properties = document.properties;
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const element = (name: string, value: string) =>
    value ? `<${name}>${xmlText(value)}</${name}>` : '';
  const core =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element('dc:title', properties.title) +
    element('dc:subject', properties.subject) +
    element('dc:creator', author) +
    element(
      'cp:keywords',
      [properties.clientName, properties.firmName].filter(Boolean).join('; '),
    ) +
    element('dc:description', document.cover?.subtitle ?? '') +
    element('cp:lastModifiedBy', properties.authors[0] ?? author) +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified>` +
    element('dc:language', properties.languageTag) +
    '</cp:coreProperties>';
  const app =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Application>Klantspiegel</Application>' +
    element('Company', properties.firmName) +
    '</Properties>';
  return [
    { path: 'docProps/core.xml', data: core },
    { path: 'docProps/app.xml', data: app },
  ];
}

/** "1", "1.1", "1.2", "2", … for Heading 1 and 2 in order. */
function headingNumbers(headings: readonly { level: 1 | 2 }[]): string[] {
  let chapter = 0;
  let section = 0;
  return headings.map((heading) => {
    if (heading.level === 1) {
      chapter++;
      section = 0;
      return String(chapter);
    }
    section++;
    return `${chapter}.${section}`;
  });
}

function numbering(): INumberingOptions {
  const indent = { left: 360, hanging: 360 };
  return {
    config: [
      {
        reference: NUMBERING.bullets,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: '•',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent } },
          },
        ],
      },
      {
        reference: NUMBERING.numbers,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: '%1.',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent } },
          },
        ],
      },
      {
        reference: NUMBERING.headings,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: '%1',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 567, hanging: 567 } } },
          },
          {
            level: 1,
            format: LevelFormat.DECIMAL,
            text: '%1.%2',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 680, hanging: 680 } } },
          },
        ],
      },
    ],
  };
}

/** Renders every chart's SVG, and its PNG in the rendering thread (the picture option). */
async function pictureCharts(
  document: ReportDocument,
  style: HouseStyle,
  renderer: PngRenderer,
  onProgress: WriteProgress,
): Promise<Map<ReportBlock, PictureChart>> {
  const chartStyle = chartStyleFor(style);
  const format = chartFormat(document.language);
  const blocks = document.sections.flatMap((section) =>
    section.blocks.filter((block) => block.kind === 'chart'),
  );
  const rendered = blocks.map((block) => renderChart(block.spec, chartStyle, format));
  const prepared = new Map<ReportBlock, PictureChart>();
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
  renderer: PngRenderer | null,
): Promise<PreparedLogo | null> {
  if (!logo || !isSelfContainedLogo(logo)) return null;
  const scale = Math.min(LOGO_BOX.width / logo.width, LOGO_BOX.height / logo.height, 1);
  const width = Math.max(1, Math.round(logo.width * scale));
  const height = Math.max(1, Math.round(logo.height * scale));
  if (logo.mimeType === 'image/png' || !renderer) {
    return { data: logo.bytes, svg: null, width, height };
  }
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
        header: PAGE.header,
        footer: PAGE.footer,
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
        children: [new TextRun({ text: `${label}: `, style: STYLE.strong }), new TextRun(value)],
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

/** Turns blocks into Word paragraphs and tables; counts headings for the contents' bookmarks. */
class BlockWriter {
  private headingIndex = 0;

  constructor(
    private readonly document: ReportDocument,
    private readonly pictures: Map<ReportBlock, PictureChart>,
    private readonly native: NativeChartStyle,
    private readonly pages: PageEstimate,
  ) {}

  /** A Heading 1 or 2, bookmarked for its entry in the contents. */
  heading(level: 1 | 2 | 3, text: string): Paragraph {
    const style = level === 1 ? STYLE.heading1 : level === 2 ? STYLE.heading2 : STYLE.heading3;
    if (level === 3) return new Paragraph({ style, text });
    const index = this.headingIndex++;
    return new Paragraph({
      style,
      children: [new Bookmark({ id: tocBookmark(index), children: [new TextRun(text)] })],
    });
  }

  blocks(blocks: ReportBlock[]): (Paragraph | Table)[] {
    const out: (Paragraph | Table)[] = [];
    let restartNumbers = true;
    blocks.forEach((block, index) => {
      const next = blocks[index + 1];
      out.push(...this.block(block, next, restartNumbers));
      restartNumbers = block.kind !== 'list' || !block.ordered;
    });
    return out;
  }

  /** Inline text as runs: emphasis by character style, references as REF fields. */
  private runs(text: RichText): ParagraphChild[] {
    if (typeof text === 'string') return [new TextRun(text)];
    return text.flatMap((run): ParagraphChild[] => {
      switch (run.kind) {
        case 'break':
          return [new TextRun({ break: 1 })];
        case 'ref': {
          const target = this.document.references[run.key];
          if (!target) return [];
          const label = referenceLabel(this.document, run.key);
          const field = new SimpleField(
            `REF ${refBookmark(target.kind, target.number)} \\h`,
            label,
          );
          return run.wrap ? [new TextRun(run.wrap[0]), field, new TextRun(run.wrap[1])] : [field];
        }
        case 'text': {
          const style = run.missing
            ? STYLE.missing
            : run.bold
              ? STYLE.strong
              : run.italic
                ? STYLE.emphasis
                : undefined;
          // Bold and italic together: the Strong style with italic on top is the one exception.
          return [
            new TextRun({
              text: run.text,
              ...(style ? { style } : {}),
              ...(run.bold && run.italic && !run.missing ? { italics: true } : {}),
            }),
          ];
        }
      }
    });
  }

  private block(
    block: ReportBlock,
    next: ReportBlock | undefined,
    restartNumbers: boolean,
  ): (Paragraph | Table)[] {
    switch (block.kind) {
      case 'heading':
        return [this.heading(block.level, block.text)];
      case 'paragraph': {
        const plain = typeof block.text === 'string' ? block.text : '';
        // A sentence that introduces what follows ("De belangrijkste bevindingen:") stays with it.
        const introduces =
          /:\s*$/.test(plain) ||
          (typeof block.text !== 'string' &&
            block.text.at(-1)?.kind === 'text' &&
            /:\s*$/.test((block.text.at(-1) as { text: string }).text));
        return [
          new Paragraph({
            style: block.note ? STYLE.note : STYLE.normal,
            ...((introduces || block.keepNext) && next ? { keepNext: true } : {}),
            children: [
              ...(block.lead ? [new TextRun({ text: `${block.lead} `, style: STYLE.strong })] : []),
              ...this.runs(block.text),
            ],
          }),
        ];
      }
      case 'list':
        return block.items.map(
          (item, index) =>
            new Paragraph({
              style: block.ordered ? STYLE.listNumber : STYLE.listBullet,
              // Numbered lists count from 1 again after other text: the first item restarts the
              // list and the others name it, so they continue the restarted one (the style alone
              // would put them in the document's first list). Bullets need nothing.
              ...(block.ordered && restartNumbers
                ? {
                    numbering: {
                      reference: NUMBERING.numbers,
                      level: 0,
                      ...(index === 0 ? { restart: true } : {}),
                    },
                  }
                : {}),
              keepLines: true,
              // The last two items stay together, so a list never leaves one item over.
              ...(index >= block.items.length - 2 && index < block.items.length - 1
                ? { keepNext: true }
                : {}),
              children: this.runs(item),
            }),
        );
      case 'quote':
        return [
          new Paragraph({ style: STYLE.quote, text: `“${block.text}”` }),
          new Paragraph({ style: STYLE.quoteSource, text: `— ${block.attribution}` }),
        ];
      case 'table':
        return [
          this.caption('table', block.number, block.caption),
          this.table(block, next),
          ...this.source(block.source, next),
        ];
      case 'chart':
        return [
          this.caption('figure', block.number, block.caption),
          this.chart(block),
          ...this.source(block.source, next),
        ];
    }
  }

  /** The source line under a figure or table; kept with a note that follows it. */
  private source(text: string | undefined, next: ReportBlock | undefined): Paragraph[] {
    if (text === undefined) return [];
    return [
      new Paragraph({ style: STYLE.source, ...(isNote(next) ? { keepNext: true } : {}), text }),
    ];
  }

  /** "Figuur 3. …" above its figure: the label and number are bookmarked for references. */
  private caption(kind: 'figure' | 'table', number: number, text: string): Paragraph {
    const label = kind === 'figure' ? this.document.labels.figure : this.document.labels.table;
    return new Paragraph({
      style: STYLE.caption,
      children: [
        new Bookmark({
          id: refBookmark(kind, number),
          children: [
            new TextRun(`${label} `),
            new SimpleField(`SEQ ${label} \\* ARABIC`, String(number)),
          ],
        }),
        new TextRun(`. ${text}`),
      ],
    });
  }

  private chart(block: Extract<ReportBlock, { kind: 'chart' }>): Paragraph {
    const altText = {
      name: `${this.document.labels.figure} ${block.number}`,
      title: block.caption,
      description: block.alt,
    };
    const picture = this.pictures.get(block);
    const run = picture
      ? new ImageRun({
          type: 'svg',
          data: new TextEncoder().encode(picture.svg),
          fallback: { type: 'png', data: picture.png },
          transformation: { width: picture.width, height: picture.height },
          altText,
        })
      : nativeChartRun(block.spec, this.native, altText);
    return new Paragraph({
      style: STYLE.chart,
      keepNext: block.source !== undefined,
      children: [run],
    });
  }

  private table(
    block: Extract<ReportBlock, { kind: 'table' }>,
    next: ReportBlock | undefined,
  ): Table {
    const widths = columnWidths(block.columns, block.rows, TEXT_WIDTH_TWIPS, this.pages.measure);
    const emphasis = new Set(block.emphasisRows ?? []);
    const rowCount = block.rows.length;
    // A note under the table stays with its last rows.
    const noteFollows = block.source !== undefined || isNote(next);
    const keepRowWithNext = (rowIndex: number) => {
      if (rowIndex === rowCount - 1) return noteFollows;
      if (rowCount <= SHORT_TABLE_ROWS) return true;
      return rowIndex < 2 || rowIndex >= rowCount - 3;
    };
    const cell = (text: RichText, index: number, row: number, bold: boolean) => {
      const column: TableColumn | undefined = block.columns[index];
      const fill = row >= 0 ? block.shading?.[row]?.[index] : null;
      const runs =
        bold && typeof text === 'string'
          ? [new TextRun({ text, style: STYLE.strong })]
          : this.runs(text);
      return new TableCell({
        width: { size: widths[index] ?? 0, type: WidthType.DXA },
        ...(fill
          ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: fill.replace('#', '') } }
          : {}),
        children: [
          new Paragraph({
            style: column?.numeric ? STYLE.tableNumber : STYLE.tableText,
            ...(row < 0 || keepRowWithNext(row) ? { keepNext: true } : {}),
            children: runs,
          }),
        ],
      });
    };
    return new Table({
      style: STYLE.table,
      width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: widths,
      tableLook: {
        firstRow: true,
        noVBand: true,
        lastRow: block.totalRow === true,
        firstColumn: false,
        lastColumn: false,
        noHBand: false,
      },
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: block.columns.map((column, index) => cell(column.header, index, -1, false)),
        }),
        ...block.rows.map(
          (row, rowIndex) =>
            new TableRow({
              cantSplit: true,
              children: row.map((text, index) =>
                cell(text, index, rowIndex, emphasis.has(rowIndex)),
              ),
            }),
        ),
      ],
    });
  }
}
