/**
 * Live sessions: participants answer the questionnaire on their phones over the room's network
 * while the projector shows a QR code and counts the answers per group. At most one session runs
 * at a time; it lives in memory only (a crash or restart ends it, the answers it stored stay).
 */
import QRCode from 'qrcode';
import { AppError } from '@shared/ipc/errors';
import type { KioskForm } from '@shared/ipc/kiosk';
import type { LiveInterface, LiveReveal, LiveSessionView, LiveStatus } from '@shared/ipc/live';
import { GROUP_QUERY_PARAMETER } from '@shared/live/protocol';
import { buildKioskForm } from '../kiosk/public-form';
import { storeSelfEntry } from '../kiosk/self-entry';
import { engagementGapsView } from '../services/gap-analysis';
import type { Workspace } from '../workspace';
import { liveInterfaces, type InterfaceTable } from './network';
import { loadParticipantPage } from './participant-page';
import {
  DEFAULT_LIVE_LIMITS,
  newSessionToken,
  startLiveServer,
  type LiveServer,
  type LiveServerLimits,
} from './live-server';

export interface LiveSessionsOptions {
  /** The open workspace (read each time: a restore replaces it). */
  workspace: () => Workspace;
  /** The built renderer folder holding participant.html (out/renderer). */
  staticDir: string;
  /** Offer 127.0.0.1: tests and development only, never in normal use. */
  allowLoopback: boolean;
  /** Tests pass a fixed table; normally os.networkInterfaces(). */
  interfaceTable?: () => InterfaceTable;
  limits?: Partial<Omit<LiveServerLimits, 'maxParticipants'>>;
}

export interface LiveStartRequest {
  engagementId: number;
  instrumentId: number;
  groupIds: number[];
  address: string;
  maxParticipants: number;
}

interface RunningSession {
  engagementId: number;
  instrumentId: number;
  form: KioskForm;
  server: LiveServer;
  qrSvg: string;
  groupQr: Map<number, { url: string; qrSvg: string }>;
  answersPerGroup: Map<number, number>;
  submissions: number;
  maxParticipants: number;
  startedAt: string;
  /** The session's batch, made with its first answer. */
  batchId: number | null;
}

export class LiveSessions {
  private running: RunningSession | null = null;
  /** A start in progress: a second start must not race it. */
  private starting = false;

  constructor(private readonly options: LiveSessionsOptions) {}

  get active(): boolean {
    return this.running !== null;
  }

  /** The running session's batch (null before its first answer or without a session). */
  get batchId(): number | null {
    return this.running?.batchId ?? null;
  }

  interfaces(): LiveInterface[] {
    return liveInterfaces(this.options.allowLoopback, this.options.interfaceTable?.());
  }

  async start(request: LiveStartRequest): Promise<LiveStatus> {
    if (this.running || this.starting) throw new AppError('live.alreadyRunning');
    // Only an address this computer has and offers: the renderer cannot name any other.
    if (!this.interfaces().some((candidate) => candidate.address === request.address)) {
      throw new AppError('live.addressNotAllowed', { address: request.address });
    }
    const workspace = this.options.workspace();
    const engagement = workspace.engagements.get(request.engagementId);
    const { instrument } = workspace.instruments.get(request.instrumentId);
    const groupIds = [...new Set(request.groupIds)];
    for (const groupId of groupIds) {
      if (!engagement.groups.some((group) => group.id === groupId)) {
        throw new AppError('errors.notFound', { what: 'group', id: groupId });
      }
    }
    const page = loadParticipantPage(this.options.staticDir);
    const complete = buildKioskForm(engagement, instrument);
    // The groups in the engagement's order, whichever kind: the consultant chose them.
    const form: KioskForm = {
      ...complete,
      groups: engagement.groups
        .filter((group) => groupIds.includes(group.id))
        .map((group) => ({ id: group.id, name: group.name })),
    };
    workspace.instruments.attach(engagement.id, request.instrumentId);
    this.starting = true;
    try {
      const session = {
        engagementId: engagement.id,
        instrumentId: request.instrumentId,
        form,
        groupQr: new Map(),
        answersPerGroup: new Map(),
        submissions: 0,
        maxParticipants: request.maxParticipants,
        startedAt: new Date().toISOString(),
        batchId: null,
      } as Omit<RunningSession, 'server' | 'qrSvg'> as RunningSession;
      session.server = await startLiveServer({
        address: request.address,
        allowLoopback: this.options.allowLoopback,
        token: newSessionToken(),
        page,
        limits: {
          ...DEFAULT_LIVE_LIMITS,
          ...this.options.limits,
          maxParticipants: request.maxParticipants,
        },
        form: () => form,
        submit: ({ groupId, answers }) => this.store(session, groupId, answers),
      });
      try {
        session.qrSvg = await qrSvg(session.server.url);
        for (const group of form.groups) {
          const url = `${session.server.url}/?${GROUP_QUERY_PARAMETER}=${group.id}`;
          session.groupQr.set(group.id, { url, qrSvg: await qrSvg(url) });
        }
      } catch (error) {
        await session.server.close();
        throw error;
      }
      this.running = session;
    } finally {
      this.starting = false;
    }
    return this.status();
  }

  status(): LiveStatus {
    const session = this.running;
    if (!session) return { active: false };
    const workspace = this.options.workspace();
    const engagement = workspace.engagements.get(session.engagementId);
    const { summary } = workspace.instruments.get(session.instrumentId);
    const view: LiveSessionView = {
      engagementId: session.engagementId,
      instrumentId: session.instrumentId,
      instrumentName: summary.name,
      address: session.server.address,
      port: session.server.port,
      url: session.server.url,
      qrSvg: session.qrSvg,
      groups: session.form.groups.map((group) => ({
        groupId: group.id,
        name: group.name,
        answers: session.answersPerGroup.get(group.id) ?? 0,
        url: session.groupQr.get(group.id)?.url ?? session.server.url,
        qrSvg: session.groupQr.get(group.id)?.qrSvg ?? session.qrSvg,
      })),
      submissions: session.submissions,
      maxParticipants: session.maxParticipants,
      anonymityThreshold: engagement.anonymityThreshold,
      startedAt: session.startedAt,
    };
    return { active: true, session: view };
  }

  /**
   * The session's groups side by side per dimension, by the Kloof tab's own analysis (so the
   * anonymity threshold holds the same way), within the session instrument's family: groups
   * below the threshold are reported, never compared.
   */
  reveal(): LiveReveal {
    const session = this.requireRunning();
    const analysis = engagementGapsView(this.options.workspace(), {
      engagementId: session.engagementId,
      instrumentId: session.instrumentId,
      groupIds: session.form.groups.map((group) => group.id),
    });
    return { analysis };
  }

  /** Closes the participant server. The answers stay; a phone that tries now gets no answer. */
  async end(): Promise<LiveStatus> {
    const session = this.running;
    this.running = null;
    if (session) await session.server.close();
    return { active: false };
  }

  /** One phone's answers: checked and committed before the server says "ok". */
  private store(
    session: RunningSession,
    groupId: number,
    answers: Record<string, number | string | null>,
  ): void {
    const workspace = this.options.workspace();
    let created: number | null = null;
    storeSelfEntry(
      workspace,
      {
        engagementId: session.engagementId,
        instrumentId: session.instrumentId,
        source: 'live',
        groupIds: session.form.groups.map((group) => group.id),
        batchId: () => {
          if (session.batchId !== null) return session.batchId;
          created = workspace.batches.create(session.engagementId, session.instrumentId, 'live');
          return created;
        },
      },
      groupId,
      answers,
    );
    // Only after the commit: a failed transaction also undid the batch it made.
    if (created !== null) session.batchId = created;
    session.submissions += 1;
    session.answersPerGroup.set(groupId, (session.answersPerGroup.get(groupId) ?? 0) + 1);
  }

  private requireRunning(): RunningSession {
    if (!this.running) throw new AppError('live.notRunning');
    return this.running;
  }
}

function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
