import { z } from 'zod';
import { defineCall } from './define';
import type { GapAnalysis } from '../gaps/report';

const id = z.number().int().positive();

export const gapsCalls = {
  /**
   * Every pairwise comparison among the chosen groups (default: all groups of the engagement),
   * blind spots against the customer groups among them and the shared picture of customer needs.
   * `instrumentId` picks the instrument whose dimensions and items the comparison is on (default:
   * the engagement's staff instrument with responses); the versions other groups answered are
   * combined with it over the items they share (see services/gap-analysis.ts).
   */
  'gaps.analyse': defineCall(
    z
      .object({
        engagementId: id,
        instrumentId: id.optional(),
        groupIds: z.array(id).min(2, 'gaps.twoGroups').max(30).optional(),
      })
      .strict(),
  ).returns<GapAnalysis>(),
};
