import { z } from 'zod';
import { defineCall } from './define';
import type { GapAnalysisView } from '../gaps/view';
import type { LocalizedText } from '../questionnaire/instrument';
import type { ParticipantSubmission } from '../live/protocol';
import { answerValueSchema } from './questionnaire';

const id = z.number().int().positive();

/** A network address a live session can listen on (see shared/live/addresses.ts). */
export interface LiveInterface {
  /** The operating system's name of the network adapter ("Wi-Fi", "wlan0", "en0"). */
  name: string;
  address: string;
  /** 127.0.0.1, offered in test/development mode only: phones cannot reach it. */
  loopback: boolean;
}

export interface LiveGroupView {
  groupId: number;
  name: string;
  /** Answers from this group in this session. */
  answers: number;
  /** The address with the group chosen already, for a QR code per group. */
  url: string;
  qrSvg: string;
}

export interface LiveSessionView {
  engagementId: number;
  instrumentId: number;
  instrumentName: LocalizedText;
  address: string;
  port: number;
  /** The short address participants type or scan: http://<address>:<port>/<token> */
  url: string;
  qrSvg: string;
  groups: LiveGroupView[];
  /** Answers in this session, all groups. */
  submissions: number;
  maxParticipants: number;
  anonymityThreshold: number;
  /** ISO 8601. */
  startedAt: string;
}

export type LiveStatus = { active: false } | { active: true; session: LiveSessionView };

/**
 * The comparison shown on "reveal": the session's groups side by side per dimension, through
 * the same gap analysis as the Kloof tab. Groups below the anonymity threshold are in
 * `analysis.groups` with `shown: false` and never in the comparison; `analysis` is null while
 * no answers are in at all.
 */
export interface LiveReveal {
  analysis: GapAnalysisView | null;
}

/** What a phone posts; validated by the live server before the answers are checked. */
export const participantSubmissionSchema: z.ZodType<ParticipantSubmission> = z
  .object({
    groupId: id,
    answers: z.record(z.string().max(80), answerValueSchema),
  })
  .strict();

export const DEFAULT_MAX_PARTICIPANTS = 200;
export const MAX_PARTICIPANTS_LIMIT = 1000;

export const liveCalls = {
  /** The private IPv4 addresses of this computer a session can listen on. */
  'live.interfaces': defineCall(z.object({}).strict()).returns<LiveInterface[]>(),
  /** Starts the participant server for one instrument and the groups participants may pick. */
  'live.start': defineCall(
    z
      .object({
        engagementId: id,
        instrumentId: id,
        groupIds: z.array(id).min(1, 'live.noGroups').max(30),
        address: z.string().max(15),
        maxParticipants: z
          .number()
          .int()
          .min(1)
          .max(MAX_PARTICIPANTS_LIMIT)
          .default(DEFAULT_MAX_PARTICIPANTS),
      })
      .strict(),
  ).returns<LiveStatus>(),
  'live.status': defineCall(z.object({}).strict()).returns<LiveStatus>(),
  'live.reveal': defineCall(z.object({}).strict()).returns<LiveReveal>(),
  /** Closes the participant server; answers already given stay. */
  'live.end': defineCall(z.object({}).strict()).returns<LiveStatus>(),
};
