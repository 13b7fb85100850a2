/**
 * A fast estimate of the report's pages, so the table of contents is written with its page
 * numbers: Word, LibreOffice and file previews show them without updating fields, and Word does
 * not ask to on opening. It lays out the document model with the writer's styles (sizes, spacing,
 * indents, keep-with-next, widow and orphan control, tables whose header rows repeat, charts of a
 * known height) and the fonts' real widths (text-measure.ts). Every chapter starts a page, so an
 * error can only move a number within its chapter. `docx`'s own layout engine is exact but takes
 * longer than writing the whole report; this takes a few milliseconds.
 */
import { plainText, type RichText } from '@shared/report/rich-text';
import { referenceLabel, type ReportBlock, type ReportDocument } from '@shared/report/document';
import { columnWidths, TABLE_FONT_SIZE } from './table-widths';
import { textMeasure, type TextMeasure } from './text-measure';

export interface PageEstimate {
  /** Heading 1 and 2 in document order, with the page each starts on (null: not estimated). */
  headings: { text: string; level: 1 | 2; page: number | null }[];
  pageCount: number;
  /** The body font's measure (the writer sizes table columns with it). */
  measure: TextMeasure;
}

export interface PaginationInput {
  bodyFont: string;
  headingFont: string;
  /** The height in pixels of a chart as it is written. */
  chartHeight: (block: Extract<ReportBlock, { kind: 'chart' }>) => number;
  hasLogo: boolean;
}

// Page geometry in points (the writer's twips / 20): A4, 2.5 cm margins.
const BODY_HEIGHT = (16838 - 2 * 1418) / 20;
const TEXT_WIDTH = (11906 - 2 * 1418) / 20;
const PX = 0.75;
/** Normal's line spacing: 276/240. */
const MULTIPLE = 1.15;
const WIDOW_LINES = 2;

interface Box {
  /** Heights of the lines (or table rows), placed one by one. */
  lines: number[];
  before: number;
  after: number;
  keepNext: boolean;
  /** The lines may not be split over two pages. */
  keepLines: boolean;
  pageBreakBefore?: boolean;
  /** A table's header row, repeated at the top of every page it continues on. */
  repeatHeader?: number;
  /** Widow and orphan control (paragraphs only). */
  widowControl?: boolean;
  heading?: { text: string; level: 1 | 2 };
}

class Layout {
  constructor(
    private readonly body: TextMeasure,
    private readonly heading: TextMeasure,
  ) {}

  /** Line count of text wrapped at `width` points. */
  lineCount(text: string, size: number, width: number, bold = false, measure = this.body): number {
    let lines = 0;
    for (const paragraph of text.split('\n')) {
      let line = 0;
      let count = 1;
      const space = measure.width(' ', size, bold);
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const wordWidth = measure.width(word, size, bold);
        if (line === 0) {
          line = wordWidth;
          while (line > width) {
            count++;
            line -= width;
          }
        } else if (line + space + wordWidth <= width) {
          line += space + wordWidth;
        } else {
          count++;
          line = wordWidth;
        }
      }
      lines += count;
    }
    return lines;
  }

  text(
    text: string,
    options: {
      size: number;
      width?: number;
      bold?: boolean;
      before: number;
      after: number;
      line?: number;
      keepNext?: boolean;
      keepLines?: boolean;
      headingFont?: boolean;
    },
  ): Box {
    const measure = options.headingFont ? this.heading : this.body;
    const count = this.lineCount(
      text,
      options.size,
      options.width ?? TEXT_WIDTH,
      options.bold,
      measure,
    );
    const height = measure.lineHeight(options.size) * (options.line ?? MULTIPLE);
    return {
      lines: Array.from({ length: count }, () => height),
      before: options.before,
      after: options.after,
      keepNext: options.keepNext ?? false,
      keepLines: options.keepLines ?? false,
      widowControl: true,
    };
  }
}

function boxesOf(document: ReportDocument, layout: Layout, input: PaginationInput): Box[][] {
  const label = (key: string) => referenceLabel(document, key);
  const rich = (text: RichText) => plainText(text, label);
  const body = textMeasure(input.bodyFont);
  const heading = (text: string, level: 1 | 2 | 3, pageBreakBefore = false): Box => {
    const size = level === 1 ? 17 : level === 2 ? 13 : 11;
    const spacing = level === 1 ? [0, 10] : level === 2 ? [16, 5] : [12, 4];
    return {
      ...layout.text(text, {
        size,
        bold: true,
        before: spacing[0]!,
        after: spacing[1]!,
        keepNext: true,
        keepLines: true,
        headingFont: true,
      }),
      pageBreakBefore,
      ...(level < 3 ? { heading: { text, level: level as 1 | 2 } } : {}),
    };
  };
  const caption = (text: string) =>
    layout.text(text, {
      size: 9.5,
      bold: true,
      before: 10,
      after: 4,
      keepNext: true,
      keepLines: true,
    });
  /** A source line; it stays with a note that follows it (the note belongs to the same table). */
  const source = (text: string, next: ReportBlock | undefined) => ({
    ...layout.text(text, { size: 8, before: 2, after: 12, line: 1 }),
    keepNext: isNote(next),
  });

  const blockBoxes = (block: ReportBlock, next: ReportBlock | undefined): Box[] => {
    switch (block.kind) {
      case 'heading':
        return [heading(block.text, block.level)];
      case 'paragraph': {
        const text = `${block.lead ? `${block.lead} ` : ''}${rich(block.text)}`;
        const box = block.note
          ? layout.text(text, { size: 9, before: 3, after: 10 })
          : layout.text(text, { size: 11, before: 0, after: 7 });
        return [
          {
            ...box,
            keepNext: (/:\s*$/.test(text) || block.keepNext === true) && next !== undefined,
          },
        ];
      }
      case 'list':
        return block.items.map((item, index) => ({
          ...layout.text(rich(item), { size: 11, width: TEXT_WIDTH - 18, before: 0, after: 4 }),
          keepLines: true,
          keepNext: index >= block.items.length - 2 && index < block.items.length - 1,
        }));
      case 'quote':
        return [
          layout.text(`“${block.text}”`, {
            size: 11,
            width: TEXT_WIDTH - 2 * 28.35 - 9,
            before: 8,
            after: 2,
            keepNext: true,
          }),
          layout.text(`— ${block.attribution}`, {
            size: 9,
            width: TEXT_WIDTH - 2 * 28.35 - 9,
            before: 0,
            after: 10,
          }),
        ];
      case 'table': {
        const widths = columnWidths(block.columns, block.rows, TEXT_WIDTH * 20, body).map(
          (twips) => twips / 20 - 8.5,
        );
        const rowHeight = (cells: string[], bold: boolean) =>
          Math.max(
            ...cells.map(
              (cell, index) =>
                layout.lineCount(cell, TABLE_FONT_SIZE, widths[index] ?? 40, bold) *
                body.lineHeight(TABLE_FONT_SIZE),
            ),
          ) + 5;
        const header = rowHeight(
          block.columns.map((column) => column.header),
          true,
        );
        const rows = block.rows.map((row) => rowHeight(row.map(rich), false));
        const short = rows.length <= 14;
        const noteFollows = block.source !== undefined || isNote(next);
        return [
          caption(`${document.labels.table} ${block.number}. ${block.caption}`),
          {
            lines: [header, ...rows],
            before: 0,
            after: 0,
            keepNext: noteFollows,
            keepLines: short,
            repeatHeader: header,
          },
          ...(block.source ? [source(block.source, next)] : []),
        ];
      }
      case 'chart':
        return [
          caption(`${document.labels.figure} ${block.number}. ${block.caption}`),
          {
            lines: [input.chartHeight(block) * PX + body.lineHeight(11) * (MULTIPLE - 1)],
            before: 0,
            after: 2,
            keepNext: block.source !== undefined,
            keepLines: true,
          },
          ...(block.source ? [source(block.source, next)] : []),
        ];
    }
  };

  const sections: Box[][] = [];
  const contents: Box[] = [];
  if (document.contentsTitle) {
    contents.push(
      layout.text(document.contentsTitle, {
        size: 17,
        bold: true,
        before: 0,
        after: 10,
        headingFont: true,
      }),
    );
    for (const section of document.sections) {
      contents.push(layout.text(section.title, { size: 11, before: 0, after: 3 }));
      for (const block of section.blocks) {
        if (block.kind === 'heading' && block.level === 2) {
          contents.push(
            layout.text(block.text, { size: 11, width: TEXT_WIDTH - 11, before: 0, after: 3 }),
          );
        }
      }
    }
  }
  sections.push(contents);
  for (const section of document.sections) {
    const boxes: Box[] = [heading(section.title, 1, true)];
    section.blocks.forEach((block, index) =>
      boxes.push(...blockBoxes(block, section.blocks[index + 1])),
    );
    sections.push(boxes);
  }
  return sections;
}

/**
 * Places the boxes on pages; returns the page of each heading and the number of pages. Between
 * two paragraphs goes the larger of the first's space after and the second's space before, as
 * Word does; at the top of a page, none.
 */
function paginate(flow: Box[], firstPage: number) {
  let page = firstPage;
  let y = 0;
  /** The space after the last box placed, not yet added. */
  let pendingAfter = 0;
  const headings: { text: string; level: 1 | 2; page: number }[] = [];
  const newPage = () => {
    page++;
    y = 0;
    pendingAfter = 0;
  };
  const height = (box: Box) => box.lines.reduce((sum, line) => sum + line, 0);
  const gap = (after: number, before: number) => Math.max(after, before);
  for (let index = 0; index < flow.length; index++) {
    const box = flow[index]!;
    if (box.pageBreakBefore && (y > 0 || index > 0)) newPage();
    // Keep-with-next: this box and the ones it keeps with, up to the first lines of the last.
    let chain = (y === 0 ? 0 : gap(pendingAfter, box.before)) + height(box);
    let after = box.after;
    for (let at = index; flow[at]?.keepNext && flow[at + 1]; at++) {
      const following = flow[at + 1]!;
      const firstLines = following.keepLines
        ? height(following)
        : following.lines.slice(0, WIDOW_LINES).reduce((sum, line) => sum + line, 0);
      chain += gap(after, following.before) + (following.keepNext ? height(following) : firstLines);
      after = following.after;
      if (!following.keepNext) break;
    }
    if (y > 0 && y + chain > BODY_HEIGHT && chain <= BODY_HEIGHT) newPage();
    if (box.keepLines && y > 0 && height(box) <= BODY_HEIGHT) {
      if (y + gap(pendingAfter, box.before) + height(box) > BODY_HEIGHT) newPage();
    }
    if (box.heading) headings.push({ ...box.heading, page });
    if (y > 0) y += gap(pendingAfter, box.before);
    let remaining = box.lines.length;
    for (let line = 0; line < box.lines.length; line++) {
      const lineHeight = box.lines[line]!;
      if (y + lineHeight > BODY_HEIGHT && y > 0) {
        // Widow and orphan control: never one line alone at the foot or the head of a page.
        if (box.widowControl && line > 0 && line < WIDOW_LINES) line = 0;
        newPage();
        if (box.repeatHeader !== undefined && line > 0) y += box.repeatHeader;
        if (box.widowControl && remaining === 1 && line > 0) y += box.lines[line - 1]!;
      }
      y += lineHeight;
      remaining--;
    }
    pendingAfter = box.after;
  }
  return { headings, lastPage: page };
}

/** The estimated page of every contents entry, and the page count. */
export function estimatePages(document: ReportDocument, input: PaginationInput): PageEstimate {
  const body = textMeasure(input.bodyFont);
  const layout = new Layout(body, textMeasure(input.headingFont));
  const [contents, ...chapters] = boxesOf(document, layout, input);
  // The cover is page 1 (a section of its own); the contents follow on page 2.
  let page = document.cover ? 2 : 1;
  if (contents && contents.length > 0) page = paginate(contents, page).lastPage + 1;
  const headings: PageEstimate['headings'] = [];
  for (const chapter of chapters) {
    const placed = paginate(chapter, page);
    headings.push(...placed.headings);
    page = placed.lastPage + 1;
  }
  return { headings, pageCount: page - 1, measure: body };
}

/** A note under a table or figure (illustrative norm, rule): it belongs with what it explains. */
export function isNote(block: ReportBlock | undefined): boolean {
  return block?.kind === 'paragraph' && block.note === true;
}
