/**
 * What the printable questionnaire and interview guide share: an A4 page, a few named styles
 * (so a consultant restyles a printout in Word by changing a style), the tick box and the ruled
 * lines to write on.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { Language } from '@shared/questionnaire/instrument';
import { outputText } from '@shared/i18n/output';

/** A4 with 2 cm margins: 9,638 twips of text width. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

export const PAPER_STYLE = {
  small: 'PaperSmall',
  boxLabel: 'PaperBoxLabel',
  tableText: 'PaperTableText',
} as const;

const LANGUAGE_TAGS: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const FONT = 'Calibri';
/** Word and LibreOffice take the box from a symbol font when the body font lacks it. */
export const EMPTY_BOX = '☐';
export const TICKED_BOX = '☒';

export function pageProperties(): NonNullable<ISectionOptions['properties']> {
  return {
    page: {
      size: { width: PAGE.width, height: PAGE.height },
      margin: {
        top: PAGE.margin,
        bottom: PAGE.margin,
        left: PAGE.margin,
        right: PAGE.margin,
        header: 567,
        footer: 567,
      },
      // Each pre-numbered form counts its own pages.
      pageNumbers: { start: 1 },
    },
  };
}

/**
 * "Pagina 2", centred; each pre-numbered form counts from 1. (No "van N": LibreOffice cannot
 * show the pages of one section, and the header's form code already ties loose pages together.)
 */
export function pageFooter(pageWord: string): Footer {
  const children = [new TextRun({ children: [`${pageWord} `, PageNumber.CURRENT] })];
  return new Footer({
    children: [
      new Paragraph({ style: PAPER_STYLE.small, alignment: AlignmentType.CENTER, children }),
    ],
  });
}

const RULE = { style: BorderStyle.SINGLE, size: 4, color: '8A96A3' };
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
/** Height of a handwritten line: 0.8 cm. */
const LINE_HEIGHT = 454;

/**
 * Ruled lines to write on. A table of empty rows, each ruled at the bottom: consecutive
 * paragraphs with the same border would be drawn as one box with a single rule under the last.
 */
export function writingLines(count: number): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH],
    borders: {
      top: NO_BORDER,
      bottom: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
    rows: Array.from(
      { length: count },
      () =>
        new TableRow({
          height: { value: LINE_HEIGHT, rule: HeightRule.EXACT },
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: TEXT_WIDTH, type: WidthType.DXA },
              borders: { top: NO_BORDER, left: NO_BORDER, right: NO_BORDER, bottom: RULE },
              children: [new Paragraph('')],
            }),
          ],
        }),
    ),
  });
}

export function box(ticked = false): TextRun {
  return new TextRun({ text: ticked ? TICKED_BOX : EMPTY_BOX, size: 28 });
}

export async function packDocument(options: {
  language: Language;
  title: string;
  sections: ISectionOptions[];
}): Promise<Uint8Array> {
  const styleNames = outputText(options.language).paper.styles;
  const document = new Document({
    creator: 'Klantspiegel',
    title: options.title,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 21, language: { value: LANGUAGE_TAGS[options.language] } },
          paragraph: { spacing: { after: 100 } },
        },
        title: { run: { font: FONT, size: 40, bold: true, color: '1F4E79' } },
        heading1: {
          run: { font: FONT, size: 28, bold: true, color: '1F4E79' },
          paragraph: { spacing: { before: 280, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { font: FONT, size: 24, bold: true, color: '1D2733' },
          paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
        },
      },
      paragraphStyles: [
        {
          id: PAPER_STYLE.small,
          name: styleNames.small,
          basedOn: 'Normal',
          run: { size: 16, color: '5B6776' },
          paragraph: { spacing: { after: 0 } },
        },
        {
          id: PAPER_STYLE.boxLabel,
          name: styleNames.boxLabel,
          basedOn: 'Normal',
          run: { bold: true },
          paragraph: { spacing: { after: 40 } },
        },
        {
          id: PAPER_STYLE.tableText,
          name: styleNames.tableText,
          basedOn: 'Normal',
          run: { size: 19 },
          paragraph: { spacing: { before: 40, after: 40 } },
        },
      ],
    },
    sections: options.sections,
  });
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
