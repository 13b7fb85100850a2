/**
 * A corpus of more than 300 malformed and hostile files, generated here (and in
 * hostile-generators.ts), fed through the same handlers the app uses. Every file must be answered
 * with a clear message key (never an internal error) and must leave the workspace exactly as it
 * was (content hash before and after). The corpus runs through the parsing code in this thread
 * (fast); a second test sends one file of every kind through the app's worker threads and expects
 * the same answer there.
 */
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '@shared/ipc';
import { AppError, type IpcResponse } from '@shared/ipc/errors';
import { collectEngagement } from '@main/core/archive/collect';
import { sealArchive } from '@main/core/archive/container';
import type { Dispatch } from '@main/core/dispatch';
import { createSampleEngagement } from '@main/core/sample/sample-engagement';
import { DATABASE_FILE_NAME, Workspace } from '@main/core/workspace';
import { WorkspaceHolder } from '@main/core/workspace-holder';
import { parseInWorkers } from '@main/files/parse-jobs';
import { workerImportRunner } from '@main/core/import/run-import-worker';
import { testDispatcher, type TestDispatcher } from '@test/support/dispatcher';
import { workerBundles, type WorkerBundles } from '@test/support/worker-bundles';
import { buildZip, randomBytes } from '../import/zip-builder';
import {
  archiveBomb,
  brokenNotesFiles,
  costlyKeyArchive,
  deepArchive,
  externalSvgLogos,
  formulaNormCsvs,
  notDocxFiles,
  tinyValuesArchive,
} from './hostile-generators';
import { contentHash } from './support';

const SAMPLES = 'test/fixtures/samples';
const FAST_SCRYPT = { log2N: 10, r: 8, p: 1 };
const encode = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

type Target =
  'survey' | 'ragged' | 'archive' | 'instrument' | 'norms' | 'notes' | 'template' | 'logo';

interface CorpusFile {
  kind: string;
  target: Target;
  name: string;
  bytes: Uint8Array;
  passphrase?: string;
}

let dir: string;
let holder: WorkspaceHolder;
/** The handlers with files parsed and imported in this thread (fast, for the whole corpus). */
let inThread: TestDispatcher;
/** The same handlers with the app's worker threads for parsing and importing. */
let withWorkers: TestDispatcher;
let bundles: WorkerBundles;
let engagementId: number;
let instrumentId: number;
let surveyMapping: unknown;
let surveyHeader: string;
const surveyLines: string[] = [];

/** Unexpected errors either dispatcher logged (the UI would show errors.internal). */
const internalErrors = () =>
  [...inThread.logged, ...withWorkers.logged].map(
    ({ message, error }) => `${message}: ${String(error)}`,
  );

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'klantspiegel-hostile-'));
  holder = new WorkspaceHolder(Workspace.open(dir));
  inThread = testDispatcher(holder);
  bundles = await workerBundles();
  withWorkers = testDispatcher(holder, {
    parse: parseInWorkers(bundles.parseWorker),
    runImport: workerImportRunner(bundles.importWorker),
  });
  const { call } = inThread;
  createSampleEngagement(holder.current, 'nl');
  const engagement = await call('engagements.create', {
    clientName: 'Metaal BV',
    language: 'nl',
    groups: [
      { name: 'Productie', kind: 'department' },
      { name: 'Verkoop / Commercie', kind: 'department' },
      { name: 'Management', kind: 'management' },
    ],
  });
  engagementId = engagement.id;
  instrumentId = (
    await call('instruments.importFile', {
      fileName: 'mini-scan.instrument.json',
      bytes: readFileSync(`${SAMPLES}/mini-scan.instrument.json`),
    })
  ).id;
  // A well-formed survey export whose header and mapping the broken variants reuse.
  const text = readFileSync(`${SAMPLES}/google-forms-export.csv`, 'utf8');
  const lines = text.split(/\r?\n/).filter((line) => line.length > 0);
  surveyHeader = lines[0] ?? '';
  surveyLines.push(...lines.slice(1));
  const analysis = await call('import.analyse', {
    engagementId,
    instrumentId,
    file: { fileName: 'google.csv', bytes: encode(text) },
  });
  surveyMapping = analysis.mapping;
}, 60_000);

afterAll(() => {
  holder.current.close();
  rmSync(dir, { recursive: true, force: true });
  bundles.remove();
});

async function workbook(rows: (string | number)[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Data');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function surveyCsv(body: string[]): string {
  return [surveyHeader, ...body].join('\r\n');
}

async function buildCorpus(): Promise<CorpusFile[]> {
  const files: CorpusFile[] = [];
  const add = (
    kind: string,
    target: Target,
    name: string,
    bytes: Uint8Array,
    passphrase?: string,
  ) => files.push({ kind, target, name, bytes, ...(passphrase ? { passphrase } : {}) });

  // --- survey exports (CSV) ---
  for (let seed = 1; seed <= 30; seed++) {
    add('binary garbage', 'survey', `garbage-${seed}.csv`, randomBytes(50 + seed * 97, seed));
  }
  for (let i = 0; i < 10; i++) {
    const text = surveyCsv(surveyLines.slice(0, 3 + i));
    const utf16 = Buffer.from(text, 'utf16le');
    add('UTF-16 without byte order mark', 'survey', `utf16-${i}.csv`, new Uint8Array(utf16));
  }
  for (let i = 0; i < 10; i++) {
    const text = surveyCsv(surveyLines.slice(0, 4));
    const at = Math.floor((text.length * (i + 1)) / 12);
    add(
      'NUL bytes in text',
      'survey',
      `nul-${i}.csv`,
      encode(`${text.slice(0, at)}\u0000${text.slice(at)}`),
    );
  }
  for (let i = 0; i < 10; i++) {
    const huge = (i % 2 ? 'é' : 'x').repeat(40_000 + i * 1000);
    const row = i % 3 === 0 ? `"${huge}",3,4,1,4,5` : `2026/11/12,Production,${huge},4,1,4`;
    add(
      'huge cell',
      'survey',
      `huge-cell-${i}.csv`,
      encode(surveyCsv([...surveyLines.slice(0, 2), row])),
    );
  }
  for (let i = 0; i < 10; i++) {
    const open = `2026/11/12,"Production,${'never closed '.repeat(i + 1)}`;
    add(
      'unclosed quote',
      'survey',
      `unclosed-${i}.csv`,
      encode(surveyCsv([...surveyLines.slice(0, i), open])),
    );
  }
  for (const [i, text] of ['', '\uFEFF', '\r\n\r\n', '   ', '\uFEFF\r\n'].entries()) {
    add('empty file', 'survey', `empty-${i}.csv`, encode(text));
  }
  for (let i = 0; i < 5; i++) {
    const header = Array.from({ length: 5_001 + i }, (_, c) => `K${c}`).join(',');
    add('too many columns', 'survey', `wide-${i}.csv`, encode(`${header}\r\n1,2,3\r\n`));
  }
  for (let i = 0; i < 10; i++) {
    const formula = [`=cmd|' /C calc'!A0`, '+1+1', '-2-3', '@SUM(A1)', '=HYPERLINK("http://evil")'][
      i % 5
    ];
    // Formulas where the scan expects scale answers: refused rows, nothing stored.
    const body = surveyLines.slice(0, 6).map((line) => {
      const cells = line.split(',');
      return [cells[0], cells[1], ...cells.slice(2).map(() => formula)].join(',');
    });
    add('formula injection in answers', 'survey', `formula-${i}.csv`, encode(surveyCsv(body)));
  }
  for (let i = 0; i < 10; i++) {
    // Windows-1252 text behind a UTF-8 byte order mark: every accent is an invalid sequence.
    const body = surveyLines.slice(0, 3 + i).map((line) => `${line},"Coöperatie één café ëë"`);
    const broken = new Uint8Array([0xef, 0xbb, 0xbf, ...latin1(surveyCsv(body))]);
    add('Windows-1252 text claimed as UTF-8', 'survey', `bad-utf8-${i}.csv`, broken);
  }
  for (let i = 0; i < 5; i++) {
    const text = surveyCsv(surveyLines.slice(0, 2 + i));
    add(
      'UTF-16 big-endian without byte order mark',
      'survey',
      `utf16be-${i}.csv`,
      new Uint8Array(Buffer.from(text, 'utf16le').swap16()),
    );
  }

  // --- survey exports (XLSX) ---
  const good = await workbook([
    ['Timestamp', 'Department', 'KK1', 'KK2'],
    ...Array.from({ length: 30 }, (_, i) => [
      `2026-11-12 ${i}`,
      'Production',
      (i % 5) + 1,
      ((i * 2) % 5) + 1,
    ]),
  ]);
  for (let i = 1; i <= 30; i++) {
    add(
      'truncated workbook',
      'survey',
      `truncated-${i}.xlsx`,
      good.subarray(0, Math.floor((good.length * i) / 31)),
    );
  }
  const xml = (text: string) => encode(text);
  add(
    'zip bomb (declared size)',
    'survey',
    'bomb-declared.xlsx',
    buildZip([
      { name: 'xl/workbook.xml', data: xml('<workbook/>') },
      ...Array.from({ length: 16 }, (_, i) => ({
        name: `xl/worksheets/sheet${i}.xml`,
        data: xml('<worksheet/>'),
        declaredSize: 20 * 1024 * 1024,
      })),
    ]),
  );
  add(
    'zip bomb (ratio)',
    'survey',
    'bomb-ratio.xlsx',
    buildZip([
      { name: 'xl/workbook.xml', data: xml('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(50 * 1024 * 1024) },
    ]),
  );
  add(
    'zip bomb (lying size)',
    'survey',
    'bomb-liar.xlsx',
    buildZip([
      { name: 'xl/workbook.xml', data: xml('<workbook/>') },
      { name: 'xl/sharedStrings.xml', data: new Uint8Array(4 * 1024 * 1024), declaredSize: 1000 },
    ]),
  );
  add(
    'zip bomb (overlapping entries)',
    'survey',
    'bomb-overlap.xlsx',
    buildZip(
      [
        { name: 'xl/workbook.xml', data: xml('<workbook/>') },
        { name: 'xl/worksheets/sheet1.xml', data: xml('<worksheet/>'.repeat(1000)) },
      ],
      { overlapping: [{ index: 1, name: 'xl/worksheets/sheet2.xml' }] },
    ),
  );
  add(
    'zip bomb (entry count)',
    'survey',
    'bomb-entries.xlsx',
    buildZip(
      Array.from({ length: 10_050 }, (_, i) => ({
        name: `f${i}.xml`,
        data: xml('x'),
        store: true,
      })),
    ),
  );
  add(
    'Word file named .xlsx',
    'survey',
    'report.xlsx',
    buildZip([{ name: 'word/document.xml', data: xml('<w:document/>') }]),
  );
  add(
    'garbled workbook XML',
    'survey',
    'garbled.xlsx',
    buildZip([
      { name: '[Content_Types].xml', data: xml('<Types') },
      { name: 'xl/workbook.xml', data: xml('<<<not xml') },
    ]),
  );
  const cfb = new Uint8Array([
    0xd0,
    0xcf,
    0x11,
    0xe0,
    0xa1,
    0xb1,
    0x1a,
    0xe1,
    ...randomBytes(4000, 77),
  ]);
  add('old .xls or encrypted workbook', 'survey', 'encrypted.xlsx', cfb);
  add('random bytes named .xlsx', 'survey', 'random.xlsx', randomBytes(3000, 4242));

  // --- ragged rows: read, reported per row, nothing stored by the analysis ---
  for (let i = 0; i < 10; i++) {
    const body = surveyLines.slice(0, 8).map((line, row) => {
      const cells = line.split(',');
      return row % 2 === 0
        ? cells.slice(0, 2 + (i % 4)).join(',')
        : [...cells, ...Array(i + 1).fill('9')].join(',');
    });
    add('ragged rows', 'ragged', `ragged-${i}.csv`, encode(surveyCsv(body)));
  }

  // --- engagement archives ---
  const sample = holder.current.engagements
    .list({ search: '', status: 'all', sort: 'client' })
    .find((engagement) => engagement.isSample)!;
  const content = collectEngagement(holder.current.db, sample.id, { appVersion: 'test' });
  const plain = await sealArchive(content);
  const locked = await sealArchive(content, 'juiste wachtwoordzin', FAST_SCRYPT);
  for (let i = 0; i < 25; i++) {
    const at = Math.floor((plain.length * i) / 25);
    add('truncated archive', 'archive', `cut-${i}.klantspiegel`, plain.subarray(0, at));
  }
  for (let i = 0; i < 20; i++) {
    const flipped = Uint8Array.from(plain);
    const at = 10 + Math.floor(((flipped.length - 11) * i) / 20);
    flipped[at] = (flipped[at] ?? 0) ^ (1 << (i % 8));
    add('tampered archive', 'archive', `flip-${i}.klantspiegel`, flipped);
  }
  for (let i = 0; i < 20; i++) {
    const flipped = Uint8Array.from(locked);
    const at = 10 + Math.floor(((flipped.length - 11) * i) / 20);
    flipped[at] = (flipped[at] ?? 0) ^ 0x80;
    add(
      'tampered encrypted archive',
      'archive',
      `locked-flip-${i}.klantspiegel`,
      flipped,
      'juiste wachtwoordzin',
    );
  }
  for (let i = 0; i < 5; i++) {
    add(
      'truncated encrypted archive',
      'archive',
      `locked-cut-${i}.klantspiegel`,
      locked.subarray(0, 30 + i * 40),
      'juiste wachtwoordzin',
    );
  }
  add(
    'encrypted archive, wrong passphrase',
    'archive',
    'wrong.klantspiegel',
    locked,
    'verkeerde wachtwoordzin',
  );
  add('encrypted archive, no passphrase', 'archive', 'none.klantspiegel', locked);
  add(
    'not an archive (zip)',
    'archive',
    'zip.klantspiegel',
    buildZip([{ name: 'a.txt', data: xml('a') }]),
  );
  add('not an archive (JSON)', 'archive', 'json.klantspiegel', encode(JSON.stringify(content)));
  add('not an archive (random)', 'archive', 'random.klantspiegel', randomBytes(5000, 99));
  add('not an archive (empty)', 'archive', 'empty.klantspiegel', new Uint8Array(0));
  const variants: [string, unknown][] = [
    ['archive from a newer app', { ...content, schemaVersion: 999 }],
    ['archive of a newer format', { ...content, contentVersion: 99 }],
    ['archive without tables', { ...content, owned: {} }],
    [
      'archive with two engagements',
      {
        ...content,
        owned: {
          ...content.owned,
          engagements: {
            ...content.owned.engagements!,
            rows: [...content.owned.engagements!.rows, ...content.owned.engagements!.rows],
          },
        },
      },
    ],
    [
      'archive with a row of the wrong length',
      {
        ...content,
        owned: { ...content.owned, groups: { ...content.owned.groups!, rows: [[1]] } },
      },
    ],
    [
      'archive with an unknown table',
      { ...content, owned: { ...content.owned, evil: { columns: ['x'], rows: [['y']] } } },
    ],
    [
      'archive with an unknown column',
      {
        ...content,
        owned: {
          ...content.owned,
          groups: {
            columns: [...content.owned.groups!.columns, 'evil'],
            rows: content.owned.groups!.rows.map((row) => [...row, 1]),
          },
        },
      },
    ],
    [
      'archive with a pollution key',
      JSON.parse(`{"__proto__": {"polluted": true}, "format": "${content.format}"}`),
    ],
    ['archive content that is not an object', [1, 2, 3]],
    [
      'archive with text in an id column',
      {
        ...content,
        owned: {
          ...content.owned,
          groups: {
            ...content.owned.groups!,
            rows: content.owned.groups!.rows.map((row) =>
              row.map((value, index) => (index === 0 ? 'abc' : value)),
            ),
          },
        },
      },
    ],
  ];
  for (const [kind, value] of variants)
    add(kind, 'archive', `${kind}.klantspiegel`, await sealArchive(value));

  // --- instrument and norm files, interview notes ---
  for (let i = 0; i < 8; i++) {
    const bodies = [
      '',
      '{',
      'null',
      '[]',
      '{"id": 5}',
      '{"__proto__": {"polluted": 1}}',
      '\uFEFF{"version": "x"}',
      'x'.repeat(100_000),
    ];
    add('broken instrument file', 'instrument', `instrument-${i}.json`, encode(bodies[i]!));
  }
  for (let i = 0; i < 6; i++) {
    const bodies = [
      'dimension,mean\nKK,abc',
      'not,a,norm\n1',
      '{"entries": 5}',
      '',
      '{',
      'dimension,mean,sd,n\n=cmd,1,1,1',
    ];
    add(
      'broken norm file',
      'norms',
      `norms-${i}.${i === 2 || i === 4 ? 'json' : 'csv'}`,
      encode(bodies[i]!),
    );
  }
  for (let i = 0; i < 5; i++) {
    add(
      'notes file that is no Word file',
      'notes',
      `notes-${i}.docx`,
      i % 2 ? randomBytes(2000, 300 + i) : good.subarray(0, 500 * (i + 1)),
    );
  }
  // --- a Word template that is not a Word file, if the report's template import exists ---
  for (const [i, bytes] of [randomBytes(3000, 11), good, encode('<w:document/>')].entries()) {
    add('Word template that is not a Word file', 'template', `template-${i}.docx`, bytes);
  }
  for (let i = 0; i < 5; i++) {
    const parts = [
      { name: '[Content_Types].xml', data: xml('<Types/>') },
      { name: 'word/styles.xml', data: xml('<!DOCTYPE x [<!ENTITY a "aaaa">]><w:styles/>') },
      { name: 'word/document.xml', data: xml('<w:document/>') },
      { name: 'word/styles.xml', data: new Uint8Array(12 * 1024 * 1024) },
      { name: 'xl/workbook.xml', data: xml('<workbook/>') },
    ];
    add(
      'Word template that is not a Word file',
      'template',
      `template-zip-${i}.docx`,
      buildZip(parts.filter((_, k) => k !== i)),
    );
  }

  // --- files crafted to cost memory or time, and other findings of the second review ---
  for (const [i, megabytes] of [129, 160, 400].entries()) {
    add(
      'archive unpacking far beyond any engagement',
      'archive',
      `bomb-${i}.klantspiegel`,
      await archiveBomb(megabytes, 'abc'[i]),
    );
  }
  for (const shape of ['[]', '{}', '0'] as const) {
    add(
      'archive of millions of tiny values',
      'archive',
      `tiny-${shape}.klantspiegel`,
      tinyValuesArchive(6, shape),
    );
  }
  for (const [i, depth] of [17, 100, 10_000, 100_000].entries()) {
    add('archive nested thousands deep', 'archive', `deep-${i}.klantspiegel`, deepArchive(depth));
  }
  add(
    'archive nested thousands deep',
    'archive',
    'deep-objects.klantspiegel',
    deepArchive(5000, '{', '}'),
  );
  const costs: [number, number, number][] = [
    [20, 2, 1],
    [24, 8, 1],
    [16, 16, 1],
    [15, 8, 8],
    [30, 1, 1],
    [17, 8, 1],
    [255, 255, 255],
    [9, 8, 1],
    [16, 8, 4],
    [20, 1, 1],
  ];
  for (const [i, [log2N, r, p]] of costs.entries()) {
    add(
      'archive asking for an absurd key derivation',
      'archive',
      `cost-${i}.klantspiegel`,
      costlyKeyArchive(log2N, r, p, 900 + i),
      'juiste wachtwoordzin',
    );
  }
  for (const file of [...notDocxFiles(), ...brokenNotesFiles()]) {
    add(file.kind, 'notes', file.name, file.bytes);
  }
  for (let i = 0; i < 5; i++) {
    const deep = `{"id":"x","a":${'['.repeat(40 + i * 2000)}${']'.repeat(40 + i * 2000)}}`;
    add('instrument file nested too deep', 'instrument', `deep-${i}.instrument.json`, encode(deep));
  }
  for (let i = 0; i < 2; i++) {
    const huge = `{"id":"x","pad":"${'y'.repeat(11 * 1024 * 1024 + i)}"}`;
    add('instrument file far too large', 'instrument', `huge-${i}.instrument.json`, encode(huge));
  }
  for (let i = 0; i < 2; i++) {
    const many = `{"items":[${'0,'.repeat(1_200_000 + i)}0]}`;
    add(
      'instrument file of a million values',
      'instrument',
      `many-${i}.instrument.json`,
      encode(many),
    );
  }
  for (const file of formulaNormCsvs())
    add('norm file with formulas', 'norms', file.name, file.bytes);
  for (const file of externalSvgLogos()) {
    add('SVG logo with external references', 'logo', file.name, file.bytes);
  }
  const notImages: [string, Uint8Array][] = [
    ['random.png', randomBytes(4000, 31)],
    ['text.svg', encode('this is no image')],
    [
      'zero.png',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(30)]),
    ],
    ['xml.svg', encode('<?xml version="1.0"?><drawing/>')],
    [
      'huge.svg',
      encode(`<svg xmlns="http://www.w3.org/2000/svg">${' '.repeat(3 * 1024 * 1024)}</svg>`),
    ],
  ];
  for (const [name, bytes] of notImages) add('logo that is no image', 'logo', name, bytes);
  return files;
}

/**
 * The report's Word-template import and the shape of its argument (the file itself, or the file
 * under `file`), when the report's contract has one.
 */
function templateCall(): { name: string; wrap: (file: object) => object } | undefined {
  const probe = { fileName: 't.docx', bytes: new Uint8Array([1]) };
  const shapes = [(file: object) => file, (file: object) => ({ file })];
  for (const name of Object.keys(contract)) {
    if (!/^report\./.test(name) || !/template/i.test(name)) continue;
    const schema = contract[name as keyof typeof contract].arg;
    const wrap = shapes.find((shape) => schema.safeParse(shape(probe)).success);
    if (wrap) return { name, wrap };
  }
  return undefined;
}

async function feed(file: CorpusFile, target: Dispatch = inThread.dispatch): Promise<string> {
  const upload = { fileName: file.name, bytes: file.bytes };
  let response: IpcResponse<unknown>;
  switch (file.target) {
    case 'survey': {
      // The analysis stores nothing; the commit gets the analysis' own mapping when there is
      // one, else that of the well-formed export, and must refuse the file as a whole.
      const analysed = await target('import.analyse', {
        engagementId,
        instrumentId,
        file: upload,
      });
      const mapping = analysed.ok
        ? (analysed.value as { mapping: unknown }).mapping
        : surveyMapping;
      const committed = await target('import.commit', {
        engagementId,
        instrumentId,
        file: upload,
        mapping,
      });
      if (committed.ok) return 'imported';
      if (!analysed.ok && analysed.error.key !== committed.error.key) {
        return `analysis said ${analysed.error.key}, commit ${committed.error.key}`;
      }
      response = committed;
      break;
    }
    case 'ragged': {
      response = await target('import.analyse', { engagementId, instrumentId, file: upload });
      if (response.ok) {
        const { problemCounts } = (
          response.value as { preview: { summary: { problemCounts: Record<string, number> } } }
        ).preview.summary;
        return (problemCounts.raggedRow ?? 0) > 0
          ? 'import.problem.raggedRow'
          : 'analysed without a word';
      }
      break;
    }
    case 'archive':
      response = await target('archives.import', {
        ...upload,
        ...(file.passphrase ? { passphrase: file.passphrase } : {}),
      });
      break;
    case 'instrument':
      response = await target('instruments.importFile', upload);
      break;
    case 'norms':
      response = await target('norms.import', upload);
      break;
    case 'notes':
      response = await target('interviews.notes.import', upload);
      break;
    case 'logo':
      response = await target('report.houseStyle.setLogo', { file: upload });
      break;
    case 'template': {
      const call = templateCall();
      // Without a template import in the report's contract (shared/ipc/report.ts) there is no
      // handler to feed a fake Word template to; the kind would be skipped, not faked.
      if (!call) return 'skipped: no template import in the contract';
      response = await target(call.name, call.wrap(upload));
      break;
    }
  }
  return response.ok ? 'accepted' : response.error.key;
}

let corpusFiles: CorpusFile[] | undefined;
/** Built once: the archive bombs take a few seconds to compress. */
async function corpus(): Promise<CorpusFile[]> {
  corpusFiles ??= await buildCorpus();
  return corpusFiles;
}
const answers = new Map<CorpusFile, string>();

describe('a corpus of hostile and broken files', () => {
  it('answers each with a clear message and changes nothing', { timeout: 180_000 }, async () => {
    const files = await corpus();
    expect(files.length).toBeGreaterThan(300);
    const outcomes = new Map<string, Map<string, number>>();
    const problems: string[] = [];
    for (const file of files) {
      const before = contentHash(holder.current.db);
      const key = await feed(file);
      answers.set(file, key);
      if (contentHash(holder.current.db) !== before)
        problems.push(`${file.name} changed the workspace`);
      if (['errors.internal', 'accepted', 'imported'].includes(key) || / said /.test(key)) {
        problems.push(`${file.name} (${file.kind}): ${key}`);
      }
      const byKey = outcomes.get(file.kind) ?? new Map<string, number>();
      byKey.set(key, (byKey.get(key) ?? 0) + 1);
      outcomes.set(file.kind, byKey);
    }
    expect(problems).toEqual([]);
    expect(internalErrors()).toEqual([]);
    const only = (kind: string) => [...(outcomes.get(kind)?.keys() ?? [])];
    expect(only('binary garbage')).toEqual(['import.notText']);
    expect(only('UTF-16 without byte order mark')).toEqual(['import.notText']);
    expect(only('NUL bytes in text')).toEqual(['import.notText']);
    expect(only('huge cell')).toEqual(['import.cellTooLarge']);
    expect(only('too many columns')).toEqual(['import.tooManyColumns']);
    expect(only('truncated workbook').every((key) => key.startsWith('import.'))).toBe(true);
    for (const bomb of [
      'declared size',
      'ratio',
      'lying size',
      'overlapping entries',
      'entry count',
    ]) {
      expect(only(`zip bomb (${bomb})`)).toEqual(['import.zipBomb']);
    }
    expect(only('old .xls or encrypted workbook')).toEqual(['import.xlsOrEncrypted']);
    expect(only('Windows-1252 text claimed as UTF-8')).toEqual(['import.notText']);
    expect(only('UTF-16 big-endian without byte order mark')).toEqual(['import.notText']);
    expect(only('formula injection in answers')).toEqual(['import.cannotImport']);
    expect(only('ragged rows')).toEqual(['import.problem.raggedRow']);
    expect(only('tampered archive')).toEqual(['archive.corrupt']);
    // A flip in the salt reads as a wrong passphrase, one in the key cost as an unsafe cost
    // (refused before any derivation); anywhere else as damage.
    expect(only('tampered encrypted archive')).toContain('archive.corrupt');
    expect(
      only('tampered encrypted archive').every((key) =>
        ['archive.corrupt', 'archive.wrongPassphrase', 'archive.unsafeKeyCost'].includes(key),
      ),
    ).toBe(true);
    expect(only('encrypted archive, wrong passphrase')).toEqual(['archive.wrongPassphrase']);
    expect(only('encrypted archive, no passphrase')).toEqual(['archive.passphraseRequired']);
    expect(only('archive from a newer app')).toEqual(['archive.tooNew']);
    expect(only('not an archive (zip)')).toEqual(['archive.notAnArchive']);
    expect(only('archive unpacking far beyond any engagement')).toEqual(['archive.tooLarge']);
    expect(only('archive of millions of tiny values')).toEqual(['archive.tooComplex']);
    expect(only('archive nested thousands deep')).toEqual(['archive.corrupt']);
    expect(only('archive asking for an absurd key derivation')).toEqual(['archive.unsafeKeyCost']);
    expect(only('notes: Word zip bomb')).toEqual(['interviews.import.unsafe']);
    expect(only('notes: old Word document')).toEqual(['interviews.import.oldDoc']);
    expect(only('notes: zip without a Word document')).toEqual(['interviews.import.notDocx']);
    expect(only('notes: binary data named .md')).toEqual(['interviews.import.notText']);
    expect(only('notes: Markdown over the size limit')).toEqual(['interviews.import.tooLarge']);
    expect(only('notes: empty')).toEqual(['interviews.import.empty']);
    expect(only('notes: unsupported kind')).toEqual(['interviews.import.unsupported']);
    expect(only('instrument file nested too deep')).toEqual(['instrument.notJson']);
    expect(only('instrument file far too large')).toEqual(['files.tooLarge']);
    expect(only('instrument file of a million values')).toEqual(['instrument.notJson']);
    expect(only('norm file with formulas')).toEqual(['norms.invalidFile']);
    expect(only('SVG logo with external references')).toEqual(['report.logoExternal']);
    expect(
      only('logo that is no image').every((key) =>
        ['report.logoNotImage', 'report.logoTooLarge'].includes(key),
      ),
    ).toBe(true);
    if (templateCall()) {
      expect(
        only('Word template that is not a Word file').some((key) => key.startsWith('report.')),
      ).toBe(true);
    }
    for (const kind of outcomes.keys()) {
      if (/archive/.test(kind))
        expect(
          only(kind).every((key) => key.startsWith('archive.')),
          kind,
        ).toBe(true);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the same corpus through the app’s worker threads', () => {
  it('gives every kind of file the same answer, with nothing written', async () => {
    const files = await corpus();
    const firstOfKind = new Map<string, CorpusFile>();
    for (const file of files) if (!firstOfKind.has(file.kind)) firstOfKind.set(file.kind, file);
    expect(firstOfKind.size).toBeGreaterThan(50);
    const differences: string[] = [];
    for (const file of firstOfKind.values()) {
      const expected = answers.get(file) ?? (await feed(file));
      const before = contentHash(holder.current.db);
      const key = await feed(file, withWorkers.dispatch);
      if (contentHash(holder.current.db) !== before) differences.push(`${file.name} wrote`);
      if (key !== expected) differences.push(`${file.name} (${file.kind}): ${expected} ≠ ${key}`);
    }
    expect(differences).toEqual([]);
    expect(internalErrors()).toEqual([]);
    // Some 80 worker threads: seconds on an idle machine, minutes on a crowded one.
  }, 300_000);
});

describe('a damaged workspace file', () => {
  async function damagedFiles(): Promise<[string, Uint8Array][]> {
    const source = mkdtempSync(join(tmpdir(), 'klantspiegel-damaged-'));
    const workspace = Workspace.open(source);
    createSampleEngagement(workspace, 'nl');
    workspace.close();
    const good = readFileSync(join(source, DATABASE_FILE_NAME));
    rmSync(source, { recursive: true, force: true });
    const zeroed = Uint8Array.from(good);
    zeroed.fill(0, 8192, 8192 + 4096 * 3);
    const scribbled = Uint8Array.from(good);
    scribbled.set(randomBytes(20_000, 5), Math.floor(good.length / 2));
    const header = Uint8Array.from(good);
    header.set(encode('SQLite format 4'), 0);
    const pageSize = Uint8Array.from(good);
    pageSize[16] = 0x03;
    return [
      ['random bytes', randomBytes(100_000, 1)],
      ['a text file', encode('workspace backup, see attachment\n'.repeat(500))],
      ['half a database', good.subarray(0, Math.floor(good.length / 2))],
      ['pages overwritten with zeros', zeroed],
      ['pages overwritten with noise', scribbled],
      ['a foreign header', header],
      ['an impossible page size', pageSize],
    ];
  }

  it('is refused with a clear error and never written to', async () => {
    for (const [what, bytes] of await damagedFiles()) {
      const dataDir = mkdtempSync(join(tmpdir(), 'klantspiegel-open-'));
      try {
        const file = join(dataDir, DATABASE_FILE_NAME);
        writeFileSync(file, bytes);
        let key = 'opened';
        try {
          Workspace.open(dataDir).close();
        } catch (error) {
          key = error instanceof AppError ? error.key : `crash: ${String(error)}`;
        }
        expect(key, what).toBe('errors.workspaceCorrupt');
        expect(Buffer.from(readFileSync(file)).equals(Buffer.from(bytes)), what).toBe(true);
        expect(existsSync(`${file}-wal`), what).toBe(false);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  });
});
