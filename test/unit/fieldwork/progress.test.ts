/**
 * Progress at a glance: invited, responses, response rate and margin of error per group;
 * interviews planned and held; the report's status; the engagement list's columns.
 */
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '@main/core/dispatch';
import { createHandlers } from '@main/core/handlers';
import { generateReport } from '@main/core/report/generate';
import type { EngagementProgress } from '@shared/engagements/progress';
import type { EngagementListEntry } from '@shared/ipc/engagements';
import type { IpcResponse } from '@shared/ipc/errors';
import { todayIso } from '@shared/report/format';
import { normaliseReportSettings } from '@shared/report/settings';
import { marginOfError } from '@shared/stats/response-rate';
import { workshop } from '../live/live-fixture';

function isoDay(offsetDays: number): string {
  return todayIso(new Date(Date.now() + offsetDays * 86_400_000));
}

function setUp() {
  const setup = workshop();
  const { workspace, engagement, groupId } = setup;
  workspace.engagements.saveGroup(engagement.id, {
    id: groupId('Productie'),
    name: 'Productie',
    kind: 'department',
    description: '',
    invited: 10,
  });
  workspace.engagements.saveGroup(engagement.id, {
    id: groupId('Verkoop'),
    name: 'Verkoop',
    kind: 'department',
    description: '',
    invited: 4,
  });
  const dispatch = createDispatcher(
    createHandlers(),
    { workspace, host: 'browser', appVersion: 'test' },
    () => {},
  );
  const call = async <T>(name: string, arg: unknown): Promise<T> => {
    const response = (await dispatch(name, arg)) as IpcResponse<T>;
    if (!response.ok) throw new Error(JSON.stringify(response.error));
    return response.value;
  };
  const respond = (group: string, codes: string[]) =>
    workspace.respondents.insertMany(
      engagement.id,
      setup.instrumentId,
      'grid',
      codes.map((code) => ({ groupId: groupId(group), code, role: '', answers: { KK1: 3 } })),
    );
  const interview = (date: string | null, notes?: string) => {
    const created = workspace.interviews.create({
      engagementId: engagement.id,
      kind: 'internal-interview',
      guideRef: null,
      groupId: null,
      intervieweeRole: '',
      organisation: '',
      intervieweeName: '',
      nameMayBeShown: false,
      interviewer: '',
      date,
      mode: null,
      consentGiven: false,
      consentDate: null,
    });
    if (notes) {
      workspace.interviews.saveNotes(created.id, 'free', {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: notes }] }],
      });
    }
  };
  return { ...setup, call, respond, interview };
}

describe('engagement progress', () => {
  it('shows per group invited, responses, response rate and margin of error, and the total', async () => {
    const { call, respond, engagement } = setUp();
    respond('Productie', ['A1', 'A2', 'A3', 'A4', 'A5']);
    respond('Verkoop', ['B1', 'B2', 'B3', 'B4']);
    respond('Management', ['C1']);
    const progress = await call<EngagementProgress>('engagements.progress', {
      engagementId: engagement.id,
    });
    expect(
      progress.groups.map(({ name, invited, respondents, rate }) => ({
        name,
        invited,
        respondents,
        rate,
      })),
    ).toEqual([
      { name: 'Productie', invited: 10, respondents: 5, rate: 0.5 },
      { name: 'Verkoop', invited: 4, respondents: 4, rate: 1 },
      { name: 'Management', invited: null, respondents: 1, rate: null },
      { name: 'Klanten', invited: null, respondents: 0, rate: null },
    ]);
    const [productie, verkoop, management, klanten] = progress.groups;
    expect(productie?.marginOfError).toBeCloseTo(marginOfError(5, 10)!, 12);
    // Everyone invited answered: nothing left to estimate.
    expect(verkoop?.marginOfError).toBe(0);
    expect(management?.marginOfError).toBeCloseTo(marginOfError(1, null)!, 12);
    expect(klanten?.marginOfError).toBeNull();
    // Not every group has an invited count: no total rate.
    expect(progress.total).toMatchObject({ respondents: 10, invited: null, rate: null });
  });

  it('counts interviews as held once their date has come or notes were written', async () => {
    const { call, interview, engagement } = setUp();
    interview(isoDay(-3));
    interview(isoDay(0));
    interview(isoDay(7));
    interview(null, 'Eerste indrukken');
    interview(null);
    const progress = await call<EngagementProgress>('engagements.progress', {
      engagementId: engagement.id,
    });
    expect(progress.interviews).toEqual({ held: 3, planned: 2 });
  });

  it('follows the report from not started through edited to generated', async () => {
    const { call, workspace, engagement } = setUp();
    const report = async () =>
      (await call<EngagementProgress>('engagements.progress', { engagementId: engagement.id }))
        .report;
    expect(await report()).toEqual({ status: 'notStarted', editedAt: null, generatedAt: null });
    workspace.reports.saveSettings(engagement.id, normaliseReportSettings(null));
    expect(await report()).toMatchObject({ status: 'inProgress', generatedAt: null });
    const before = workspace.engagements.get(engagement.id).updatedAt;
    await generateReport(workspace, engagement.id);
    const generated = await report();
    expect(generated.status).toBe('generated');
    expect(Date.parse(generated.generatedAt!)).not.toBeNaN();
    // Writing the report is not an edit of the engagement.
    expect(workspace.engagements.get(engagement.id).updatedAt).toBe(before);
  });
});

describe('engagement list columns', () => {
  it('shows responses, interviews held of all, and the last activity', async () => {
    const { call, respond, interview, engagement, workspace } = setUp();
    const empty = workshop({}, workspace).engagement;
    respond('Productie', ['A1', 'A2']);
    interview(isoDay(-1));
    interview(isoDay(5));
    const list = await call<EngagementListEntry[]>('engagements.list', {});
    const row = list.find((entry) => entry.id === engagement.id)!;
    expect(row.activity).toMatchObject({ respondents: 2, interviews: 2, interviewsHeld: 1 });
    expect(list.find((entry) => entry.id === empty.id)?.activity).toEqual({
      respondents: 0,
      interviews: 0,
      interviewsHeld: 0,
      lastActivityAt: empty.updatedAt,
    });

    // A later answer is later activity, though the engagement's details did not change.
    const earlier = row.activity.lastActivityAt;
    await new Promise((resolve) => setTimeout(resolve, 5));
    respond('Verkoop', ['B1']);
    const after = await call<EngagementListEntry[]>('engagements.list', {});
    const updated = after.find((entry) => entry.id === engagement.id)!;
    expect(updated.activity.lastActivityAt > earlier).toBe(true);
    expect(updated.updatedAt).toBe(row.updatedAt);
  });
});
