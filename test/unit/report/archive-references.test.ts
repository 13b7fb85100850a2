import { describe, expect, it } from 'vitest';
import { JSON_REFERENCES, translateJsonIds } from '@main/core/archive/json-references';

describe('report settings in an engagement archive', () => {
  it('translate the quotes a recommendation cites, like the chosen quotes, and drop missing ones', () => {
    const reference = JSON_REFERENCES.find((candidate) => candidate.table === 'report_settings')!;
    const stored = JSON.stringify({
      quoteIds: [3, 4],
      instrumentId: 7,
      recommendations: [
        { action: 'A', quoteIds: [4, 9] },
        { action: 'B', quoteIds: [] },
      ],
    });
    const newIds: Record<string, Record<number, number>> = {
      interview_quotes: { 3: 103, 4: 104 },
      instruments: { 7: 107 },
    };
    const translated = JSON.parse(
      translateJsonIds(stored, reference, (table, id) => newIds[table]?.[id as number]) as string,
    ) as Record<string, unknown>;
    expect(translated).toEqual({
      quoteIds: [103, 104],
      instrumentId: 107,
      recommendations: [
        { action: 'A', quoteIds: [104] },
        { action: 'B', quoteIds: [] },
      ],
    });
  });
});
