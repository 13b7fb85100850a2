/**
 * The interviews table's row and its mapping to the model, shared by the interview repository and
 * the search (which extends the row with what a hit shows).
 */
import type { Guide } from '@shared/content/guides';
import type { GroupKind } from '@shared/engagements/model';
import type { AttributionGroup, AttributionSource } from '@shared/interviews/attribution';
import type { Interview } from '@shared/interviews/model';

export interface InterviewRow {
  id: number;
  engagement_id: number;
  kind: Interview['kind'];
  group_id: number | null;
  interviewee_role: string;
  organisation: string;
  interviewee_name: string;
  name_may_be_shown: number;
  interviewer: string;
  held_on: string | null;
  mode: Interview['mode'];
  consent_given: number;
  consent_date: string | null;
  guide_ref: string | null;
  guide_json: string | null;
  created_at: string;
  updated_at: string;
}

export function rowToInterview(row: InterviewRow): Interview {
  return {
    id: row.id,
    engagementId: row.engagement_id,
    kind: row.kind,
    groupId: row.group_id,
    intervieweeRole: row.interviewee_role,
    organisation: row.organisation,
    intervieweeName: row.interviewee_name,
    nameMayBeShown: row.name_may_be_shown === 1,
    interviewer: row.interviewer,
    date: row.held_on,
    mode: row.mode,
    consentGiven: row.consent_given === 1,
    consentDate: row.consent_date,
    guideRef: row.guide_ref,
    guide: row.guide_json ? (JSON.parse(row.guide_json) as Guide) : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The interview columns a joined row carries for wording an attribution. */
export interface AttributionColumns {
  kind: Interview['kind'];
  interviewee_role: string;
  organisation: string;
  interviewee_name: string;
  name_may_be_shown: number;
  group_name: string | null;
  group_kind: GroupKind | null;
}

/** The interviewee and group of a joined row, as the attribution functions take them. */
export function attributionParts(
  row: AttributionColumns,
): [AttributionSource, AttributionGroup | null] {
  return [
    {
      kind: row.kind,
      intervieweeRole: row.interviewee_role,
      organisation: row.organisation,
      intervieweeName: row.interviewee_name,
      nameMayBeShown: row.name_may_be_shown === 1,
    },
    row.group_name !== null && row.group_kind !== null
      ? { name: row.group_name, kind: row.group_kind }
      : null,
  ];
}
