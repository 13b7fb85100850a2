/**
 * An engagement's statuses, apart from the model's schemas (model.ts): the engagement list filters
 * by them and is the first screen, which loads no zod.
 */
export const ENGAGEMENT_STATUSES = ['active', 'closed', 'archived'] as const;
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];
