import type { KioskStatus } from '@shared/ipc/kiosk';
import { AppError } from '@shared/ipc/errors';
import type { Answers } from '@shared/questionnaire/answers';
import { nextSequentialCode } from '@shared/questionnaire/codes';
import type { Workspace } from '../workspace';
import { defineWorkspaceState } from '../workspace-state';
import { hashPin, verifyPin, type PinHash } from './pin-hash';
import { buildKioskForm, kioskGroups } from './public-form';
import { storeSelfEntry } from './self-entry';

/** The settings row that keeps kiosk mode across reloads and restarts of the app. */
export const KIOSK_SETTINGS_KEY = 'kiosk.session';

export interface PersistedKiosk {
  engagementId: number;
  instrumentId: number;
  pin: PinHash;
  startedAt: string;
  /** Wrong PINs in a row; kept on disk so restarting the app does not reset the count. */
  failedAttempts: number;
  /** Epoch milliseconds until which no PIN is checked, or null. */
  lockedUntil: number | null;
  /** The batch this session's answers form; absent until the first answer. */
  batchId?: number;
}

export interface KioskTiming {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Every wrong PIN waits this long before the answer, so guessing is slow. */
  wrongPinDelayMs: number;
  /** After this many wrong PINs in a row the PIN is not checked for a while. */
  maxAttempts: number;
  /** The first lock; each further wrong PIN doubles it, up to `maxLockMs`. */
  lockMs: number;
  maxLockMs: number;
}

export const DEFAULT_KIOSK_TIMING: KioskTiming = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  wrongPinDelayMs: 800,
  maxAttempts: 5,
  lockMs: 60_000,
  maxLockMs: 10 * 60_000,
};

/** The next free kiosk respondent code: K001, K002, … (more digits after K999). */
export function nextKioskCode(existingCodes: Iterable<string>): string {
  return nextSequentialCode('K', existingCodes);
}

/**
 * Kiosk mode of one workspace: which engagement and instrument participants fill in, and the
 * consultant's PIN that ends it. Held in memory for the dispatcher's guard and written to the
 * settings table on every change, so a reload or restart comes back in kiosk mode.
 */
export class KioskSession {
  private state: PersistedKiosk | null;
  /** PIN checks run one at a time: parallel requests must not sidestep the delay and the lock. */
  private exitQueue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly workspace: Workspace,
    private readonly timing: KioskTiming = DEFAULT_KIOSK_TIMING,
  ) {
    this.state = workspace.settings.get<PersistedKiosk | null>(KIOSK_SETTINGS_KEY, null);
  }

  get active(): boolean {
    return this.state !== null;
  }

  /** Engagement and instrument of the running session, for the Electron shell and tests. */
  get target(): { engagementId: number; instrumentId: number } | null {
    return this.state
      ? { engagementId: this.state.engagementId, instrumentId: this.state.instrumentId }
      : null;
  }

  async start(engagementId: number, instrumentId: number, pin: string): Promise<KioskStatus> {
    if (this.state) throw new AppError('kiosk.alreadyActive');
    const engagement = this.workspace.engagements.get(engagementId);
    const { instrument } = this.workspace.instruments.get(instrumentId);
    if (kioskGroups(engagement, instrument).length === 0) throw new AppError('kiosk.noGroups');
    const hashed = await hashPin(pin);
    // The await above gave other calls a chance to run: check again before taking over.
    if (this.state) throw new AppError('kiosk.alreadyActive');
    this.workspace.instruments.attach(engagementId, instrumentId);
    this.save({
      engagementId,
      instrumentId,
      pin: hashed,
      startedAt: new Date(this.timing.now()).toISOString(),
      failedAttempts: 0,
      lockedUntil: null,
    });
    return this.status();
  }

  status(): KioskStatus {
    if (!this.state) return { active: false };
    const engagement = this.workspace.engagements.get(this.state.engagementId);
    const { instrument } = this.workspace.instruments.get(this.state.instrumentId);
    return { active: true, form: buildKioskForm(engagement, instrument) };
  }

  /** Stores one participant's answers as a new respondent; returns its code. */
  submit(groupId: number, answers: Answers): string {
    const state = this.requireActive();
    const { workspace } = this;
    const engagement = workspace.engagements.get(state.engagementId);
    const { instrument } = workspace.instruments.get(state.instrumentId);
    try {
      return storeSelfEntry(
        workspace,
        {
          engagementId: state.engagementId,
          instrumentId: state.instrumentId,
          source: 'kiosk',
          groupIds: kioskGroups(engagement, instrument).map((group) => group.id),
          batchId: () => this.sessionBatch(),
        },
        groupId,
        answers,
      );
    } catch (error) {
      // A failed transaction also undid a batch made for it: forget it in memory as well.
      this.state = workspace.settings.get<PersistedKiosk | null>(KIOSK_SETTINGS_KEY, null);
      throw error;
    }
  }

  /** The kiosk session's batch: made with the first answer and remembered with the session. */
  private sessionBatch(): number {
    const state = this.requireActive();
    if (state.batchId !== undefined) return state.batchId;
    const batchId = this.workspace.batches.create(state.engagementId, state.instrumentId, 'kiosk');
    this.save({ ...state, batchId });
    return batchId;
  }

  /** Ends kiosk mode when the PIN is right; otherwise waits, counts and eventually locks. */
  exit(pin: string): Promise<void> {
    const attempt = this.exitQueue.then(() => this.checkPinAndEnd(pin));
    this.exitQueue = attempt.catch(() => undefined);
    return attempt;
  }

  /** Ends kiosk mode without a PIN: only for the consultant's recovery switch at start-up. */
  forceEnd(): void {
    this.save(null);
  }

  private async checkPinAndEnd(pin: string): Promise<void> {
    const state = this.requireActive();
    const { now, sleep, wrongPinDelayMs, maxAttempts } = this.timing;
    const lockedFor = state.lockedUntil === null ? 0 : state.lockedUntil - now();
    if (lockedFor > 0)
      throw new AppError('kiosk.lockedOut', { seconds: Math.ceil(lockedFor / 1000) });
    if (await verifyPin(pin, state.pin)) {
      this.save(null);
      return;
    }
    const failedAttempts = state.failedAttempts + 1;
    const lockMs = failedAttempts >= maxAttempts ? this.lockDuration(failedAttempts) : 0;
    this.save({ ...state, failedAttempts, lockedUntil: lockMs > 0 ? now() + lockMs : null });
    await sleep(wrongPinDelayMs);
    if (lockMs > 0) throw new AppError('kiosk.lockedOut', { seconds: Math.ceil(lockMs / 1000) });
    throw new AppError('kiosk.wrongPin', { attemptsLeft: maxAttempts - failedAttempts });
  }

  private lockDuration(failedAttempts: number): number {
    const { lockMs, maxLockMs, maxAttempts } = this.timing;
    return Math.min(lockMs * 2 ** (failedAttempts - maxAttempts), maxLockMs);
  }

  private requireActive(): PersistedKiosk {
    if (!this.state) throw new AppError('kiosk.notActive');
    return this.state;
  }

  private save(state: PersistedKiosk | null): void {
    this.workspace.settings.set(KIOSK_SETTINGS_KEY, state);
    this.state = state;
  }
}

const KIOSK_SESSION = defineWorkspaceState(
  'kiosk session',
  (workspace: Workspace) => new KioskSession(workspace),
);

/** The one kiosk session of a workspace (created on first use, read from its settings). */
export function kioskSessionOf(workspace: Workspace): KioskSession {
  return workspace.state.get(KIOSK_SESSION);
}
