/**
 * Norm sets: reference figures per dimension (and overall) to compare an engagement with.
 *
 * A norm entry holds mean, SD, n and five percentile points (P10, P25, P50, P75, P90) of
 * dimension scores on the instrument's answer scale (1–5 for the Klantgerichtheidsscan). The
 * overall index uses the dimension code `OVERALL`.
 *
 * Files: JSON (this schema; resources/norms/illustrative.json is the shipped, explicitly
 * illustrative set) or CSV with one row per dimension and the columns
 * `dimension,mean,sd,n,p10,p25,p50,p75,p90` (see parseNormCsv / serializeNormCsv).
 */
import { z } from 'zod';
import {
  addDuplicateIssues,
  makeProblem,
  problemsFromZod,
  type ContentProblem,
  type ParseResult,
} from './problems';
import { localizedTextSchema } from './text';
import { csvPlainField, csvTextField, looksLikeFormula } from '../import/neutralise';

export const NORM_OVERALL = 'OVERALL';
export const PERCENTILE_KEYS = ['p10', 'p25', 'p50', 'p75', 'p90'] as const;
export type PercentileKey = (typeof PERCENTILE_KEYS)[number];
const PERCENTILE_RANKS: Record<PercentileKey, number> = {
  p10: 10,
  p25: 25,
  p50: 50,
  p75: 75,
  p90: 90,
};

export const NORM_CSV_COLUMNS = ['dimension', 'mean', 'sd', 'n', ...PERCENTILE_KEYS] as const;

export interface ScaleRange {
  min: number;
  max: number;
}
export const DEFAULT_NORM_SCALE: ScaleRange = { min: 1, max: 5 };

const NORM_TEMPLATES: Record<string, string> = {
  'norms.percentilesNotAscending': 'The percentile points must not decrease from P10 to P90.',
  'norms.outsideScale': 'This value lies outside the scale of the norm set.',
  'norms.duplicateDimension': 'This dimension appears more than once in the norm set.',
  'norms.scaleMaxNotAboveMin': 'The scale maximum must be greater than the minimum.',
  'norms.unsupportedFormatVersion':
    'This norm file uses a format version this version of Klantspiegel does not know.',
};

// Built when first used (`z.lazy`), not when the module loads: see guides.ts.
export const normEntrySchema = z.lazy(() =>
  z
    .object({
      /** A dimension code of the instrument, or `OVERALL` for the overall score. */
      dimension: z.string().min(1),
      mean: z.number(),
      sd: z.number().min(0),
      n: z.int().min(1),
      p10: z.number(),
      p25: z.number(),
      p50: z.number(),
      p75: z.number(),
      p90: z.number(),
    })
    .superRefine((entry, context) => {
      for (let index = 1; index < PERCENTILE_KEYS.length; index += 1) {
        const key = PERCENTILE_KEYS[index]!;
        if (entry[key] < entry[PERCENTILE_KEYS[index - 1]!]) {
          context.addIssue({
            code: 'custom',
            message: 'norms.percentilesNotAscending',
            path: [key],
            input: entry[key],
          });
        }
      }
    }),
);

export type NormEntry = z.output<typeof normEntrySchema>;

export const normSetSchema = z.lazy(() =>
  z
    .object({
      formatVersion: z.literal(1, { error: 'norms.unsupportedFormatVersion' }).optional(),
      id: z.string().min(1),
      name: localizedTextSchema,
      /** True for made-up demonstration figures; the UI then labels the norm as illustrative. */
      illustrative: z.boolean(),
      /** Where the figures come from and how to read them. */
      note: localizedTextSchema.nullish().transform((note) => note ?? null),
      /** Id of the instrument the norms belong to. */
      instrument: z.string().min(1),
      scale: z.object({ min: z.number(), max: z.number() }).default({ ...DEFAULT_NORM_SCALE }),
      entries: z.array(normEntrySchema).min(1),
    })
    .superRefine((set, context) => {
      if (set.scale.min >= set.scale.max) {
        context.addIssue({
          code: 'custom',
          message: 'norms.scaleMaxNotAboveMin',
          path: ['scale', 'max'],
          input: set.scale.max,
        });
        return;
      }
      addDuplicateIssues(
        context,
        set.entries,
        { listPath: 'entries', field: 'dimension', message: 'norms.duplicateDimension' },
        (entry) => entry.dimension,
      );
      set.entries.forEach((entry, index) => {
        for (const key of ['mean', ...PERCENTILE_KEYS] as const) {
          if (entry[key] < set.scale.min || entry[key] > set.scale.max) {
            context.addIssue({
              code: 'custom',
              message: 'norms.outsideScale',
              path: ['entries', index, key],
              input: entry[key],
            });
          }
        }
      });
    }),
);

export type NormSet = z.output<typeof normSetSchema>;
export type NormSetFile = z.input<typeof normSetSchema>;

export function parseNormSet(json: unknown): ParseResult<'normSet', NormSet> {
  const result = normSetSchema.safeParse(json, { reportInput: true });
  return result.success
    ? { ok: true, normSet: result.data }
    : { ok: false, problems: problemsFromZod(result.error, 'norms', NORM_TEMPLATES) };
}

export function normFor(set: NormSet, dimension: string): NormEntry | undefined {
  return set.entries.find((entry) => entry.dimension === dimension);
}

/**
 * The percentile rank (0–100) of `score` in a norm, from its percentile points.
 *
 * The known points are (P10, 10), (P25, 25), (P50, 50), (P75, 75) and (P90, 90), completed with
 * the ends of the answer scale as (min, 0) and (max, 100), so the tails stay within the scale
 * instead of assuming a distribution the norm does not describe. Between neighbouring points the
 * rank is interpolated linearly. Scores outside the scale are clamped to it. When several points
 * share a value (a flat stretch, common on short answer scales) a score exactly at that value
 * gets the middle of the ranks it spans: with P25 = P50 = 3.5, a score of 3.5 is at 37.5.
 */
export function percentileOf(
  score: number,
  norm: NormEntry,
  scale: ScaleRange = DEFAULT_NORM_SCALE,
): number {
  if (!Number.isFinite(score)) return Number.NaN;
  const points: [value: number, rank: number][] = [
    [Math.min(scale.min, norm.p10), 0],
    ...PERCENTILE_KEYS.map((key): [number, number] => [norm[key], PERCENTILE_RANKS[key]]),
    [Math.max(scale.max, norm.p90), 100],
  ];
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const x = Math.min(Math.max(score, first[0]), last[0]);

  const tied = points.filter(([value]) => value === x);
  if (tied.length > 0) return (tied[0]![1] + tied[tied.length - 1]![1]) / 2;
  for (let index = 1; index < points.length; index += 1) {
    const [upperValue, upperRank] = points[index]!;
    const [lowerValue, lowerRank] = points[index - 1]!;
    if (x < upperValue) {
      return lowerRank + ((x - lowerValue) / (upperValue - lowerValue)) * (upperRank - lowerRank);
    }
  }
  return 100;
}

// ---------------------------------------------------------------------------------------------
// CSV

export interface NormCsvProblem extends ContentProblem {
  /** Line number as a spreadsheet shows it: the header is row 1. */
  row: number;
  column: string | null;
}

const CSV_TEMPLATES = {
  empty: 'The file is empty.',
  missingColumn: 'The column "{{column}}" is missing from the header row.',
  notANumber: 'Row {{row}}, column "{{column}}": "{{value}}" is not a number.',
  formula:
    'Row {{row}}, column "{{column}}": "{{value}}" is a spreadsheet formula; save the values instead.',
  notAWholeNumber: 'Row {{row}}, column "{{column}}": "{{value}}" is not a whole number.',
  invalidEntry: 'Row {{row}}, column "{{column}}": {{detail}}',
  duplicateDimension:
    'Row {{row}}: dimension "{{dimension}}" already appeared in row {{otherRow}}.',
} as const;

function csvProblem(
  row: number,
  column: string | null,
  kind: keyof typeof CSV_TEMPLATES,
  params: Record<string, string | number> = {},
): NormCsvProblem {
  const full = { row, ...(column === null ? {} : { column }), ...params };
  return {
    ...makeProblem(
      column === null ? String(row) : `${row}.${column}`,
      `norms.csv.${kind}`,
      CSV_TEMPLATES[kind],
      full,
    ),
    row,
    column,
  };
}

/** Splits CSV text into rows of cells (RFC 4180 quoting; CRLF, LF or CR line ends). */
function splitCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function detectDelimiter(headerLine: string): string {
  const counts = [';', '\t', ','].map((candidate) => ({
    candidate,
    count: headerLine.split(candidate).length - 1,
  }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0]!.count > 0 ? counts[0]!.candidate : ',';
}

export type NormCsvResult =
  { ok: true; entries: NormEntry[] } | { ok: false; problems: NormCsvProblem[] };

const NUMBER_PATTERN = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Reads norm entries from CSV text. The header names the columns (any order, any case; other
 * columns are ignored). Delimiter `,`, `;` or tab is detected from the header; with `;` or tab a
 * decimal comma is accepted, as Dutch Excel writes it. A leading byte-order mark and blank lines
 * are ignored. Problems name the row (as a spreadsheet numbers it) and the column.
 */
export function parseNormCsv(text: string): NormCsvResult {
  const clean = text.replace(/^\uFEFF/, '');
  const firstLine = clean.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const delimiter = detectDelimiter(firstLine);
  const rows = splitCsv(clean, delimiter)
    .map((cells, index) => ({ cells, row: index + 1 }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  const header = rows[0];
  if (!header) return { ok: false, problems: [csvProblem(1, null, 'empty')] };

  const columnIndex = new Map(
    header.cells.map((name, index) => [name.trim().toLowerCase(), index]),
  );
  const missing = NORM_CSV_COLUMNS.filter((column) => !columnIndex.has(column));
  if (missing.length > 0) {
    return {
      ok: false,
      problems: missing.map((column) => csvProblem(header.row, column, 'missingColumn')),
    };
  }

  const problems: NormCsvProblem[] = [];
  const entries: NormEntry[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { cells, row } of rows.slice(1)) {
    const cell = (column: string) => (cells[columnIndex.get(column)!] ?? '').trim();
    const candidate: Record<string, unknown> = { dimension: cell('dimension') };
    let readable = true;
    // `=HYPERLINK(…)` is no dimension code: values are kept as data, formulas are refused (also
    // when they come back from an export that neutralised them with an apostrophe).
    if (looksLikeFormula(cell('dimension').replace(/^'/, ''))) {
      problems.push(csvProblem(row, 'dimension', 'formula', { value: cell('dimension') }));
      readable = false;
    }
    for (const column of NORM_CSV_COLUMNS.slice(1)) {
      const raw = cell(column);
      const normalised = delimiter === ',' ? raw : raw.replace(',', '.');
      if (!NUMBER_PATTERN.test(normalised)) {
        problems.push(csvProblem(row, column, 'notANumber', { value: raw }));
        readable = false;
      } else if (column === 'n' && !Number.isInteger(Number(normalised))) {
        problems.push(csvProblem(row, column, 'notAWholeNumber', { value: raw }));
        readable = false;
      } else candidate[column] = Number(normalised);
    }
    if (!readable) continue;

    const parsed = normEntrySchema.safeParse(candidate, { reportInput: true });
    if (!parsed.success) {
      for (const problem of problemsFromZod(parsed.error, 'norms', NORM_TEMPLATES)) {
        const column = problem.path.split('.')[0] || null;
        problems.push(
          csvProblem(row, column, 'invalidEntry', {
            detail: problem.message,
            detailKey: problem.key,
          }),
        );
      }
      continue;
    }
    const otherRow = firstRowOf.get(parsed.data.dimension);
    if (otherRow !== undefined) {
      problems.push(
        csvProblem(row, 'dimension', 'duplicateDimension', {
          dimension: parsed.data.dimension,
          otherRow,
        }),
      );
      continue;
    }
    firstRowOf.set(parsed.data.dimension, row);
    entries.push(parsed.data);
  }
  return problems.length === 0 ? { ok: true, entries } : { ok: false, problems };
}

/**
 * Writes norm entries as CSV with the documented columns, full precision, CRLF line ends.
 * `delimiter: ';'` writes the Dutch Excel dialect (decimal comma). The dimension is text and goes
 * through the same formula neutralisation as every other CSV the app writes.
 */
export function serializeNormCsv(
  entries: NormEntry[],
  options: { delimiter?: ',' | ';' } = {},
): string {
  const delimiter = options.delimiter ?? ',';
  const number = (value: number) =>
    delimiter === ';' ? String(value).replace('.', ',') : String(value);
  const lines = [
    NORM_CSV_COLUMNS.join(delimiter),
    ...entries.map((entry) =>
      [
        csvTextField(entry.dimension),
        ...NORM_CSV_COLUMNS.slice(1).map((column) =>
          csvPlainField(number(entry[column as Exclude<typeof column, 'dimension'>]), delimiter),
        ),
      ].join(delimiter),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
