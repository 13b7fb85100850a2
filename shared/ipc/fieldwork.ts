import { z } from 'zod';
import { defineCall } from './define';
import type { FileDownload } from './files';
import type { EngagementProgress } from '../engagements/progress';
import { guideRefSchema } from '../interviews/model';
import type { BatchRemoval, RespondentBatch } from '../questionnaire/batches';
import { MAX_PAPER_FORMS } from '../paper/questionnaire-form';

const id = z.number().int().positive();
const language = z.enum(['nl', 'en']);

export const fieldworkCalls = {
  /** Groups with invited count, responses, rate and margin of error; interviews; report status. */
  'engagements.progress': defineCall(
    z.object({ engagementId: id }).strict(),
  ).returns<EngagementProgress>(),

  /** Imports, kiosk sessions and live sessions of an engagement, newest first. */
  'batches.list': defineCall(
    z.object({ engagementId: id, instrumentId: id.optional() }).strict(),
  ).returns<RespondentBatch[]>(),
  /** Backs the workspace up, then removes exactly the batch's respondents and the batch. */
  'batches.remove': defineCall(
    z.object({ engagementId: id, batchId: id }).strict(),
  ).returns<BatchRemoval>(),

  /**
   * The printable questionnaire of one instrument version (.docx), in the engagement's language
   * unless another is asked for; `forms` asks for pre-numbered forms per group.
   */
  'paper.questionnaire': defineCall(
    z
      .object({
        engagementId: id,
        instrumentId: id,
        language: language.optional(),
        forms: z
          .array(z.object({ groupId: id, count: z.number().int().min(0).max(MAX_PAPER_FORMS) }))
          .max(30)
          .default([]),
      })
      .strict(),
  ).returns<FileDownload>(),
  /** A printable interview guide (.docx) with room for notes under each question. */
  'paper.interviewGuide': defineCall(
    z.object({ ref: guideRefSchema, language }).strict(),
  ).returns<FileDownload>(),
};
