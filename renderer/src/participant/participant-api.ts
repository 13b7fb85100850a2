/**
 * The phone page's only connection: the live-session server it was loaded from. Paths are
 * relative to the page (/<token>/), so the session token is never written into this code.
 */
import {
  PARTICIPANT_ANSWERS_PATH,
  PARTICIPANT_FORM_PATH,
  PARTICIPANT_REFUSALS,
  type ParticipantFormResponse,
  type ParticipantRefusal,
  type ParticipantSubmission,
  type ParticipantSubmitResponse,
} from '@shared/live/protocol';

/** The server is gone (session ended) or not reachable from this network. */
export class SessionUnreachable extends Error {}

export async function loadForm(): Promise<ParticipantFormResponse> {
  let response: Response;
  try {
    response = await fetch(`./${PARTICIPANT_FORM_PATH}`, { cache: 'no-store' });
  } catch {
    throw new SessionUnreachable();
  }
  if (!response.ok) throw new SessionUnreachable();
  return (await response.json()) as ParticipantFormResponse;
}

/** Sends the answers; resolves once the server has stored them, or with the reason it refused. */
export async function sendAnswers(
  submission: ParticipantSubmission,
): Promise<ParticipantSubmitResponse> {
  let response: Response;
  try {
    response = await fetch(`./${PARTICIPANT_ANSWERS_PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(submission),
      cache: 'no-store',
    });
  } catch {
    throw new SessionUnreachable();
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not one of ours (a proxy's error page): treated as unreachable below.
  }
  if (isSubmitResponse(body)) return body;
  throw new SessionUnreachable();
}

function isSubmitResponse(body: unknown): body is ParticipantSubmitResponse {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as { ok?: unknown; refusal?: unknown };
  return (
    candidate.ok === true ||
    (candidate.ok === false &&
      PARTICIPANT_REFUSALS.includes(candidate.refusal as ParticipantRefusal))
  );
}
