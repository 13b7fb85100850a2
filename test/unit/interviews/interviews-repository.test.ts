import { describe, expect, it } from 'vitest';
import { Workspace } from '@main/core/workspace';
import { tempDir, tempWorkspace } from '@test/support/temp-workspace';
import { testDispatcher } from '@test/support/dispatcher';
import { createEngagement, doc } from './helpers';

describe('interviews on a real workspace', () => {
  it('creates an interview from a shipped guide and keeps notes per question after reopening', async () => {
    const dir = tempDir();
    const first = Workspace.open(dir);
    const engagement = createEngagement(first);
    const { call } = testDispatcher(first);
    const created = await call('interviews.create', {
      engagementId: engagement.id,
      kind: 'customer-interview',
      guideRef: 'shipped:klantinterview',
      groupId: engagement.groups[2]!.id,
      intervieweeRole: 'Inkoper',
      organisation: 'productiebedrijf',
      date: '2026-10-01',
      mode: 'video',
    });
    expect(created.guide?.questions.map((question) => question.id)).toContain('frustraties');
    await call('interviews.notes.save', {
      interviewId: created.id,
      sectionKey: 'q:frustraties',
      doc: doc('De levertijd schuift steeds.', {
        bullets: ['Geen belletje', 'Wel **goede** kwaliteit'],
      }),
    });
    await call('interviews.notes.save', {
      interviewId: created.id,
      sectionKey: 'free',
      doc: doc('Vrije notitie.'),
    });
    first.close();

    const reopened = Workspace.open(dir);
    const detail = reopened.interviews.get(created.id);
    expect(detail.notes.map((note) => note.sectionKey)).toEqual(['q:frustraties', 'free']);
    expect(JSON.stringify(detail.notes[0]!.doc)).toContain('goede');
    const [summary] = reopened.interviews.list(engagement.id);
    expect(summary).toMatchObject({
      groupName: 'Klanten',
      intervieweeRole: 'Inkoper',
      mode: 'video',
      quoteCount: 0,
      wordCount: 11,
    });
    reopened.close();
  });

  it('autosave overwrites the section, and only the fields sent are updated', async () => {
    const workspace = tempWorkspace();
    const engagement = createEngagement(workspace);
    const { call } = testDispatcher(workspace);
    const { id } = await call('interviews.create', {
      engagementId: engagement.id,
      kind: 'internal-interview',
      guideRef: 'shipped:intern-interview',
      intervieweeRole: 'Werkvoorbereider',
    });
    for (const text of ['Eerste', 'Eerste versie', 'Eerste versie van de notitie']) {
      await call('interviews.notes.save', {
        interviewId: id,
        sectionKey: 'q:samenwerking',
        doc: doc(text),
      });
    }
    expect(workspace.interviews.notesText(id)).toEqual([
      { sectionKey: 'q:samenwerking', text: 'Eerste versie van de notitie' },
    ]);
    const updated = await call('interviews.update', {
      id,
      consentGiven: true,
      consentDate: '2026-10-02',
    });
    expect(updated).toMatchObject({
      intervieweeRole: 'Werkvoorbereider',
      consentGiven: true,
      consentDate: '2026-10-02',
    });
  });

  it('refuses a group of another engagement, an unknown guide and invalid note documents', async () => {
    const workspace = tempWorkspace();
    const mine = createEngagement(workspace, 'Mijn klant');
    const other = createEngagement(workspace, 'Andere klant');
    const { call, fail } = testDispatcher(workspace);
    expect(
      await fail('interviews.create', {
        engagementId: mine.id,
        kind: 'customer-interview',
        groupId: other.groups[0]!.id,
      }),
    ).toMatchObject({ key: 'errors.notFound', params: { what: 'group' } });
    expect(
      await fail('interviews.create', {
        engagementId: mine.id,
        kind: 'customer-interview',
        guideRef: 'shipped:bestaat-niet',
      }),
    ).toMatchObject({ key: 'errors.notFound', params: { what: 'guide' } });
    const { id } = await call('interviews.create', {
      engagementId: mine.id,
      kind: 'internal-session',
    });
    const badDocs = [
      { type: 'doc', content: [{ type: 'image', attrs: { src: 'x' } }] },
      { type: 'paragraph', content: [] },
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text' }] }] },
    ];
    for (const bad of badDocs) {
      expect(
        await fail('interviews.notes.save', { interviewId: id, sectionKey: 'free', doc: bad }),
      ).toMatchObject({ key: 'errors.validation' });
    }
    let deep: unknown = { type: 'text', text: 'diep' };
    for (let level = 0; level < 5000; level++) deep = { type: 'listItem', content: [deep] };
    expect(
      await fail('interviews.notes.save', {
        interviewId: id,
        sectionKey: 'free',
        doc: { type: 'doc', content: [deep] },
      }),
    ).toMatchObject({ key: 'errors.validation', issues: [{ message: 'interviews.noteTooLarge' }] });
    expect(
      await fail('interviews.notes.save', { interviewId: id, sectionKey: '../etc', doc: doc('x') }),
    ).toMatchObject({ key: 'errors.validation' });
  });

  it('deleting an engagement removes its interviews, notes, quotes and themes', async () => {
    const workspace = tempWorkspace();
    const engagement = createEngagement(workspace);
    const { call } = testDispatcher(workspace);
    const { id } = await call('interviews.create', {
      engagementId: engagement.id,
      kind: 'customer-interview',
    });
    await call('interviews.notes.save', {
      interviewId: id,
      sectionKey: 'free',
      doc: doc('Levering'),
    });
    const [theme] = await call('interviews.themes.save', {
      engagementId: engagement.id,
      theme: { name: 'Levering', colour: '#0072B2' },
    });
    await call('interviews.quotes.create', {
      interviewId: id,
      sectionKey: 'free',
      text: 'Levering',
      themeIds: [theme!.id],
    });
    await call('engagements.delete', { id: engagement.id });
    const count = (table: string) =>
      (workspace.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    for (const table of [
      'interviews',
      'interview_notes',
      'interview_quotes',
      'interview_themes',
      'interview_quote_themes',
    ]) {
      expect(count(table), table).toBe(0);
    }
    expect((await call('interviews.search', { query: 'levering' })).hits).toEqual([]);
  });
});

describe('guides in the workspace', () => {
  it('lists the shipped guides and the questionnaire dimensions', async () => {
    const { call } = testDispatcher(tempWorkspace());
    const list = await call('interviews.guides.list', {});
    expect(list.shipped.map((entry) => entry.guide.kind).sort()).toEqual([
      'client-reflection',
      'customer-interview',
      'internal-interview',
      'internal-session',
    ]);
    expect(list.shipped.every((entry) => !entry.editable)).toBe(true);
    expect(list.dimensions.map((dimension) => dimension.code)).toEqual([
      'KK',
      'KD',
      'FB',
      'LC',
      'SW',
      'RF',
    ]);
    expect(list.workspace).toEqual([]);
  });

  it('copies a shipped guide, edits its questions, and interviews keep the guide they used', async () => {
    const workspace = tempWorkspace();
    const engagement = createEngagement(workspace);
    const { call, fail } = testDispatcher(workspace);
    const copy = await call('interviews.guides.copy', { ref: 'shipped:intern-interview' });
    expect(copy).toMatchObject({ editable: true, copiedFrom: 'shipped:intern-interview' });
    expect(copy.guide.name.nl).toBe('Kopie van Intern interview');

    const questions = [...copy.guide.questions].reverse().slice(0, 3);
    questions.push({
      id: 'nieuw',
      text: { nl: 'Wat vraagt de klant morgen van ons?', en: '' },
      dimension: 'KK',
      followUps: [],
      hint: null,
    });
    const saved = await call('interviews.guides.save', {
      id: Number(copy.ref.split(':')[1]),
      guide: { ...copy.guide, name: { nl: 'Mijn interview', en: 'My interview' }, questions },
    });
    expect(saved.guide.questions.map((question) => question.id)).toEqual([
      'een-ding',
      'leiding',
      'samenwerking',
      'nieuw',
    ]);
    // A text written in one language only is used for both.
    expect(saved.guide.questions[3]!.text.en).toBe('Wat vraagt de klant morgen van ons?');

    const interview = await call('interviews.create', {
      engagementId: engagement.id,
      kind: 'internal-interview',
      guideRef: saved.ref,
    });
    await call('interviews.guides.delete', { id: Number(saved.ref.split(':')[1]) });
    expect(workspace.interviews.get(interview.id).guide?.name.nl).toBe('Mijn interview');

    expect(
      await fail('interviews.guides.save', {
        id: 999,
        guide: { ...copy.guide },
      }),
    ).toMatchObject({ key: 'errors.notFound' });
    const duplicate = await fail('interviews.guides.save', {
      id: Number(copy.ref.split(':')[1]),
      guide: { ...copy.guide, questions: [questions[0], questions[0]] },
    });
    expect(duplicate.key).toBe('errors.validation');
  });
});
