import { z } from 'zod';
import { defineCall } from './define';
import type { FileDownload } from './files';
import type { GapAnalysisView } from '../gaps/view';

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
   * As the tab shows it: the figures it shows, each comparison's rows as columns (gaps/view.ts).
   */
  'gaps.analyse': defineCall(gapRequest.strict()).returns<GapAnalysisView>(),
  /** The same analysis as a table (CSV or XLSX): every comparison row with its basis. */
  'gaps.export': defineCall(
    gapRequest.extend({ format: z.enum(['csv', 'xlsx']) }).strict(),
  ).returns<FileDownload>(),
};
