/**
 * An import's rows travel as columns (one array of answers for the whole file) from the parse
 * worker to main and on to the import worker, and are written as `answers_json` straight from
 * those columns. What is stored must be exactly what the preview showed, in the format the grid
 * writes, whether the file is parsed and stored in this thread or in the app's workers (started
 * ahead, as when the import view opens).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerImportRunner } from '@main/core/import/run-import-worker';
import type { Workspace } from '@main/core/workspace';
import { parseInWorkers } from '@main/files/parse-jobs';
import { testDispatcher } from '@test/support/dispatcher';
import { answerNumbersDisagreeing, respondentsWithNumbers } from '@test/support/answer-numbers';
import { tempWorkspace } from '@test/support/temp-workspace';
import { workerBundles, type WorkerBundles } from '@test/support/worker-bundles';
import { miniScanWithComments } from './fixtures';

// A label, "don't know", blanks, a row with only an open answer, and an open answer with a
// quote, a comma, a line break, a backslash and an accent (all of which JSON must escape or keep).
const CSV = [
  'Respondent,Afdeling,KK1,KK2,KK3,Opmerkingen',
  'A1,Productie,4,Mee eens,,"Zegt ""ja"", en\nnog iets \\ ü"',
  'A2,Verkoop,5,Weet niet,2,',
  'A3,Productie,,,,Alleen tekst',
  'A4,Management,3,1,2,   ',
].join('\r\n');

const EXPECTED = [
  {
    code: 'A1',
    group: 'Productie',
    answers: { KK1: 4, KK2: 4, OPM: 'Zegt "ja", en\nnog iets \\ ü' },
  },
  { code: 'A2', group: 'Verkoop / Commercie', answers: { KK1: 5, KK3: 2 } },
  { code: 'A3', group: 'Productie', answers: { OPM: 'Alleen tekst' } },
  { code: 'A4', group: 'Management', answers: { KK1: 3, KK2: 1, KK3: 2 } },
];

let bundles: WorkerBundles;

beforeAll(async () => {
  bundles = await workerBundles();
}, 60_000);

afterAll(() => bundles.remove());

async function importFile(workspace: Workspace, inWorkers: boolean) {
  const { call } = testDispatcher(
    workspace,
    inWorkers
      ? {
          parse: parseInWorkers(bundles.parseWorker),
          runImport: workerImportRunner(bundles.importWorker),
        }
      : {},
  );
  const engagement = await call('engagements.create', {
    clientName: 'Metaal BV',
    language: 'nl',
    groups: [
      { name: 'Productie', kind: 'department' },
      { name: 'Verkoop / Commercie', kind: 'department' },
      { name: 'Management', kind: 'management' },
    ],
  });
  const instrumentId = workspace.instruments.importInstrument(miniScanWithComments());
  // As the import view does when it opens: the workers start before the file comes.
  await call('import.prepare', {});
  const request = {
    engagementId: engagement.id,
    instrumentId,
    file: { fileName: 'export.csv', bytes: new TextEncoder().encode(CSV) },
  };
  const analysis = await call('import.analyse', request);
  // As the import view commits: the analysed file named by its hash, not sent again.
  const analysed = { fileName: request.file.fileName, sha256: analysis.sha256 };
  const result = await call('import.commit', {
    ...request,
    file: analysed,
    mapping: analysis.mapping,
  });
  const groupName = new Map(engagement.groups.map((group) => [group.id, group.name]));
  const stored = workspace.respondents.list(engagement.id, instrumentId).map((respondent) => ({
    code: respondent.code,
    group: groupName.get(respondent.groupId),
    answers: respondent.answers,
  }));
  const rawAnswers = workspace.db
    .prepare<[number], { answers_json: string }>(
      'SELECT answers_json FROM respondents WHERE engagement_id = ? ORDER BY id',
    )
    .all(engagement.id)
    .map((row) => row.answers_json);
  const openAnswers = workspace.db
    .prepare<[number], { text: string }>(
      `SELECT text FROM open_answers JOIN respondents ON respondents.id = respondent_id
       WHERE engagement_id = ? ORDER BY open_answers.id`,
    )
    .all(engagement.id)
    .map((row) => row.text);
  // The numbers the analyses read, written from the import's columns: equal to the JSON's.
  const numbers = {
    stored: respondentsWithNumbers(workspace.db),
    disagreeing: answerNumbersDisagreeing(workspace.db),
  };
  return { analysis, result, stored, rawAnswers, openAnswers, numbers };
}

describe('import rows as columns', () => {
  for (const inWorkers of [false, true]) {
    it(`stores what the preview showed, as the grid writes it (${inWorkers ? "the app's workers" : 'this thread'})`, async () => {
      const { analysis, result, stored, rawAnswers, openAnswers, numbers } = await importFile(
        tempWorkspace(),
        inWorkers,
      );
      expect(analysis.preview.summary).toMatchObject({
        respondents: 4,
        answers: 7,
        openAnswers: 2,
      });
      expect(
        analysis.preview.sampleRespondents.map(({ code, answers, openAnswers: open }) => ({
          code,
          answers,
          open,
        }))[0],
      ).toEqual({
        code: 'A1',
        answers: { KK1: 4, KK2: 4, KK3: null },
        open: { OPM: 'Zegt "ja", en\nnog iets \\ ü' },
      });
      expect(result).toEqual({ imported: 4, skippedRows: 0 });
      expect(stored).toEqual(EXPECTED);
      // Missing answers are left out, as the grid's compactAnswers does; valid JSON as written.
      expect(rawAnswers).toEqual(EXPECTED.map(({ answers }) => JSON.stringify(answers)));
      expect(openAnswers).toEqual(['Zegt "ja", en\nnog iets \\ ü', 'Alleen tekst']);
      expect(numbers).toEqual({ stored: 4, disagreeing: [] });
    }, 60_000);
  }
});
