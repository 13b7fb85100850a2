import type { GroupFields, NewEngagement } from '@main/core/repositories/engagements';

/**
 * What `workspace.engagements.create` takes, with the details a test does not look at left blank:
 * an active Dutch engagement without sector, consultants, dates or notes. `details` sets others.
 */
export function newEngagement(
  clientName: string,
  groups: GroupFields[] = [],
  details: Partial<NewEngagement> = {},
): NewEngagement {
  return {
    clientName,
    sector: '',
    consultants: [],
    startDate: null,
    endDate: null,
    language: 'nl',
    status: 'active',
    notes: '',
    groups,
    ...details,
  };
}

/** A department group without description, as most tests name them. */
export const department = (name: string): GroupFields => ({
  name,
  kind: 'department',
  description: '',
});
