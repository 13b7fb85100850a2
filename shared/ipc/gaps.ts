import { z } from 'zod';
import { defineCall } from './define';
import type { FileDownload } from './files';
import type { GapAnalysis } from '../gaps/report';

const id = z.number().int().positive();

const gapRequest = z.object({
  engagementId: id,
  /** The instrument family to compare within; default: see services/gap-analysis.ts. */
  family: z.string().min(1).max(120).optional(),
  groupIds: z.array(id).min(2, 'gaps.twoGroups').max(30).optional(),
});

export const gapsCalls = {
  /**
   * Every pairwise comparison among the chosen groups (default: all groups of the engagement),
   * Welch's ANOVA per dimension, blind spots against the customer groups among them and the
   * shared picture of customer needs, within one instrument family (see shared/gaps/analysis.ts).
   */
  'gaps.analyse': defineCall(gapRequest.strict()).returns<GapAnalysis>(),
  /** The same analysis as a table (CSV or XLSX): every comparison row with its basis. */
  'gaps.export': defineCall(
    gapRequest.extend({ format: z.enum(['csv', 'xlsx']) }).strict(),
  ).returns<FileDownload>(),
};
