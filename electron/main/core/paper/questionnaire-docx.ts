/**
 * The printable questionnaire (.docx): per copy an intro, the respondent code and group boxes,
 * the statements with the answer labels as tick columns, open questions with lines to write on.
 * A pre-numbered copy has its code and group filled in and the code in its page header, so loose
 * pages find their form again. See shared/paper/questionnaire-form.ts for the order.
 */
import {
  AlignmentType,
  BorderStyle,
  Header,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
  type TableVerticalAlign,
} from 'docx';
import type { PaperBlock, PaperCopy, PaperQuestionnaire } from '@shared/paper/questionnaire-form';
import { paperWords } from '@shared/paper/words';
import {
  box,
  packDocument,
  pageFooter,
  pageProperties,
  PAPER_STYLE,
  TEXT_WIDTH,
  writingLines,
} from './docx-parts';

const NUMBER_WIDTH = 620;
const MIN_STATEMENT_WIDTH = 3400;
const MAX_TICK_WIDTH = 900;
const LINES_PER_OPEN_QUESTION = 5;

const THIN = { style: BorderStyle.SINGLE, size: 4, color: 'B8C1CC' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const ROW_BORDERS = { top: NONE, left: NONE, right: NONE, bottom: THIN };

export function writeQuestionnaireDocx(form: PaperQuestionnaire): Promise<Uint8Array> {
  return packDocument({
    language: form.language,
    title: form.title,
    sections: form.copies.map((copy) => copySection(form, copy)),
  });
}

function copySection(form: PaperQuestionnaire, copy: PaperCopy): ISectionOptions {
  const words = paperWords(form.language).questionnaire;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, text: form.title }),
    new Paragraph({ text: form.intro }),
    new Paragraph({ text: form.instructions }),
    identityTable(form, copy),
  ];
  for (const block of form.blocks) children.push(...blockChildren(block, form));
  children.push(
    new Paragraph({
      spacing: { before: 360 },
      children: [new TextRun({ text: words.thanks, bold: true })],
    }),
  );
  return {
    properties: pageProperties(),
    headers: { default: pageHeader(form, copy) },
    footers: { default: pageFooter(words.page) },
    children,
  };
}

/** Title and version on the left; the form's code on the right (pre-numbered copies). */
function pageHeader(form: PaperQuestionnaire, copy: PaperCopy): Header {
  const words = paperWords(form.language).questionnaire;
  const children: TextRun[] = [new TextRun(`${form.title} · ${form.versionLabel}`)];
  if (copy.code) children.push(new TextRun({ text: `\t${words.form(copy.code)}`, bold: true }));
  return new Header({
    children: [
      new Paragraph({
        style: PAPER_STYLE.small,
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children,
      }),
    ],
  });
}

/** The grid's first three columns, as boxes: respondent code, group, role. */
function identityTable(form: PaperQuestionnaire, copy: PaperCopy): Table {
  const words = paperWords(form.language).questionnaire;
  const labelWidth = 2600;
  const valueWidth = TEXT_WIDTH - labelWidth;
  const row = (label: string, value: Paragraph[]) =>
    new TableRow({
      cantSplit: true,
      children: [
        new TableCell({
          width: { size: labelWidth, type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          children: [new Paragraph({ style: PAPER_STYLE.boxLabel, text: label })],
        }),
        new TableCell({
          width: { size: valueWidth, type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          children: value,
        }),
      ],
    });
  const code = copy.code
    ? [new Paragraph({ children: [new TextRun({ text: copy.code, bold: true, size: 28 })] })]
    : [
        new Paragraph({ spacing: { before: 240 }, children: [] }),
        new Paragraph({ style: PAPER_STYLE.small, text: words.codeHint }),
      ];
  const groups = [
    new Paragraph({
      spacing: { before: 80, after: 80 },
      children: form.groups.flatMap((name, index) => [
        ...(index > 0 ? [new TextRun('     ')] : []),
        box(copy.groupName === name),
        new TextRun(` ${name}`),
      ]),
    }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [labelWidth, valueWidth],
    borders: {
      top: THIN,
      bottom: THIN,
      left: THIN,
      right: THIN,
      insideHorizontal: THIN,
      insideVertical: THIN,
    },
    rows: [
      row(words.code, code),
      row(words.group, groups),
      row(words.role, [new Paragraph({ spacing: { before: 240 }, children: [] })]),
    ],
  });
}

function blockChildren(block: PaperBlock, form: PaperQuestionnaire): (Paragraph | Table)[] {
  const heading = new Paragraph({ heading: HeadingLevel.HEADING_2, text: block.heading });
  if (block.kind === 'open') {
    return [
      heading,
      ...block.items.flatMap((item) => [
        new Paragraph({
          keepNext: true,
          spacing: { before: 200 },
          children: [
            new TextRun({ text: `${item.number}. `, bold: true }),
            new TextRun(item.text),
            new TextRun({ text: `  (${item.code})`, size: 16, color: '5B6776' }),
          ],
        }),
        writingLines(LINES_PER_OPEN_QUESTION),
      ]),
    ];
  }
  return [heading, scaleTable(block, form)];
}

/** Statements as rows, the answer labels as tick columns; the header repeats on every page. */
function scaleTable(
  block: Extract<PaperBlock, { kind: 'scale' }>,
  form: PaperQuestionnaire,
): Table {
  const words = paperWords(form.language).questionnaire;
  const tickWidth = Math.min(
    MAX_TICK_WIDTH,
    Math.floor((TEXT_WIDTH - NUMBER_WIDTH - MIN_STATEMENT_WIDTH) / block.columns.length),
  );
  const statementWidth = TEXT_WIDTH - NUMBER_WIDTH - tickWidth * block.columns.length;
  const widths = [NUMBER_WIDTH, statementWidth, ...block.columns.map(() => tickWidth)];
  const cell = (
    width: number,
    children: Paragraph[],
    align: TableVerticalAlign = VerticalAlign.CENTER,
  ) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: align,
      borders: ROW_BORDERS,
      children,
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      cell(
        NUMBER_WIDTH,
        [new Paragraph({ style: PAPER_STYLE.small, text: words.number })],
        VerticalAlign.BOTTOM,
      ),
      cell(
        statementWidth,
        [new Paragraph({ style: PAPER_STYLE.small, text: words.statement })],
        VerticalAlign.BOTTOM,
      ),
      ...block.columns.map((column) =>
        cell(
          tickWidth,
          [
            new Paragraph({
              style: PAPER_STYLE.small,
              alignment: AlignmentType.CENTER,
              text: column.label,
            }),
          ],
          VerticalAlign.BOTTOM,
        ),
      ),
    ],
  });
  const rows = block.items.map(
    (item) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(NUMBER_WIDTH, [
            new Paragraph({
              style: PAPER_STYLE.tableText,
              children: [new TextRun({ text: `${item.number}.`, bold: true })],
            }),
            new Paragraph({ style: PAPER_STYLE.small, text: item.code }),
          ]),
          cell(statementWidth, [new Paragraph({ style: PAPER_STYLE.tableText, text: item.text })]),
          ...block.columns.map(() =>
            cell(tickWidth, [
              new Paragraph({ alignment: AlignmentType.CENTER, children: [box()] }),
            ]),
          ),
        ],
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: {
      top: NONE,
      bottom: NONE,
      left: NONE,
      right: NONE,
      insideHorizontal: THIN,
      insideVertical: NONE,
    },
    rows: [header, ...rows],
  });
}
