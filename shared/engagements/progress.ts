/**
 * Progress of an engagement at a glance: per group the invited (or targeted) number, the
 * responses, the response rate and the margin of error; the interviews planned and held; where
 * the report stands. Shown on the engagement overview; the list shows the short version.
 */
import { responseRate, type ResponseRate } from '../stats/response-rate';
import type { Group, GroupKind } from './model';

/** The short version, a few columns of the engagement list. */
export interface EngagementActivity {
  respondents: number;
  interviews: number;
  interviewsHeld: number;
  /** The latest change to anything of the engagement (details, responses, notes, report). */
  lastActivityAt: string;
}

export interface GroupProgress extends ResponseRate {
  groupId: number;
  name: string;
  kind: GroupKind;
}

/**
 * An interview is *held* once its date has come (today or earlier) or notes have been written;
 * every other registered interview is *planned*.
 */
export interface InterviewProgress {
  planned: number;
  held: number;
}

export type ReportStatus = 'notStarted' | 'inProgress' | 'generated';

export interface ReportProgress {
  status: ReportStatus;
  /** When the report's settings or texts were last changed; null when never. */
  editedAt: string | null;
  /** When a .docx was last written; null when never. */
  generatedAt: string | null;
}

export interface EngagementProgress {
  engagementId: number;
  groups: GroupProgress[];
  /** All groups together; `invited` only when every group has its invited count. */
  total: ResponseRate;
  interviews: InterviewProgress;
  report: ReportProgress;
  lastActivityAt: string;
}

export interface ProgressInput {
  engagementId: number;
  groups: Pick<Group, 'id' | 'name' | 'kind' | 'invited'>[];
  respondentsByGroup: ReadonlyMap<number, number>;
  interviews: InterviewProgress;
  reportEditedAt: string | null;
  reportGeneratedAt: string | null;
  lastActivityAt: string;
}

export function reportStatus(editedAt: string | null, generatedAt: string | null): ReportStatus {
  if (generatedAt) return 'generated';
  return editedAt ? 'inProgress' : 'notStarted';
}

export function buildProgress(input: ProgressInput): EngagementProgress {
  const groups = input.groups.map((group) => ({
    groupId: group.id,
    name: group.name,
    kind: group.kind,
    ...responseRate(input.respondentsByGroup.get(group.id) ?? 0, group.invited),
  }));
  const respondents = groups.reduce((sum, group) => sum + group.respondents, 0);
  const allInvited = groups.length > 0 && groups.every((group) => group.invited !== null);
  const invited = allInvited ? groups.reduce((sum, group) => sum + (group.invited ?? 0), 0) : null;
  return {
    engagementId: input.engagementId,
    groups,
    total: responseRate(respondents, invited),
    interviews: input.interviews,
    report: {
      status: reportStatus(input.reportEditedAt, input.reportGeneratedAt),
      editedAt: input.reportEditedAt,
      generatedAt: input.reportGeneratedAt,
    },
    lastActivityAt: input.lastActivityAt,
  };
}
