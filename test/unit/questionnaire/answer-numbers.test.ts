/**
 * Answers are stored twice: as JSON (the source of truth) and as numbers for the analyses
 * (`answer_numbers`, migration 0012). Every kind of write must leave the two agreeing bit for
 * bit, and an analysis must read the same matrix whichever form it reads a row from.
 */
import { describe, expect, it } from 'vitest';
import { encodedRespondents } from '@main/core/import/prepared-rows';
import type { ImportRows } from '@shared/import';
import { answerNumbersDisagreeing, respondentsWithNumbers } from '@test/support/answer-numbers';
import { engagementWithScan } from '@test/support/scan-engagement';
import { tempWorkspace } from '@test/support/temp-workspace';

function scanWithTwoGroups() {
  const workspace = tempWorkspace();
  const { engagement, instrumentId, instrument } = engagementWithScan(workspace, 'Getallen BV');
  const groups = engagement.groups.map((group) => group.id) as [number, number];
  const scored = instrument.items.filter((item) => item.kind !== 'open').map((item) => item.code);
  const open = instrument.items.find((item) => item.kind === 'open')!.code;
  return { workspace, engagement, instrumentId, instrument, groups, scored, open };
}

describe('answers stored as numbers', () => {
  it('agree with the JSON after inserts, updates and deletes (grid, kiosk, sample data)', () => {
    const { workspace, engagement, instrumentId, groups, scored, open } = scanWithTwoGroups();
    const db = workspace.db;
    const [first, second, third] = scored as [string, string, string];
    const ids = workspace.respondents.insertMany(engagement.id, instrumentId, 'grid', [
      { groupId: groups[0], code: 'R1', role: '', answers: { [first]: 4, [second]: 2 } },
      // A decimal, minus zero (JSON writes 0), an open answer, an unknown code and a text where
      // a number belongs: each is what decoding the JSON makes of it.
      {
        groupId: groups[1],
        code: 'R2',
        role: '',
        answers: { [first]: 3.25, [second]: -0, [third]: 'n.v.t.', [open]: 'Prima', X9: 5 },
      },
      { groupId: groups[1], code: 'R3', role: '', answers: {} },
    ]);
    expect(respondentsWithNumbers(db)).toBe(3);
    expect(answerNumbersDisagreeing(db)).toEqual([]);
    workspace.respondents.update(ids[0]!, engagement.id, {
      groupId: groups[1],
      code: 'R1',
      role: '',
      answers: { [third]: 1, [open]: 'Later ingevuld' },
    });
    workspace.respondents.delete(ids[2]!, engagement.id);
    expect(respondentsWithNumbers(db)).toBe(2);
    expect(answerNumbersDisagreeing(db)).toEqual([]);
  });

  it('agree with the JSON when an import writes them from its columns', () => {
    const { workspace, engagement, instrumentId, groups, scored, open } = scanWithTwoGroups();
    const [first, second] = scored as [string, string];
    // The file's columns: a scored item, one the instrument lacks, another scored item.
    const itemCodes = [second, 'NOT_IN_SCAN', first];
    const rows: ImportRows = {
      itemCodes,
      values: Float64Array.from([5, 1, Number.NaN, -0, 2, 3.5, Number.NaN, Number.NaN, Number.NaN]),
      codes: ['I1', 'I2', 'I3'],
      groupIds: [String(groups[0]), String(groups[1]), String(groups[0])],
      openAnswers: [[2, open, 'Alleen tekst']],
      fileRows: Int32Array.from([2, 3, 4]),
      generatedCodes: new Int32Array(0),
    };
    workspace.respondents.insertEncoded(
      engagement.id,
      instrumentId,
      'import',
      encodedRespondents(rows),
    );
    expect(respondentsWithNumbers(workspace.db)).toBe(3);
    expect(answerNumbersDisagreeing(workspace.db)).toEqual([]);
  });

  it('are read as the JSON would be, also for a row stored without them', () => {
    const { workspace, engagement, instrumentId, instrument, groups, scored } = scanWithTwoGroups();
    workspace.respondents.insertMany(
      engagement.id,
      instrumentId,
      'grid',
      Array.from({ length: 6 }, (_, r) => ({
        groupId: groups[r % 2]!,
        code: `R${r + 1}`,
        role: '',
        // R1 has a half (eight bytes an answer), the others whole numbers (one byte).
        answers: Object.fromEntries(
          scored.map((code, c) => [code, 1 + ((r + c) % 5) + (r + c === 0 ? 0.5 : 0)]),
        ),
      })),
    );
    const fromNumbers = workspace.respondents.decoded(engagement.id, instrumentId, instrument);
    const values = Array.from(fromNumbers.values);
    expect(values.slice(0, 2)).toEqual([1.5, 2]);
    // A row written before the numbers existed (or by anything else): read from its JSON.
    workspace.db.prepare("UPDATE respondents SET answer_numbers = NULL WHERE code = 'R2'").run();
    workspace.db.prepare("UPDATE respondents SET answer_numbers = x'00' WHERE code = 'R5'").run();
    const mixed = workspace.respondents.decoded(engagement.id, instrumentId, instrument);
    expect(mixed).not.toBe(fromNumbers);
    expect(Array.from(mixed.values)).toEqual(values);
    expect(values.filter((value) => !Number.isNaN(value))).toHaveLength(6 * scored.length);
  });

  it('read every byte as the number it stands for, whatever mix of layouts the rows have', () => {
    const { workspace, engagement, instrumentId, instrument, groups, scored } = scanWithTwoGroups();
    // Whole numbers 0–254 are one byte each (0, and 128 and up, are no text: SQL joins them
    // unchanged); 255 and a half need eight bytes; a gap is "not answered".
    const special = [0, 1, 127, 128, 200, 254];
    const answersOf = (r: number): Record<string, number> =>
      Object.fromEntries(
        scored.flatMap((code, c) => {
          if ((r + c) % 7 === 3) return [];
          const value = special[(r * 3 + c) % special.length]!;
          if (r === 17 && c === 2) return [[code, 255]];
          if (r === 40 && c === 0) return [[code, 2.5]];
          return [[code, value]];
        }),
      );
    const respondents = Array.from({ length: 60 }, (_, r) => ({
      groupId: groups[r % 2]!,
      code: `R${r + 1}`,
      role: '',
      answers: answersOf(r),
    }));
    const ids = workspace.respondents.insertMany(engagement.id, instrumentId, 'grid', respondents);
    // Rows as an older version left them: without numbers, or numbers of another shape.
    workspace.db.prepare("UPDATE respondents SET answer_numbers = NULL WHERE code = 'R5'").run();
    workspace.db.prepare("UPDATE respondents SET answer_numbers = x'01' WHERE code = 'R59'").run();
    const expected = respondents.flatMap(({ answers }) =>
      scored.map((code) => answers[code] ?? Number.NaN),
    );
    const decoded = workspace.respondents.decoded(engagement.id, instrumentId, instrument);
    expect(decoded.itemCodes).toEqual(scored);
    expect(Array.from(decoded.respondentIds)).toEqual(ids);
    expect(Array.from(decoded.groupIds)).toEqual(respondents.map((row) => row.groupId));
    expect(Array.from(decoded.values)).toEqual(expected);

    // No respondents: an empty matrix.
    const { engagement: other } = engagementWithScan(workspace, 'Leeg BV', ['Productie']);
    const empty = workspace.respondents.decoded(other.id, instrumentId, instrument);
    expect([empty.respondentIds.length, empty.values.length]).toEqual([0, 0]);
  });

  it('keep respondent id order when SQLite reads the rows in another order', () => {
    const { workspace, engagement, instrumentId, instrument, groups, scored } = scanWithTwoGroups();
    const respondents = Array.from({ length: 12 }, (_, r) => ({
      groupId: groups[r % 2]!,
      code: `R${r + 1}`,
      role: '',
      answers: Object.fromEntries(scored.map((code, c) => [code, 1 + ((r * 5 + c) % 5)])),
    }));
    const ids = workspace.respondents.insertMany(engagement.id, instrumentId, 'grid', respondents);
    // Without the answers' index (in id order), SQLite finds the rows through the one by group:
    // the groups alternate, so it meets them out of id order.
    workspace.db.exec('DROP INDEX respondents_answers_by_instrument');
    const decoded = workspace.respondents.decoded(engagement.id, instrumentId, instrument);
    expect(Array.from(decoded.respondentIds)).toEqual(ids);
    expect(Array.from(decoded.groupIds)).toEqual(respondents.map((row) => row.groupId));
    expect(Array.from(decoded.values)).toEqual(
      respondents.flatMap(({ answers }) => scored.map((code) => answers[code])),
    );
  });
});
