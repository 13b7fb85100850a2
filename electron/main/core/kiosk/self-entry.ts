import { AppError } from '@shared/ipc/errors';
import { compactAnswers, validateAnswers, type Answers } from '@shared/questionnaire/answers';
import { nextSequentialCode } from '@shared/questionnaire/codes';
import type { Workspace } from '../workspace';

/** Where a participant's own answers go: the kiosk on the laptop or a live session on phones. */
export interface SelfEntryTarget {
  engagementId: number;
  instrumentId: number;
  source: 'kiosk' | 'live';
  /** The groups participants may choose from; anything else is refused. */
  groupIds: readonly number[];
  /**
   * The session's batch, created with its first answer so a session nobody answered leaves no
   * empty batch behind. Called inside the transaction that stores the answers.
   */
  batchId: () => number;
}

/** Respondent codes per source: K001… from the kiosk, L001… from a live session. */
const CODE_PREFIX: Record<SelfEntryTarget['source'], string> = { kiosk: 'K', live: 'L' };

/**
 * Stores one participant's answers as a new respondent. They are checked exactly like typed or
 * imported answers (`validateAnswers`), and respondent, code and batch are written in one
 * transaction, committed before this returns: a caller that acknowledges afterwards never
 * acknowledges something a crash could still lose. Returns the new respondent's code.
 */
export function storeSelfEntry(
  workspace: Workspace,
  target: SelfEntryTarget,
  groupId: number,
  answers: Answers,
): string {
  if (!target.groupIds.includes(groupId)) {
    throw new AppError('errors.notFound', { what: 'group', id: groupId });
  }
  const { instrument } = workspace.instruments.get(target.instrumentId);
  const issues = validateAnswers(instrument, answers);
  if (issues.length > 0) throw new AppError('errors.validation', {}, issues);
  const stored = compactAnswers(trimOpenAnswers(answers));
  if (Object.keys(stored).length === 0) throw new AppError('kiosk.noAnswers');
  const { engagementId, instrumentId, source } = target;
  return workspace.db.transaction(() => {
    const code = nextSequentialCode(CODE_PREFIX[source], workspace.respondents.codes(engagementId));
    workspace.instruments.attach(engagementId, instrumentId);
    workspace.respondents.insertMany(
      engagementId,
      instrumentId,
      source,
      [{ groupId, code, role: '', answers: stored }],
      target.batchId(),
    );
    return code;
  })();
}

function trimOpenAnswers(answers: Answers): Answers {
  return Object.fromEntries(
    Object.entries(answers).map(([code, value]) => [
      code,
      typeof value === 'string' ? value.trim() : value,
    ]),
  );
}
