import type { Migration } from './migration';

/**
 * Open answers and the answer cache's change counter.
 *
 * - `open_answers`: the free-text answers of respondents, one row per respondent and open
 *   question, kept in step with `respondents.answers_json` by RespondentRepository (every
 *   respondent write goes through it), so they can be listed, searched, coded with the
 *   engagement's themes and chosen as quotes for the report. Existing answers are copied in.
 * - `open_answers_fts`: full-text search over them, with the same tokenizer as the interview
 *   search (accents folded, prefixes indexed), kept in step by triggers.
 * - `respondent_changes`: one counter, raised by triggers on every update and delete of a
 *   respondent — by any connection (the import worker has its own) and by cascades — so the
 *   decoded answers main keeps in memory are never used after the data changed. Inserts need no
 *   trigger (it would cost a third of a large import): they change the respondent count, which
 *   the cache compares as well.
 */
export const migration0008OpenAnswers: Migration = {
  version: 8,
  name: 'open answers with themes and search; respondent change counter',
  up(db) {
    db.exec(`
      CREATE TABLE open_answers (
        id INTEGER PRIMARY KEY,
        respondent_id INTEGER NOT NULL REFERENCES respondents (id) ON DELETE CASCADE,
        item_code TEXT NOT NULL CHECK (length(item_code) > 0),
        text TEXT NOT NULL CHECK (length(text) > 0),
        -- Chosen by the consultant as a quote for the report.
        quoted INTEGER NOT NULL DEFAULT 0 CHECK (quoted IN (0, 1)),
        UNIQUE (respondent_id, item_code)
      ) STRICT;

      CREATE TABLE open_answer_themes (
        open_answer_id INTEGER NOT NULL REFERENCES open_answers (id) ON DELETE CASCADE,
        theme_id INTEGER NOT NULL REFERENCES interview_themes (id) ON DELETE CASCADE,
        PRIMARY KEY (open_answer_id, theme_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX open_answer_themes_by_theme ON open_answer_themes (theme_id);

      CREATE VIRTUAL TABLE open_answers_fts USING fts5 (
        text,
        content = 'open_answers',
        content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
      CREATE VIRTUAL TABLE open_answers_vocab USING fts5vocab (open_answers_fts, 'row');
      CREATE TRIGGER open_answers_fts_insert AFTER INSERT ON open_answers BEGIN
        INSERT INTO open_answers_fts (rowid, text) VALUES (new.id, new.text);
      END;
      CREATE TRIGGER open_answers_fts_delete AFTER DELETE ON open_answers BEGIN
        INSERT INTO open_answers_fts (open_answers_fts, rowid, text)
          VALUES ('delete', old.id, old.text);
      END;
      CREATE TRIGGER open_answers_fts_update AFTER UPDATE OF text ON open_answers BEGIN
        INSERT INTO open_answers_fts (open_answers_fts, rowid, text)
          VALUES ('delete', old.id, old.text);
        INSERT INTO open_answers_fts (rowid, text) VALUES (new.id, new.text);
      END;

      INSERT INTO open_answers (respondent_id, item_code, text)
        SELECT r.id, a.key, a.value FROM respondents r, json_each(r.answers_json) a
        WHERE a.type = 'text' AND length(trim(a.value)) > 0;

      CREATE TABLE respondent_changes (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        counter INTEGER NOT NULL
      ) STRICT;
      INSERT INTO respondent_changes (id, counter) VALUES (1, 0);
      CREATE TRIGGER respondent_changes_update AFTER UPDATE ON respondents BEGIN
        UPDATE respondent_changes SET counter = counter + 1;
      END;
      CREATE TRIGGER respondent_changes_delete AFTER DELETE ON respondents BEGIN
        UPDATE respondent_changes SET counter = counter + 1;
      END;
    `);
  },
};
