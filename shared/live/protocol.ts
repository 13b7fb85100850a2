/**
 * What the participant page and the live-session server say to each other. The server has only
 * these endpoints, all below /<session token>/: the page itself and its files, `form` and
 * `answers`. No zod here: the participant page bundles this file and should stay small.
 */
import type { KioskForm } from '../ipc/kiosk';

export const PARTICIPANT_FORM_PATH = 'form';
export const PARTICIPANT_ANSWERS_PATH = 'answers';
/** The query parameter of a group's own QR code: the group is chosen already. */
export const GROUP_QUERY_PARAMETER = 'g';

/** GET form: the questionnaire as participants see it, and whether this device answered. */
export interface ParticipantFormResponse {
  form: KioskForm;
  submitted: boolean;
  /** The session has as many answers as the consultant allowed: no more are taken. */
  full: boolean;
}

/** POST answers: the group and the answers (checked in main with participantSubmissionSchema). */
export interface ParticipantSubmission {
  groupId: number;
  answers: Record<string, number | string | null>;
}

/** Why the server refused a request; the page explains each one in the participant's language. */
export const PARTICIPANT_REFUSALS = [
  'alreadySubmitted',
  'full',
  'tooManyRequests',
  'tooLarge',
  'invalid',
  'noAnswers',
  'noDevice',
] as const;
export type ParticipantRefusal = (typeof PARTICIPANT_REFUSALS)[number];

export type ParticipantSubmitResponse = { ok: true } | { ok: false; refusal: ParticipantRefusal };
