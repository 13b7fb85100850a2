import type { Migration } from './migration';
import { writeAnswerNumbersFromJson } from '@main/core/repositories/answer-numbers';

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
    writeAnswerNumbersFromJson(db);
  },
};
