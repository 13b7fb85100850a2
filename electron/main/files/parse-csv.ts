/**
 * CSV text to rows with papaparse: quoted cells may hold delimiters, doubled quotes and line
 * breaks. The delimiter (`,` `;` or tab) is the one that splits the first records most
 * consistently, so commas inside Dutch question texts do not fool it.
 */
import Papa from 'papaparse';
import type { TableDelimiter } from '@shared/import/table';
import { TableReadError } from './table-read-error';

const CANDIDATES: TableDelimiter[] = [';', ',', '\t'];
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_RECORDS = 20;

export interface ParsedCsv {
  /** All records; trailing empty records removed. */
  records: string[][];
  delimiter: TableDelimiter;
}

/**
 * The line break papaparse would guess, where it needs no guessing: a text without a carriage
 * return breaks its lines at "\n", which is what papaparse's guess then gives (it looks at the
 * first megabyte with quoted parts removed, and splits that at both characters: for a file of
 * thousands of rows, two arrays of thousands of strings made and dropped at once). Otherwise
 * undefined: papaparse guesses.
 */
function lineBreakOf(text: string): '\n' | undefined {
  return text.includes('\r') ? undefined : '\n';
}

function isBlankRecord(record: string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

export function detectDelimiter(text: string): TableDelimiter {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const newline = lineBreakOf(sample);
  let best: { delimiter: TableDelimiter; consistency: number; fields: number } | null = null;
  for (const delimiter of CANDIDATES) {
    const { data } = Papa.parse<string[]>(sample, { delimiter, newline, preview: SAMPLE_RECORDS });
    const records = data.filter((record) => !isBlankRecord(record));
    const fields = records[0]?.length ?? 0;
    if (fields < 2) continue;
    // The sample may end inside the last record; leave it out.
    const body = records.slice(1, sample.length < text.length ? -1 : undefined);
    const consistent = body.filter((record) => record.length === fields).length;
    const consistency = body.length === 0 ? 1 : consistent / body.length;
    if (
      !best ||
      consistency > best.consistency ||
      (consistency === best.consistency && fields > best.fields)
    ) {
      best = { delimiter, consistency, fields };
    }
  }
  return best?.delimiter ?? ',';
}

export function parseCsv(text: string, fileName: string): ParsedCsv {
  const delimiter = detectDelimiter(text);
  const result = Papa.parse<string[]>(text, {
    delimiter,
    newline: lineBreakOf(text),
    skipEmptyLines: false,
  });
  const unclosed = result.errors.find((error) => error.code === 'MissingQuotes');
  if (unclosed) {
    const row = (unclosed.row ?? result.data.length - 1) + 1;
    throw new TableReadError('import.unclosedQuote', { fileName, row });
  }
  const records = result.data;
  while (records.length > 0 && isBlankRecord(records[records.length - 1]!)) records.pop();
  return { records, delimiter };
}
