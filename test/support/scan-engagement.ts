import type { Workspace } from '@main/core/workspace';
import { department, newEngagement } from './new-engagement';

/**
 * An engagement in `workspace` with one department group per name in `groups` and the shipped
 * staff scan attached: the set-up of tests that store and read answers.
 */
export function engagementWithScan(
  workspace: Workspace,
  clientName: string,
  groups: string[] = ['Productie', 'Verkoop'],
) {
  const engagement = workspace.engagements.create(
    newEngagement(clientName, groups.map(department)),
  );
  const instrumentId = workspace.instruments.latestByKey('klantgerichtheidsscan')!;
  workspace.instruments.attach(engagement.id, instrumentId);
  const { instrument } = workspace.instruments.get(instrumentId);
  return { engagement, instrumentId, instrument };
}
