import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, InputError } from '@main/cli/analyze';
// The published JSON Schema lives in docs/, outside every aliased area.
// eslint-disable-next-line no-restricted-imports
import schema from '../../../docs/analysis.schema.json';
import { tempDir } from '@test/support/temp-workspace';

const MINI = 'test/fixtures/samples/mini-scan.instrument.json';

function csv(name: string, text: string): string {
  const file = join(tempDir(), name);
  writeFileSync(file, text);
  return file;
}

describe('klantspiegel analyze', () => {
  it('analyses a Google Forms export per department, with every documented field', async () => {
    const { json } = await analyze({
      instrument: MINI,
      responses: 'test/fixtures/samples/google-forms-export.csv',
      groupColumn: 'Department',
      anonymityThreshold: 3,
    });
    expect(json.total.respondents).toBe(18);
    expect(json.groups.map((group) => group.name)).toEqual(['Production', 'Sales', 'Management']);
    expect(json.comparisons).toHaveLength(3);
    const overall = json.comparisons[0]!.overall;
    for (const key of schema.$defs.gap.required) expect(overall).toHaveProperty(key);
    for (const key of schema.required) expect(json).toHaveProperty(key);
    expect(json.reliability.map((entry) => entry.dimension)).toEqual(['KK', 'SW', 'RF']);
    // The mini scan has no customer needs: nothing to correlate.
    expect(
      json.needsRankCorrelation.pairs.every((pair) => pair.rho === null && pair.needCount === 0),
    ).toBe(true);
  });

  it('never shows or compares a group below the anonymity threshold', async () => {
    const { json } = await analyze({
      instrument: MINI,
      responses: 'test/fixtures/samples/google-forms-export.csv',
      groupColumn: 'Department',
    });
    const shown = json.groups.filter((group) => !group.suppressed).map((group) => group.name);
    for (const comparison of json.comparisons) {
      expect(shown).toContain(comparison.groupA);
      expect(shown).toContain(comparison.groupB);
    }
    expect(
      json.groups
        .filter((group) => group.suppressed)
        .every((group) => Object.keys(group).length === 2),
    ).toBe(true);
  });

  it('reads the built-in scan by id and item codes as headers, with decimal commas', async () => {
    const file = csv('scan.csv', 'Respondent;KK1;KK2;KK3;Team\nA;4;5;2;X\nB;3,0;4;1;X\n');
    const { json } = await analyze({
      instrument: 'klantgerichtheidsscan',
      responses: file,
      groupColumn: 'Team',
      anonymityThreshold: 3,
    });
    expect(json.total.items.find((item) => item.code === 'KK1')).toMatchObject({ n: 2, mean: 3.5 });
    // KK3 is reverse-coded: 2 → 4, 1 → 5.
    expect(json.total.items.find((item) => item.code === 'KK3')).toMatchObject({ mean: 4.5 });
  });

  it.each([
    [
      'an out-of-range answer',
      'KK1,KK2,G\n3,9,A\n',
      /Row 2, column B \(KK2\): 9 is outside the scale 1–5/,
    ],
    [
      'a word instead of a number',
      'KK1,KK2,G\n3,4,A\n2,veel,A\n',
      /Row 3, column B \(KK2\): "veel" is not a whole number/,
    ],
    ['a missing group', 'KK1,KK2,G\n3,4,\n', /Row 2, column C \(G\): no group/],
  ])('refuses %s, naming row and column', async (_name, text, message) => {
    await expect(
      analyze({ instrument: MINI, responses: csv('bad.csv', text), groupColumn: 'G' }),
    ).rejects.toThrow(message);
  });

  it('explains an unknown instrument, a missing group column and a file without item columns', async () => {
    const file = csv('ok.csv', 'KK1\n3\n');
    await expect(analyze({ instrument: 'no-such-scan', responses: file })).rejects.toBeInstanceOf(
      InputError,
    );
    await expect(
      analyze({ instrument: MINI, responses: file, groupColumn: 'Afdeling' }),
    ).rejects.toThrow(/no column "Afdeling"/);
    await expect(
      analyze({ instrument: MINI, responses: csv('x.csv', 'a,b\n1,2\n') }),
    ).rejects.toThrow(/No column header matches/);
  });
});
