import { z } from 'zod';
import { defineCall } from './define';
import { engagementListArg } from './first-screen-args';
import {
  engagementCreateSchema,
  engagementUpdateSchema,
  groupInputSchema,
  type Engagement,
  type EngagementSummary,
} from '../engagements/model';
import type { EngagementActivity } from '../engagements/progress';

const id = z.number().int().positive();

/** A row of the engagement list: the engagement and its progress in a few figures. */
export type EngagementListEntry = EngagementSummary & { activity: EngagementActivity };

export const engagementCalls = {
  'engagements.list': defineCall(engagementListArg).returns<EngagementListEntry[]>(),
  'engagements.get': defineCall(z.object({ id }).strict()).returns<Engagement>(),
  'engagements.create': defineCall(engagementCreateSchema).returns<Engagement>(),
  'engagements.update': defineCall(engagementUpdateSchema).returns<Engagement>(),
  'engagements.delete': defineCall(z.object({ id }).strict()).returns<{ deleted: true }>(),
  'engagements.createSample': defineCall(
    z.object({ language: z.enum(['nl', 'en']) }).strict(),
  ).returns<Engagement>(),
  'groups.save': defineCall(
    z.object({ engagementId: id, group: groupInputSchema }).strict(),
  ).returns<Engagement>(),
  'groups.delete': defineCall(
    z.object({ engagementId: id, groupId: id }).strict(),
  ).returns<Engagement>(),
  'groups.move': defineCall(
    z.object({ engagementId: id, groupId: id, direction: z.enum(['up', 'down']) }).strict(),
  ).returns<Engagement>(),
};
