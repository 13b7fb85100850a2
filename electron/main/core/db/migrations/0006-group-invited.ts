import type { Migration } from './migration';

/**
 * How many people of a group were invited (or are targeted) to answer the questionnaire. With it
 * the app shows response rates and the margin of error with the finite-population correction;
 * NULL means the consultant has not said, and no rate is shown.
 */
export const migration0006GroupInvited: Migration = {
  version: 6,
  name: 'invited count per group',
  up(db) {
    db.exec(`
      ALTER TABLE groups ADD COLUMN invited_count INTEGER
        CHECK (invited_count IS NULL OR invited_count >= 1);
    `);
  },
};
