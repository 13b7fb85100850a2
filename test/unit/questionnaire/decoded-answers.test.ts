import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { RespondentRepository } from '@main/core/repositories/respondents';
import { engagementWithScan } from '@test/support/scan-engagement';
import { tempWorkspace } from '@test/support/temp-workspace';
import { department, newEngagement } from '@test/support/new-engagement';

function scanWithTwoGroups() {
  const workspace = tempWorkspace();
  const { engagement, instrumentId, instrument } = engagementWithScan(workspace, 'Cache BV');
  const [production, sales] = engagement.groups.map((group) => group.id) as [number, number];
  const add = (code: string, groupId: number, kk1: number, open?: string) =>
    workspace.respondents.insertMany(engagement.id, instrumentId, 'grid', [
      {
        groupId,
        code,
        role: '',
        answers: { KK1: kk1, ...(open ? { OPEN_IMPROVE: open } : {}) },
      },
    ])[0]!;
  const kk1 = () => {
    const decoded = workspace.respondents.decoded(engagement.id, instrumentId, instrument);
    const column = decoded.itemCodes.indexOf('KK1');
    return Array.from(
      decoded.respondentIds,
      (_, r) => decoded.values[r * decoded.itemCodes.length + column],
    );
  };
  return { workspace, engagement, instrumentId, instrument, production, sales, add, kk1 };
}

describe('decoded answers', () => {
  it('are decoded once and shared until a respondent changes', () => {
    const { workspace, engagement, instrumentId, instrument, production, add, kk1 } =
      scanWithTwoGroups();
    add('R1', production, 4);
    const first = workspace.respondents.decoded(engagement.id, instrumentId, instrument);
    expect(workspace.respondents.decoded(engagement.id, instrumentId, instrument)).toBe(first);
    add('R2', production, 2);
    expect(kk1()).toEqual([4, 2]);
  });

  it('follow updates, deletes and the removal of a whole engagement', () => {
    const { workspace, engagement, production, sales, add, kk1 } = scanWithTwoGroups();
    const id = add('R1', production, 4);
    add('R2', sales, 3);
    expect(kk1()).toEqual([4, 3]);
    workspace.respondents.update(id, engagement.id, {
      groupId: production,
      code: 'R1',
      role: '',
      answers: { KK1: 1 },
    });
    expect(kk1()).toEqual([1, 3]);
    workspace.respondents.delete(id, engagement.id);
    expect(kk1()).toEqual([3]);
    // One out, one in: the same number of respondents, other answers.
    const r3 = add('R3', production, 5);
    expect(kk1()).toEqual([3, 5]);
    workspace.respondents.delete(r3, engagement.id);
    add('R4', production, 2);
    expect(kk1()).toEqual([3, 2]);
    workspace.engagements.delete(engagement.id);
    // A new engagement may get the same id; it must not see the old answers.
    const again = scanWithTwoGroups();
    expect(again.kk1()).toEqual([]);
  });

  it('follow writes from another connection, as the import worker makes them', () => {
    const { workspace, engagement, instrumentId, production, add, kk1 } = scanWithTwoGroups();
    add('R1', production, 4);
    expect(kk1()).toEqual([4]);
    const other = new Database(workspace.databasePath);
    try {
      other.pragma('foreign_keys = ON');
      new RespondentRepository(other).insertMany(engagement.id, instrumentId, 'import', [
        { groupId: production, code: 'W1', role: '', answers: { KK1: 5 } },
      ]);
    } finally {
      other.close();
    }
    expect(kk1()).toEqual([4, 5]);
  });
});

describe('open answers', () => {
  it('follow the respondent’s answers, keeping their themes and quote choice while the text stays', () => {
    const { workspace, engagement, production, add } = scanWithTwoGroups();
    const id = add('R1', production, 4, 'Sneller leveren');
    const [answer] = workspace.openAnswers.list(engagement.id);
    expect(answer).toMatchObject({
      itemCode: 'OPEN_IMPROVE',
      text: 'Sneller leveren',
      quoted: false,
    });
    const theme = workspace.interviews.themes
      .save(engagement.id, {
        name: 'Levertijd',
        colour: '#0072B2',
        parentId: null,
        description: '',
        dimensions: [],
      })
      .find((candidate) => candidate.name === 'Levertijd')!;
    workspace.openAnswers.setThemes(answer!.id, engagement.id, [theme.id]);
    workspace.openAnswers.setQuoted(answer!.id, engagement.id, true);
    workspace.respondents.update(id, engagement.id, {
      groupId: production,
      code: 'R1',
      role: '',
      answers: { KK1: 3, OPEN_IMPROVE: 'Sneller en vaker leveren' },
    });
    expect(workspace.openAnswers.list(engagement.id)).toEqual([
      expect.objectContaining({
        id: answer!.id,
        text: 'Sneller en vaker leveren',
        themeIds: [theme.id],
        quoted: true,
      }),
    ]);
    expect(workspace.openAnswers.quoted(engagement.id)).toHaveLength(1);
    workspace.respondents.update(id, engagement.id, {
      groupId: production,
      code: 'R1',
      role: '',
      answers: { KK1: 3 },
    });
    expect(workspace.openAnswers.list(engagement.id)).toEqual([]);
  });

  it('keep their coding when its theme is merged into another in the codebook', () => {
    const { workspace, engagement, production, add } = scanWithTwoGroups();
    add('R1', production, 4, 'Sneller leveren');
    const [answer] = workspace.openAnswers.list(engagement.id);
    const theme = (name: string) => ({
      name,
      colour: '#0072B2',
      parentId: null,
      description: '',
      dimensions: [],
    });
    workspace.interviews.themes.save(engagement.id, theme('Levering'));
    const themes = workspace.interviews.themes.save(engagement.id, theme('Levertijd'));
    const id = (name: string) => themes.find((candidate) => candidate.name === name)!.id;
    workspace.openAnswers.setThemes(answer!.id, engagement.id, [id('Levertijd')]);
    workspace.interviews.themes.merge(engagement.id, id('Levertijd'), id('Levering'));
    expect(workspace.openAnswers.list(engagement.id)[0]!.themeIds).toEqual([id('Levering')]);
  });

  it('refuse themes of another engagement', () => {
    const { workspace, engagement, production, add } = scanWithTwoGroups();
    add('R1', production, 4, 'Sneller leveren');
    const foreign = workspace.engagements.create(
      newEngagement('Elders BV', [department('Productie')]),
    );
    const theme = workspace.interviews.themes
      .save(foreign.id, {
        name: 'Elders',
        colour: '#0072B2',
        parentId: null,
        description: '',
        dimensions: [],
      })
      .find((candidate) => candidate.name === 'Elders')!;
    const [answer] = workspace.openAnswers.list(engagement.id);
    expect(() => workspace.openAnswers.setThemes(answer!.id, engagement.id, [theme.id])).toThrow(
      expect.objectContaining({ key: 'errors.notFound' }),
    );
  });
});

describe('instrument lineage', () => {
  it('keeps statement ids, links and family in a copy, and records where it came from', () => {
    const workspace = tempWorkspace();
    const customerId = workspace.instruments.latestByKey('klantgerichtheidsscan-klant')!;
    const copyId = workspace.instruments.copy(customerId, 'mijn-klantscan', {
      nl: 'Mijn klantscan',
      en: 'My customer scan',
    });
    const { instrument: original } = workspace.instruments.get(customerId);
    const { instrument: copy, summary } = workspace.instruments.get(copyId);
    expect(summary).toMatchObject({
      family: 'klantgerichtheidsscan',
      derivedFrom: { id: 'klantgerichtheidsscan-klant', version: 1 },
    });
    expect(copy.items.map((item) => [item.id, item.linkedTo])).toEqual(
      original.items.map((item) => [item.id, item.linkedTo]),
    );
  });
});
