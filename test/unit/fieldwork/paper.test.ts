/**
 * Paper: the printable questionnaire and interview guide, read back from the .docx (unzipped,
 * XML parsed) and, where LibreOffice is installed, converted to PDF and read as text.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPaper, parseGroupList } from '@main/cli/paper';
import { createDispatcher } from '@main/core/dispatch';
import { createHandlers } from '@main/core/handlers';
import { writeInterviewGuideDocx } from '@main/core/paper/interview-guide-docx';
import { questionnaireDocx } from '@main/core/paper/paper-files';
import { shippedGuides } from '@main/core/repositories/interviews-guides';
import type { IpcResponse } from '@shared/ipc/errors';
import type { FileDownload } from '@shared/ipc/files';
import {
  buildPaperQuestionnaire,
  paperCopies,
  type PaperBlock,
} from '@shared/paper/questionnaire-form';
import { localized, type Instrument } from '@shared/questionnaire/instrument';
import { parseInstrumentFile } from '@shared/questionnaire/instrument-file';
import { convertToPdf, skipReasonWithout } from '@test/support/libreoffice';
import { tempDir } from '@test/support/temp-workspace';
import { paragraphs, readDocx } from '../report/read-docx';
import { PAPER_FORM_FIXTURE, workshop } from '../live/live-fixture';

function paperForm(): Instrument {
  const parsed = parseInstrumentFile(JSON.parse(readFileSync(PAPER_FORM_FIXTURE, 'utf8')));
  if (!parsed.ok) throw new Error('fixture');
  return parsed.instrument;
}

const itemsOf = (blocks: PaperBlock[]) => blocks.flatMap((block) => block.items);

const skipReason = skipReasonWithout(['libreoffice', 'pdftotext']);

/** LibreOffice's reading of the file: converted to PDF, then the PDF's text page by page. */
function pdfPages(bytes: Uint8Array, name: string): string[] {
  const dir = tempDir();
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, bytes);
  const pdf = convertToPdf(docx, dir);
  expect(existsSync(pdf)).toBe(true);
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
}

describe('the paper questionnaire as a model', () => {
  it('follows the entry grid: every item in questionnaire order, numbered throughout', () => {
    const instrument = paperForm();
    const form = buildPaperQuestionnaire({
      instrument,
      language: 'nl',
      groups: [{ name: 'Productie', forms: 0 }],
    });
    expect(itemsOf(form.blocks).map((item) => item.code)).toEqual(
      instrument.items.map((item) => item.code),
    );
    expect(itemsOf(form.blocks).map((item) => item.number)).toEqual(
      instrument.items.map((_item, index) => index + 1),
    );
    expect(form.blocks.map((block) => [block.kind, block.heading])).toEqual([
      ['scale', 'Klantkennis'],
      ['scale', 'Samenwerking'],
      ['open', 'Open vragen'],
    ]);
    const [first] = form.blocks;
    expect(first?.kind === 'scale' && first.columns.map((column) => column.label)).toEqual([
      'Helemaal mee oneens',
      'Mee oneens',
      'Neutraal',
      'Mee eens',
      'Helemaal mee eens',
      'Weet niet',
    ]);
    expect(form.copies).toEqual([{ code: null, groupName: null }]);
  });

  it('numbers forms per group after the codes already in use', () => {
    expect(
      paperCopies(
        [
          { name: 'Productie', forms: 2 },
          { name: 'Verkoop', forms: 0 },
          { name: 'Management', forms: 1 },
        ],
        ['P001', 'P007', 'R001', 'K012'],
      ),
    ).toEqual([
      { code: 'P008', groupName: 'Productie' },
      { code: 'P009', groupName: 'Productie' },
      { code: 'P010', groupName: 'Management' },
    ]);
  });
});

describe('the paper questionnaire as a Word file', () => {
  it('has the intro, code and group boxes, statements with tick columns and lines for open answers', async () => {
    const instrument = paperForm();
    const groups = [
      { name: 'Productie', forms: 0 },
      { name: 'Verkoop', forms: 0 },
    ];
    const docx = readDocx(await questionnaireDocx(instrument, 'nl', groups));
    const text = paragraphs(docx.document).map((paragraph) => paragraph.text);
    expect(text[0]).toBe('Papieren formulier');
    expect(text).toContain('Respondentcode');
    expect(text).toContain('Groep (kruis er één aan)');
    expect(text).toContain('☐ Productie     ☐ Verkoop');
    // Statements appear in the grid's order.
    const positions = instrument.items.map((item) =>
      text.findIndex((line) => line.includes(localized(item.text, 'nl'))),
    );
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // One box per answer column per statement (6 statements × 5 points + don't know).
    const boxes = text.filter((line) => line === '☐').length;
    expect(boxes).toBe(6 * 6);
    // The tick column headers repeat on every page.
    expect(docx.document.match(/<w:tblHeader\/>/g)?.length).toBe(2);
    // The open question has five ruled lines to write on.
    expect(docx.document.match(/<w:trHeight [^>]*w:hRule="exact"/g)?.length).toBe(5);
    expect(docx.parts['word/header1.xml']).toContain('papieren-formulier v1');
  });

  it('pre-numbers one form per code with the group ticked and the code in the page header', async () => {
    const docx = readDocx(
      await questionnaireDocx(
        paperForm(),
        'en',
        [
          { name: 'Production', forms: 2 },
          { name: 'Sales', forms: 1 },
        ],
        ['P004'],
      ),
    );
    expect(docx.document.match(/<w:sectPr/g)?.length).toBe(3);
    const headers = Object.entries(docx.parts)
      .filter(([name]) => /^word\/header\d+\.xml$/.test(name))
      .map(([, xml]) => paragraphs(xml)[0]?.text ?? '');
    expect(headers.map((header) => header.split('\t')[1])).toEqual([
      'Form P005',
      'Form P006',
      'Form P007',
    ]);
    const text = paragraphs(docx.document).map((paragraph) => paragraph.text);
    expect(text.filter((line) => line === '☒ Production     ☐ Sales')).toHaveLength(2);
    expect(text.filter((line) => line === '☐ Production     ☒ Sales')).toHaveLength(1);
    expect(text).toContain('Respondent code');
    expect(text).toContain('Strongly disagree');
  });

  it('comes from the app for an engagement, in its language, numbering after its codes', async () => {
    const setup = workshop();
    const { workspace, engagement, instrumentId, groupId } = setup;
    workspace.respondents.insertMany(engagement.id, instrumentId, 'grid', [
      { groupId: groupId('Productie'), code: 'P002', role: '', answers: { KK1: 3 } },
    ]);
    const dispatch = createDispatcher(
      createHandlers(),
      { workspace, host: 'browser', appVersion: 'test' },
      () => {},
    );
    const response = (await dispatch('paper.questionnaire', {
      engagementId: engagement.id,
      instrumentId,
      forms: [{ groupId: groupId('Verkoop'), count: 2 }],
    })) as IpcResponse<FileDownload>;
    if (!response.ok) throw new Error(JSON.stringify(response.error));
    expect(response.value.fileName).toBe('Vragenlijst Papieren formulier v1 (nl).docx');
    const docx = readDocx(response.value.bytes);
    expect(docx.text).toContain('Formulier P003');
    expect(docx.text).toContain('Formulier P004');
    expect(docx.text).toContain('☐ Productie     ☒ Verkoop     ☐ Management     ☐ Klanten');
    expect(docx.text).not.toContain('Metaalwerken');

    const tooMany = await dispatch('paper.questionnaire', {
      engagementId: engagement.id,
      instrumentId,
      forms: [
        { groupId: groupId('Verkoop'), count: 600 },
        { groupId: groupId('Productie'), count: 600 },
      ],
    });
    expect(tooMany).toMatchObject({ ok: false, error: { key: 'paper.tooManyForms' } });
  });
});

describe('the printable interview guide', () => {
  it('has every question with its follow-ups and ruled room for notes under each', async () => {
    const { guide } = shippedGuides().find((entry) => entry.guide.id === 'klantinterview')!;
    const docx = readDocx(await writeInterviewGuideDocx(guide, 'nl'));
    const text = paragraphs(docx.document).map((paragraph) => paragraph.text);
    expect(text[0]).toBe(`Gespreksleidraad: ${localized(guide.name, 'nl')}`);
    guide.questions.forEach((question, index) => {
      expect(text).toContain(`${index + 1}. ${localized(question.text, 'nl')}`);
    });
    expect(text.filter((line) => line === 'Aantekeningen')).toHaveLength(guide.questions.length);
    const lines = docx.document.match(/<w:trHeight [^>]*w:hRule="exact"/g)?.length ?? 0;
    expect(lines).toBe(8 * guide.questions.length + 10);
    for (const label of ['Geïnterviewde', 'Organisatie', 'Datum', 'Interviewer']) {
      expect(text).toContain(label);
    }
  });
});

describe('klantspiegel paper', () => {
  it('writes the questionnaire of a built-in instrument or an instrument file', async () => {
    const dir = tempDir();
    const out = join(dir, 'scan.docx');
    const message = await runPaper({
      instrument: 'klantgerichtheidsscan',
      language: 'en',
      groups: undefined,
      out,
    });
    expect(message).toMatch(
      /^Wrote .*scan\.docx: klantgerichtheidsscan v\d+ \(en\), one blank form\.$/,
    );
    const text = readDocx(new Uint8Array(readFileSync(out))).text;
    expect(text).toContain('Strongly disagree');

    const numbered = join(dir, 'numbered.docx');
    await runPaper({
      instrument: PAPER_FORM_FIXTURE,
      language: undefined,
      groups: 'Productie=2, Verkoop',
      out: numbered,
    });
    const parts = readDocx(new Uint8Array(readFileSync(numbered)));
    expect(parts.text).toContain('Formulier P001');
    expect(parts.text).toContain('Formulier P002');
    expect(parts.text).not.toContain('Formulier P003');
  });

  it('explains missing options, a bad language, a bad group list and an unknown instrument', async () => {
    const out = join(tempDir(), 'x.docx');
    await expect(
      runPaper({ instrument: undefined, language: undefined, groups: undefined, out }),
    ).rejects.toThrow(/paper needs --instrument and --out/);
    await expect(
      runPaper({ instrument: 'klantgerichtheidsscan', language: 'de', groups: undefined, out }),
    ).rejects.toThrow('--language must be nl or en.');
    await expect(
      runPaper({ instrument: 'nope', language: undefined, groups: undefined, out }),
    ).rejects.toThrow(/neither a file nor a built-in instrument/);
    expect(() => parseGroupList('A=1, a')).toThrow('--groups names a group twice.');
    expect(() => parseGroupList('=3')).toThrow(/has no group name/);
    expect(parseGroupList('Productie = 3,Verkoop / Commercie')).toEqual([
      { name: 'Productie', forms: 3 },
      { name: 'Verkoop / Commercie', forms: 0 },
    ]);
  });
});

describe.skipIf(skipReason !== null)(
  `paper in LibreOffice${skipReason ? ` — skipped: ${skipReason}` : ''}`,
  () => {
    it('the questionnaire opens with its boxes, statements, answer labels and page numbers', async () => {
      const instrument = paperForm();
      const pages = pdfPages(
        await questionnaireDocx(instrument, 'nl', [
          { name: 'Productie', forms: 1 },
          { name: 'Verkoop', forms: 1 },
        ]),
        'vragenlijst',
      );
      const text = pages.join('\n');
      expect(text).toContain('Formulier P001');
      expect(text).toContain('Formulier P002');
      expect(text).toContain('Respondentcode');
      // The answer labels head the tick columns (wrapped over lines in narrow columns).
      for (const word of ['Helemaal', 'oneens', 'Neutraal', 'Mee eens', 'Weet niet']) {
        expect(text).toContain(word);
      }
      for (const item of instrument.items)
        expect(text).toContain(localized(item.text, 'nl').slice(0, 30));
      // Each form counts its own pages, and the second form starts on a page of its own.
      const second = pages.findIndex((page) => page.includes('Formulier P002'));
      expect(second).toBeGreaterThan(0);
      expect(pages[0]).toContain('Pagina 1');
      expect(pages[second]).toContain('Respondentcode');
      expect(pages[second]).toContain('Pagina 1');
    }, 180_000);

    it('the interview guide opens with its questions and room for notes', async () => {
      const { guide } = shippedGuides().find((entry) => entry.guide.id === 'intern-interview')!;
      const text = pdfPages(await writeInterviewGuideDocx(guide, 'en'), 'guide').join('\n');
      expect(text).toContain(`Interview guide: ${localized(guide.name, 'en')}`);
      expect(text).toContain(localized(guide.questions[0]!.text, 'en').slice(0, 30));
      expect(text.match(/Notes/g)?.length).toBeGreaterThanOrEqual(guide.questions.length);
      expect(text).toContain('Page 1');
    }, 180_000);
  },
);
