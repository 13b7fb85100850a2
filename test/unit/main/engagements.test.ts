import { describe, expect, it } from 'vitest';
import { Workspace } from '@main/core/workspace';
import { testDispatcher } from '@test/support/dispatcher';
import { tempDir, tempWorkspace } from '@test/support/temp-workspace';

const bakery = {
  clientName: 'Bakkerij Van Dam',
  sector: 'Voeding',
  consultants: ['An de Vries'],
  startDate: '2026-09-01',
  endDate: '2026-12-01',
  language: 'nl',
  groups: [
    { name: 'Productie', kind: 'department' },
    { name: 'Verkoop', kind: 'department' },
    { name: 'Klanten', kind: 'customer' },
  ],
};

describe('engagement handlers on a real workspace', () => {
  it('creates an engagement with its groups and reads it back after reopening the file', async () => {
    const dir = tempDir();
    const first = Workspace.open(dir);
    const { dispatch } = testDispatcher(first);
    const created = await dispatch('engagements.create', bakery);
    expect(created).toMatchObject({
      ok: true,
      value: { clientName: 'Bakkerij Van Dam', status: 'active' },
    });
    first.close();

    const reopened = Workspace.open(dir);
    const engagement = reopened.engagements.get(1);
    expect(engagement.groups.map((group) => [group.name, group.kind])).toEqual([
      ['Productie', 'department'],
      ['Verkoop', 'department'],
      ['Klanten', 'customer'],
    ]);
    expect(engagement.consultants).toEqual(['An de Vries']);
    reopened.close();
  });

  it('updates only the fields sent and refuses an end date before the start', async () => {
    const workspace = tempWorkspace();
    const { dispatch } = testDispatcher(workspace);
    await dispatch('engagements.create', bakery);
    const updated = await dispatch('engagements.update', { id: 1, notes: 'Kick-off gepland' });
    expect(updated).toMatchObject({
      ok: true,
      value: { notes: 'Kick-off gepland', sector: 'Voeding' },
    });
    const refused = await dispatch('engagements.update', { id: 1, endDate: '2026-01-01' });
    expect(refused).toMatchObject({ ok: false, error: { key: 'errors.validation' } });
    expect(workspace.engagements.get(1).endDate).toBe('2026-12-01');
  });

  it('lists with search, status filter and sort', async () => {
    const workspace = tempWorkspace();
    const { dispatch } = testDispatcher(workspace);
    await dispatch('engagements.create', {
      ...bakery,
      clientName: 'Zuivel Noord',
      sector: 'Zuivel',
    });
    await dispatch('engagements.create', {
      ...bakery,
      clientName: 'Aannemer Oost',
      sector: 'Bouw_100%',
    });
    await dispatch('engagements.update', { id: 2, status: 'closed' });
    const byClient = await dispatch('engagements.list', { sort: 'client' });
    expect(
      byClient.ok && (byClient.value as { clientName: string }[]).map((e) => e.clientName),
    ).toEqual(['Aannemer Oost', 'Zuivel Noord']);
    const closed = await dispatch('engagements.list', { status: 'closed' });
    expect(
      closed.ok && (closed.value as { clientName: string }[]).map((e) => e.clientName),
    ).toEqual(['Aannemer Oost']);
    // LIKE wildcards in the search are taken literally.
    const literal = await dispatch('engagements.list', { search: '_100%' });
    expect(literal.ok && (literal.value as unknown[]).length).toBe(1);
    const none = await dispatch('engagements.list', { search: 'Oost%' });
    expect(none.ok && (none.value as unknown[]).length).toBe(0);
  });

  it('edits, reorders and removes groups; duplicate names are refused', async () => {
    const workspace = tempWorkspace();
    const { dispatch } = testDispatcher(workspace);
    await dispatch('engagements.create', bakery);
    const duplicate = await dispatch('groups.save', {
      engagementId: 1,
      group: { name: 'productie', kind: 'department' },
    });
    expect(duplicate).toMatchObject({ ok: false, error: { key: 'group.duplicateName' } });
    await dispatch('groups.save', {
      engagementId: 1,
      group: { name: 'Management', kind: 'management' },
    });
    await dispatch('groups.move', { engagementId: 1, groupId: 4, direction: 'up' });
    await dispatch('groups.delete', { engagementId: 1, groupId: 1 });
    expect(workspace.engagements.get(1).groups.map((group) => group.name)).toEqual([
      'Verkoop',
      'Management',
      'Klanten',
    ]);
  });

  it('keeps the invited count per group: set, kept when an edit leaves it out, cleared, refused below 1', async () => {
    const workspace = tempWorkspace();
    const { dispatch } = testDispatcher(workspace);
    await dispatch('engagements.create', bakery);
    const invitedOf = () => workspace.engagements.get(1).groups.map((group) => group.invited);
    await dispatch('groups.save', {
      engagementId: 1,
      group: { id: 1, name: 'Productie', kind: 'department', invited: 25 },
    });
    expect(invitedOf()[0]).toBe(25);
    // An older caller that does not send the count does not wipe it.
    await dispatch('groups.save', {
      engagementId: 1,
      group: { id: 1, name: 'Productie', kind: 'department', description: 'Hal 2' },
    });
    expect(invitedOf()[0]).toBe(25);
    const refused = await dispatch('groups.save', {
      engagementId: 1,
      group: { id: 1, name: 'Productie', kind: 'department', invited: 0 },
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        key: 'errors.validation',
        issues: [{ path: 'group.invited', message: 'invited.min' }],
      },
    });
    await dispatch('groups.save', {
      engagementId: 1,
      group: { id: 1, name: 'Productie', kind: 'department', invited: null },
    });
    expect(invitedOf()[0]).toBeNull();
  });

  it('deletes an engagement and everything in it', async () => {
    const workspace = tempWorkspace();
    const { dispatch } = testDispatcher(workspace);
    await dispatch('engagements.create', bakery);
    expect(await dispatch('engagements.delete', { id: 1 })).toEqual({
      ok: true,
      value: { deleted: true },
    });
    expect(await dispatch('engagements.get', { id: 1 })).toMatchObject({
      ok: false,
      error: { key: 'errors.notFound' },
    });
    expect(workspace.db.prepare('SELECT count(*) AS n FROM groups').get()).toEqual({ n: 0 });
  });

  it('creates the sample engagement, clearly labelled, in the requested language', async () => {
    const workspace = tempWorkspace();
    const { dispatch } = testDispatcher(workspace);
    const sample = await dispatch('engagements.createSample', { language: 'en' });
    expect(sample).toMatchObject({ ok: true, value: { isSample: true, language: 'en' } });
    const value = (sample as { value: { clientName: string; groups: { name: string }[] } }).value;
    expect(value.clientName).toMatch(/^Sample/);
    expect(value.groups.map((group) => group.name)).toEqual([
      'Production',
      'Sales',
      'Management',
      'Customers',
    ]);
  });
});

describe('the dispatcher', () => {
  it('validates every argument before a handler runs and reports the offending field', async () => {
    const workspace = tempWorkspace();
    const { dispatch } = testDispatcher(workspace);
    const result = await dispatch('engagements.create', {
      ...bakery,
      clientName: '   ',
      language: 'de',
    });
    expect(result.ok).toBe(false);
    const issues = !result.ok ? (result.error.issues ?? []).map((issue) => issue.path) : [];
    expect(issues).toEqual(expect.arrayContaining(['clientName', 'language']));
    expect(workspace.engagements.list({ search: '', status: 'all', sort: 'updated' })).toEqual([]);
  });

  it('refuses unknown calls and unexpected fields', async () => {
    const { dispatch } = testDispatcher(tempWorkspace());
    expect(await dispatch('engagements.dropTable', {})).toMatchObject({
      ok: false,
      error: { key: 'errors.unknownCall' },
    });
    expect(await dispatch('__proto__', {})).toMatchObject({
      ok: false,
      error: { key: 'errors.unknownCall' },
    });
    expect(await dispatch('engagements.get', { id: 1, extra: true })).toMatchObject({
      ok: false,
      error: { key: 'errors.validation' },
    });
  });

  it('hides unexpected errors behind errors.internal and logs them', async () => {
    const workspace = tempWorkspace();
    const { dispatch, logged } = testDispatcher(workspace);
    workspace.db.exec('DROP TABLE groups');
    const result = await dispatch('engagements.list', {});
    expect(result).toEqual({ ok: false, error: { key: 'errors.internal' } });
    expect(logged).toHaveLength(1);
  });

  it('remembers the UI language in the workspace', async () => {
    const workspace = tempWorkspace();
    const { dispatch } = testDispatcher(workspace);
    expect(await dispatch('settings.get', {})).toMatchObject({
      ok: true,
      value: { uiLanguage: null },
    });
    await dispatch('settings.setUiLanguage', { language: 'en' });
    expect(await dispatch('settings.get', {})).toMatchObject({
      ok: true,
      value: { uiLanguage: 'en' },
    });
  });

  it('remembers the CSV separator, which follows the interface language until chosen', async () => {
    const workspace = tempWorkspace();
    const { dispatch } = testDispatcher(workspace);
    const separator = async () =>
      ((await dispatch('settings.get', {})) as { value: { csvSeparator: string } }).value
        .csvSeparator;
    expect(await separator()).toBe(';');
    await dispatch('settings.setUiLanguage', { language: 'en' });
    expect(await separator()).toBe(',');
    await dispatch('settings.setCsvSeparator', { separator: ';' });
    expect(await separator()).toBe(';');
    expect(await dispatch('settings.setCsvSeparator', { separator: '|' })).toMatchObject({
      ok: false,
      error: { key: 'errors.validation' },
    });
  });
});
