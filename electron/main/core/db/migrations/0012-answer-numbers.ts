import type { Migration } from './migration';
import { AnswerNumbersEncoder, scoredItemCodes } from '@main/core/repositories/answer-numbers';

/**
 * Answers as numbers beside their JSON (`respondents.answer_numbers`, see
 * repositories/answer-numbers.ts): each analysis of a fresh process decoded every respondent's
 * `answers_json` again (300,000 numbers for 5,000 × 60), most of the time of a first Kloof tab.
 * Filled here for the rows already stored (a workspace or backup of an earlier version), from
 * their JSON with the instrument version's scored items, as RespondentRepository writes new ones.
 */
export const migration0012AnswerNumbers: Migration = {
  version: 12,
  name: 'answers as numbers',
  up(db) {
    db.exec('ALTER TABLE respondents ADD COLUMN answer_numbers BLOB');
    const instruments = db
      .prepare<[], { id: number; definition_json: string }>(
        'SELECT id, definition_json FROM instruments WHERE id IN (SELECT instrument_id FROM respondents)',
      )
      .all();
    const update = db.prepare('UPDATE respondents SET answer_numbers = ? WHERE id = ?');
    for (const { id: instrumentId, definition_json } of instruments) {
      const definition = JSON.parse(definition_json) as Parameters<typeof scoredItemCodes>[0];
      const encoder = new AnswerNumbersEncoder(scoredItemCodes(definition));
      const rows = db
        .prepare<[number], [number, string]>(
          'SELECT id, answers_json FROM respondents WHERE instrument_id = ?',
        )
        .raw()
        .all(instrumentId);
      for (const [id, json] of rows) update.run(encoder.encode(json), id);
    }
  },
};
