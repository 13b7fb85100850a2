import type { Migration } from './migration';

/**
 * The answers' numbers from an index. A first analysis of an engagement (a fresh read worker, or
 * an engagement not decoded yet) reads every respondent's `answer_numbers` with its id and group
 * (`repositories/decoded-answers.ts`); with only (engagement_id, instrument_id) indexed, SQLite
 * read each respondent's whole row to get them, `answers_json` and all: some 700 bytes a row,
 * 3.5 MB of pages for 5,000 respondents and most of the 25–35 ms the decoding cost a fresh
 * process. An index that holds those columns (about 75 bytes a respondent) answers the query
 * alone, in id order within the engagement and instrument, as the decoding reads it. It takes
 * the place of the index on (engagement_id, instrument_id), which is its first two columns.
 */
export const migration0013AnswersIndex: Migration = {
  version: 13,
  name: 'answers from an index',
  up(db) {
    db.exec(`
      CREATE INDEX respondents_answers_by_instrument
        ON respondents (engagement_id, instrument_id, id, group_id, answer_numbers);
      DROP INDEX respondents_by_instrument;
    `);
  },
};
