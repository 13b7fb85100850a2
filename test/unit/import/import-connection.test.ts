/**
 * The import worker's connection keeps a small page cache (`configureImportConnection`,
 * open-workspace.ts): an import larger than that cache writes pages to the WAL before its commit.
 * It must still be all or none: a row refused after thousands of others leaves nothing behind,
 * the same rows then go in whole, and the file stays sound.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { configureImportConnection, IMPORT_PAGE_CACHE_KIB } from '@main/core/db/open-workspace';
import {
  encodeRespondent,
  RespondentRepository,
  type EncodedRespondent,
} from '@main/core/repositories/respondents';
import { engagementWithScan } from '@test/support/scan-engagement';
import { tempWorkspace } from '@test/support/temp-workspace';

const RESPONDENTS = 10_000;

describe("the import worker's connection", () => {
  it('commits an import larger than its page cache all or none', () => {
    const workspace = tempWorkspace();
    const { engagement, instrumentId, instrument } = engagementWithScan(workspace, 'Cache BV');
    const groupIds = engagement.groups.map((group) => group.id);
    const scored = instrument.items.filter((item) => item.kind !== 'open').map((item) => item.code);
    const rows = (): EncodedRespondent[] =>
      Array.from({ length: RESPONDENTS }, (_, r) =>
        encodeRespondent({
          groupId: groupIds[r % groupIds.length]!,
          code: `R${r + 1}`,
          role: '',
          answers: Object.fromEntries(scored.map((code, c) => [code, 1 + ((r + c) % 5)])),
        }),
      );
    // Read through the app's own connection: what the rest of the app sees.
    const stored = () =>
      workspace.respondents.countByInstrument(engagement.id).get(instrumentId) ?? 0;

    const db = new Database(workspace.databasePath, { fileMustExist: true });
    try {
      configureImportConnection(db);
      expect(db.pragma('cache_size', { simple: true })).toBe(-IMPORT_PAGE_CACHE_KIB);
      const respondents = new RespondentRepository(db);
      const pagesBefore = db.pragma('page_count', { simple: true }) as number;

      // Every row, then one whose group is not the engagement's: refused inside the transaction.
      function* refusedAtTheEnd(): Generator<EncodedRespondent> {
        yield* rows();
        yield { ...rows()[0]!, code: 'LAST', groupId: 999_999 };
      }
      expect(() =>
        respondents.insertEncoded(engagement.id, instrumentId, 'import', refusedAtTheEnd()),
      ).toThrow(expect.objectContaining({ key: 'errors.notFound' }));
      expect(stored()).toBe(0);

      respondents.insertEncoded(engagement.id, instrumentId, 'import', rows());
      expect(stored()).toBe(RESPONDENTS);
      // The transaction wrote more than the cache holds, so pages went to the WAL before its end.
      const pageSize = db.pragma('page_size', { simple: true }) as number;
      const written =
        ((db.pragma('page_count', { simple: true }) as number) - pagesBefore) * pageSize;
      expect(written).toBeGreaterThan(2 * IMPORT_PAGE_CACHE_KIB * 1024);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  });
});
