import type { Workspace } from '@main/core/workspace';

/**
 * An engagement in `workspace` with one department group per name in `groups` and the shipped
 * staff scan attached: the set-up of tests that store and read answers.
 */
export function engagementWithScan(
  workspace: Workspace,
  clientName: string,
  groups: string[] = ['Productie', 'Verkoop'],
) {
  const engagement = workspace.engagements.create({
    clientName,
    sector: '',
    consultants: [],
    startDate: null,
    endDate: null,
    language: 'nl',
    status: 'active',
    notes: '',
    groups: groups.map((name) => ({ name, kind: 'department' as const, description: '' })),
  });
  const instrumentId = workspace.instruments.latestByKey('klantgerichtheidsscan')!;
  workspace.instruments.attach(engagement.id, instrumentId);
  const { instrument } = workspace.instruments.get(instrumentId);
  return { engagement, instrumentId, instrument };
}
