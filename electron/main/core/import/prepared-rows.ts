/**
 * The rows an import analysis found, as columns (shared/import ImportRows), and the one way they
 * become stored respondents: both a commit of analysed rows and a commit that reads the file
 * itself insert through `encodedRespondents`, so a change of the stored format is made here.
 */
import type { ImportRows } from '@shared/import';
import type { EncodedRespondent } from '../repositories/respondents';

/**
 * The rows an analysis found, ready to store: kept (see prepared-imports.ts) so that committing
 * the file just analysed does not read, map and check it a second time. Columns, not objects:
 * the answers are one Float64Array, moved (not copied) between threads (`preparedBuffers`).
 */
export interface PreparedRows {
  rows: ImportRows;
  skippedRows: number;
}

/** The buffers of prepared rows, to transfer them to another thread with `postMessage`. */
export function preparedBuffers({ rows }: PreparedRows): ArrayBuffer[] {
  return [rows.values.buffer, rows.fileRows.buffer, rows.generatedCodes.buffer] as ArrayBuffer[];
}

/**
 * The respondents of `rows` as the insert takes them, one at a time: the answers encoded as
 * `answers_json` stores them (the answered scale items, then the non-blank open answers: what
 * JSON.stringify(compactAnswers(…)) gives), written directly from the columns, since building
 * an object per row to stringify it costs more than the insert.
 */
export function* encodedRespondents(rows: ImportRows): Generator<EncodedRespondent> {
  const width = rows.itemCodes.length;
  const keys = rows.itemCodes.map((code) => `,${JSON.stringify(code)}:`);
  const { values, openAnswers } = rows;
  let open = 0;
  for (let index = 0; index < rows.codes.length; index++) {
    let json = '';
    for (let item = 0, at = index * width; item < width; item++, at++) {
      const value = values[at]!;
      if (!Number.isNaN(value)) json += keys[item]! + value; // missing answers are not stored
    }
    const openTexts: [string, string][] = [];
    // Open answers are listed by respondent, in order.
    while (open < openAnswers.length && openAnswers[open]![0] === index) {
      const [, code, text] = openAnswers[open++]!;
      openTexts.push([code, text]);
      json += `,${JSON.stringify(code)}:${JSON.stringify(text)}`;
    }
    yield {
      code: rows.codes[index]!,
      groupId: Number(rows.groupIds[index]),
      role: '',
      answersJson: `{${json.slice(1)}}`,
      openTexts,
      // The stored numbers come from these columns, not from reading the JSON back.
      columns: { itemCodes: rows.itemCodes, values, offset: index * width },
    };
  }
}
