/**
 * The printable interview guide (.docx): the conversation's details to fill in, the opening,
 * every question with its follow-ups and the interviewer's hint, and ruled room for notes under
 * each question; then the closing and the consent to quote.
 */
import {
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  BorderStyle,
} from 'docx';
import type { Guide } from '@shared/content/guides';
import { localized, type Language } from '@shared/questionnaire/instrument';
import { paperWords } from '@shared/paper/words';
import {
  packDocument,
  pageFooter,
  pageProperties,
  PAPER_STYLE,
  TEXT_WIDTH,
  writingLines,
} from './docx-parts';

const NOTE_LINES_PER_QUESTION = 8;
const FREE_NOTE_LINES = 10;
const THIN = { style: BorderStyle.SINGLE, size: 4, color: 'B8C1CC' };

export function writeInterviewGuideDocx(guide: Guide, language: Language): Promise<Uint8Array> {
  const words = paperWords(language).guide;
  const name = localized(guide.name, language);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, text: words.title(name) }),
  ];
  if (guide.description)
    children.push(new Paragraph({ text: localized(guide.description, language) }));
  if (guide.durationMinutes) {
    children.push(
      new Paragraph({ style: PAPER_STYLE.small, text: words.duration(guide.durationMinutes) }),
    );
  }
  children.push(detailsTable(language));
  if (guide.introduction) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, text: words.introduction }),
      new Paragraph({ text: localized(guide.introduction, language) }),
    );
  }
  guide.questions.forEach((question, index) => {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        text: `${index + 1}. ${localized(question.text, language)}`,
      }),
    );
    if (question.followUps.length > 0) {
      children.push(
        new Paragraph({ style: PAPER_STYLE.small, keepNext: true, text: `${words.followUps}:` }),
        ...question.followUps.map(
          (followUp) =>
            new Paragraph({
              keepNext: true,
              indent: { left: 360 },
              children: [
                new TextRun({ text: `– ${localized(followUp, language)}`, italics: true }),
              ],
            }),
        ),
      );
    }
    if (question.hint) {
      children.push(
        new Paragraph({
          style: PAPER_STYLE.small,
          keepNext: true,
          text: `${words.hint}: ${localized(question.hint, language)}`,
        }),
      );
    }
    children.push(
      new Paragraph({
        style: PAPER_STYLE.boxLabel,
        spacing: { before: 120 },
        keepNext: true,
        text: words.notes,
      }),
      writingLines(NOTE_LINES_PER_QUESTION),
    );
  });
  children.push(
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: words.freeNotes }),
    writingLines(FREE_NOTE_LINES),
  );
  if (guide.closing) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, text: words.closing }),
      new Paragraph({ text: localized(guide.closing, language) }),
    );
  }
  children.push(new Paragraph({ spacing: { before: 240 }, text: words.consent }));
  return packDocument({
    language,
    title: words.title(name),
    sections: [
      { properties: pageProperties(), footers: { default: pageFooter(words.page) }, children },
    ],
  });
}

/** Interviewee, organisation, date and interviewer, with room to write. */
function detailsTable(language: Language): Table {
  const words = paperWords(language).guide;
  const labelWidth = 2400;
  const labels = [words.interviewee, words.organisation, words.date, words.interviewer];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [labelWidth, TEXT_WIDTH - labelWidth],
    borders: {
      top: THIN,
      bottom: THIN,
      left: THIN,
      right: THIN,
      insideHorizontal: THIN,
      insideVertical: THIN,
    },
    rows: labels.map(
      (label) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: labelWidth, type: WidthType.DXA },
              children: [
                new Paragraph({
                  style: PAPER_STYLE.boxLabel,
                  spacing: { before: 120, after: 120 },
                  text: label,
                }),
              ],
            }),
            new TableCell({
              width: { size: TEXT_WIDTH - labelWidth, type: WidthType.DXA },
              children: [new Paragraph('')],
            }),
          ],
        }),
    ),
  });
}
