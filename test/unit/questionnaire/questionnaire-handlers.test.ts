import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '@main/core/workspace';
import { testDispatcher } from '@test/support/dispatcher';
import { tempWorkspace } from '@test/support/temp-workspace';

const SAMPLES = 'test/fixtures/samples';

function setUp(workspace: Workspace = tempWorkspace()) {
  return { workspace, ...testDispatcher(workspace) };
}

async function engagementWithMiniScan() {
  const context = setUp();
  const engagement = await context.call('engagements.create', {
    clientName: 'Metaal BV',
    language: 'nl',
    groups: [
      { name: 'Productie', kind: 'department' },
      { name: 'Verkoop / Commercie', kind: 'department' },
      { name: 'Management', kind: 'management' },
    ],
  });
  const instrument = await context.call('instruments.importFile', {
    fileName: 'mini-scan.instrument.json',
    bytes: readFileSync(`${SAMPLES}/mini-scan.instrument.json`),
  });
  return { ...context, engagement, instrumentId: instrument.id };
}

describe('instruments', () => {
  it('ships the staff and customer scans, locked against editing', async () => {
    const { call } = setUp();
    const list = await call('instruments.list', {});
    expect(list.map((summary) => summary.key)).toEqual([
      'klantgerichtheidsscan',
      'klantgerichtheidsscan-klant',
    ]);
    expect(list.every((summary) => summary.builtin && summary.locked)).toBe(true);
    expect(list[0]?.dimensionCount).toBeGreaterThanOrEqual(6);
  });

  it('refuses a broken instrument file naming the problem', async () => {
    const { dispatch } = setUp();
    const broken = { id: 'x', name: 'X', scale: { min: 5, max: 1 }, dimensions: [] };
    const result = await dispatch('instruments.importFile', {
      fileName: 'x.json',
      bytes: new TextEncoder().encode(JSON.stringify(broken)),
    });
    expect(result).toMatchObject({ ok: false, error: { key: 'instrument.invalidFile' } });
    const garbage = await dispatch('instruments.importFile', {
      fileName: 'x.json',
      bytes: new Uint8Array([0xff, 0x00, 0x12]),
    });
    expect(garbage).toMatchObject({ ok: false, error: { key: 'instrument.notJson' } });
  });

  it('an edited copy with responses becomes a new version; the old one stays as it was', async () => {
    const { call, engagement, instrumentId } = await engagementWithMiniScan();
    const { instrument } = await call('instruments.get', { id: instrumentId });
    await call('respondents.save', {
      engagementId: engagement.id,
      instrumentId,
      code: 'P1',
      groupId: engagement.groups[0]!.id,
      answers: { KK1: 4 },
    });
    const exported = await call('instruments.exportFile', {
      id: instrumentId,
    });
    const definition = JSON.parse(new TextDecoder().decode(exported.bytes)) as {
      dimensions: { items: { text: unknown }[] }[];
    };
    definition.dimensions[0]!.items[0]!.text = { nl: 'Nieuwe tekst', en: 'New text' };
    const saved = await call('instruments.save', { id: instrumentId, definition });
    expect(saved.newVersion).toBe(true);
    expect(saved.summary.version).toBe(2);
    const old = await call('instruments.get', { id: instrumentId });
    expect(old.instrument.items[0]?.text.nl).toBe(instrument.items[0]?.text.nl);
  });
});

describe('grid entry', () => {
  it('saves a respondent row and refuses out-of-range answers without writing', async () => {
    const { call, dispatch, engagement, instrumentId, workspace } = await engagementWithMiniScan();
    const groupId = engagement.groups[0]!.id;
    const saved = await call('respondents.save', {
      engagementId: engagement.id,
      instrumentId,
      code: 'R1',
      groupId,
      answers: { KK1: 5, KK2: null, SW1: 2 },
    });
    expect(saved.answers).toEqual({ KK1: 5, SW1: 2 });
    const refused = await dispatch('respondents.save', {
      engagementId: engagement.id,
      instrumentId,
      id: saved.id,
      code: 'R1',
      groupId,
      answers: { KK1: 6 },
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { key: 'errors.validation', issues: [{ path: 'KK1', message: 'answer.outOfRange' }] },
    });
    expect(workspace.respondents.get(saved.id).answers).toEqual({ KK1: 5, SW1: 2 });
    const duplicate = await dispatch('respondents.save', {
      engagementId: engagement.id,
      instrumentId,
      code: 'R1',
      groupId,
      answers: {},
    });
    expect(duplicate).toMatchObject({ ok: false, error: { key: 'respondent.duplicateCode' } });
  });

  it('a group with respondents cannot be removed', async () => {
    const { call, dispatch, engagement, instrumentId } = await engagementWithMiniScan();
    const groupId = engagement.groups[0]!.id;
    await call('respondents.save', {
      engagementId: engagement.id,
      instrumentId,
      code: 'R1',
      groupId,
      answers: { KK1: 3 },
    });
    expect(await dispatch('groups.delete', { engagementId: engagement.id, groupId })).toMatchObject(
      {
        ok: false,
        error: { key: 'group.hasRespondents' },
      },
    );
  });
});

describe('import of a Dutch Excel export', () => {
  const file = () => ({
    fileName: 'dutch-excel-forms-export.csv',
    bytes: readFileSync(`${SAMPLES}/dutch-excel-forms-export.csv`),
  });

  it('maps the Dutch question texts and labels, previews, and imports in one go', async () => {
    const { call, engagement, instrumentId, workspace } = await engagementWithMiniScan();
    const analysis = await call('import.analyse', {
      engagementId: engagement.id,
      instrumentId,
      file: file(),
    });
    expect(analysis.encoding).toBe('windows-1252');
    expect(analysis.delimiter).toBe(';');
    expect(analysis.mapping.columns.filter((column) => column.target.kind === 'item')).toHaveLength(
      12,
    );
    expect(analysis.preview.canImport).toBe(true);

    const result = await call('import.commit', {
      engagementId: engagement.id,
      instrumentId,
      file: file(),
      mapping: analysis.mapping,
    });
    expect(result.imported).toBe(analysis.preview.summary.respondents);
    const stored = workspace.respondents.list(engagement.id, instrumentId);
    expect(stored).toHaveLength(result.imported);
    // Names in the file never reach the workspace.
    expect(JSON.stringify(stored)).not.toMatch(/Vries|Jansen|Bakker/);
  });

  it('imports nothing when the file repeats codes already in the engagement', async () => {
    const { call, dispatch, engagement, instrumentId, workspace } = await engagementWithMiniScan();
    const analysis = await call('import.analyse', {
      engagementId: engagement.id,
      instrumentId,
      file: file(),
    });
    await call('import.commit', {
      engagementId: engagement.id,
      instrumentId,
      file: file(),
      mapping: analysis.mapping,
    });
    const before = workspace.respondents.list(engagement.id, instrumentId).length;
    const again = await dispatch('import.commit', {
      engagementId: engagement.id,
      instrumentId,
      file: file(),
      mapping: analysis.mapping,
    });
    expect(again.ok).toBe(false);
    expect(workspace.respondents.list(engagement.id, instrumentId)).toHaveLength(before);
  });
});

describe('results and exports', () => {
  it('scores per dimension and group, hides small groups and neutralises formulas in exports', async () => {
    const { call, engagement, instrumentId } = await engagementWithMiniScan();
    const [production, sales, management] = engagement.groups;
    for (let index = 0; index < 6; index++) {
      await call('respondents.save', {
        engagementId: engagement.id,
        instrumentId,
        code: `P${index}`,
        groupId: production!.id,
        answers: { KK1: 5, KK2: 4, KK3: 1, KK4: 4 },
      });
      await call('respondents.save', {
        engagementId: engagement.id,
        instrumentId,
        code: `S${index}`,
        groupId: sales!.id,
        answers: { KK1: 2, KK2: 2, KK3: 4, KK4: 3 },
      });
    }
    await call('respondents.save', {
      engagementId: engagement.id,
      instrumentId,
      code: '=cmd|calc',
      groupId: management!.id,
      role: '@SUM(A1)',
      answers: { KK1: 3 },
    });
    const results = await call('questionnaire.results', {
      engagementId: engagement.id,
      instrumentId,
    });
    // Production and Sales (6 each); the single manager is neither shown nor counted in the total.
    expect(results.total!.respondents).toBe(12);
    expect(results.groups.find((group) => group.name === 'Management')).toMatchObject({
      respondents: null,
      suppressed: true,
    });
    expect(results.byGroup.map((entry) => entry.groupId)).toEqual([production?.id, sales?.id]);
    // Production: (5 + 4 + (6 − 1) + 4) / 4 = 4.5 on KK, with KK3 reverse-coded.
    expect(
      results.byGroup[0]?.block.dimensions.find((dimension) => dimension.code === 'KK')?.mean,
    ).toBeCloseTo(4.5, 12);

    const csv = await call('exports.responses', {
      engagementId: engagement.id,
      instrumentId,
      format: 'csv',
    });
    const text = new TextDecoder().decode(csv.bytes);
    expect(text).toContain("'=cmd|calc");
    expect(text).toContain("'@SUM(A1)");
    expect(text).not.toContain(';Management;');
    const xlsx = await call('exports.responses', {
      engagementId: engagement.id,
      instrumentId,
      format: 'xlsx',
    });
    expect(xlsx.bytes.subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  });

  it('compares with the illustrative norm set when the engagement chooses it', async () => {
    const { call, engagement } = await engagementWithMiniScan();
    const norms = await call('norms.list', {});
    expect(norms[0]?.normSet.illustrative).toBe(true);
    const staffScan = (await call('instruments.list', {})).find(
      (summary) => summary.key === 'klantgerichtheidsscan',
    );
    await call('engagements.update', { id: engagement.id, normSetId: norms[0]?.id });
    // Five respondents: the anonymity threshold, so the figures may be shown.
    for (const [index, answer] of [4, 3, 4, 5, 4].entries()) {
      await call('respondents.save', {
        engagementId: engagement.id,
        instrumentId: staffScan!.id,
        code: `A${index}`,
        groupId: engagement.groups[0]!.id,
        answers: { KK1: answer, KK2: 4, KK3: 2, KK4: 4 },
      });
    }
    const results = await call('questionnaire.results', {
      engagementId: engagement.id,
      instrumentId: staffScan!.id,
    });
    expect(results.benchmark?.illustrative).toBe(true);
    const kk = results.benchmark?.rows.find((row) => row.dimension === 'KK');
    expect(kk?.percentile).toEqual(expect.any(Number));
    expect(kk?.ciLow).toEqual(expect.any(Number));
    expect(['above', 'below', 'level']).toContain(kk?.position);
    expect(results.tips.length).toBeGreaterThan(0);
  });

  it('edits and resets the tip library', async () => {
    const { call } = setUp();
    const { library } = await call('tips.get', {});
    library.tips[0]!.title.nl = 'Eigen tip';
    const saved = await call('tips.save', { library });
    expect(saved.edited).toBe(true);
    expect(saved.library.tips[0]?.title.nl).toBe('Eigen tip');
    const reset = await call('tips.reset', {});
    expect(reset.edited).toBe(false);
  });
});

describe('the sample engagement', () => {
  it('has responses from every group, a kitchen-versus-floor gap and a suppressed small group', async () => {
    const { call } = setUp();
    const sample = await call('engagements.createSample', { language: 'nl' });
    const instruments = await call('questionnaire.instruments', { engagementId: sample.id });
    expect(instruments.map((summary) => summary.key)).toEqual([
      'klantgerichtheidsscan',
      'klantgerichtheidsscan-klant',
    ]);
    const staff = instruments[0]!;
    const results = await call('questionnaire.results', {
      engagementId: sample.id,
      instrumentId: staff.id,
    });
    expect(results.groups.find((group) => group.name === 'Management')?.suppressed).toBe(true);
    const mean = (groupIndex: number, code: string) =>
      results.byGroup
        .find((entry) => entry.groupId === sample.groups[groupIndex]?.id)
        ?.block.dimensions.find((d) => d.code === code)?.mean ?? NaN;
    expect(mean(0, 'SW') - mean(1, 'SW')).toBeGreaterThan(1);
    expect(results.benchmark?.illustrative).toBe(true);
    expect(instruments[1]?.respondentCount).toBeGreaterThanOrEqual(10);
  });
});

describe('norm sets', () => {
  it('removing a norm set an engagement uses leaves the engagement without a benchmark', async () => {
    const { call, engagement } = await engagementWithMiniScan();
    const csv = 'dimension,mean,sd,n,p10,p25,p50,p75,p90\nKK,3.5,0.6,120,2.7,3.1,3.5,3.9,4.3\n';
    const { id } = await call('norms.import', {
      fileName: 'eigen.csv',
      bytes: new TextEncoder().encode(csv),
    });
    await call('engagements.update', { id: engagement.id, normSetId: id });
    await call('norms.delete', { id });
    const after = await call('engagements.get', {
      id: engagement.id,
    });
    expect(after.normSetId).toBeNull();
  });
});

describe('import without a group column', () => {
  it('puts every row in the group the consultant chooses', async () => {
    const { call, engagement, instrumentId, workspace } = await engagementWithMiniScan();
    const file = {
      fileName: 'codes.csv',
      bytes: new TextEncoder().encode('KK1,KK2,KK3\n4,5,1\n3,3,2\n'),
    };
    const groupId = engagement.groups[1]?.id;
    const analysis = await call('import.analyse', {
      engagementId: engagement.id,
      instrumentId,
      file,
    });
    expect(analysis.preview.canImport).toBe(false);
    const withGroup = await call('import.analyse', {
      engagementId: engagement.id,
      instrumentId,
      file,
      mapping: analysis.mapping,
      defaultGroupId: groupId,
    });
    expect(withGroup.preview.canImport).toBe(true);
    await call('import.commit', {
      engagementId: engagement.id,
      instrumentId,
      file,
      mapping: analysis.mapping,
      defaultGroupId: groupId,
    });
    expect(
      workspace.respondents
        .list(engagement.id, instrumentId)
        .map((respondent) => respondent.groupId),
    ).toEqual([groupId, groupId]);
  });
});
