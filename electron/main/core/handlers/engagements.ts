import type { engagementCalls } from '@shared/ipc/engagements';
import type { Handlers } from '@shared/ipc';
import type { HandlerContext } from './context';
import { todayIso } from '@shared/report/format';
import { createSampleEngagement } from '../sample/sample-engagement';

type EngagementHandlers = Pick<Handlers<HandlerContext>, keyof typeof engagementCalls>;

export const engagementHandlers: EngagementHandlers = {
  'engagements.list': (query, { workspace }) => {
    const activity = workspace.progress.activity(todayIso());
    return workspace.engagements.list(query).map((engagement) => ({
      ...engagement,
      activity: activity.get(engagement.id) ?? {
        respondents: 0,
        interviews: 0,
        interviewsHeld: 0,
        lastActivityAt: engagement.updatedAt,
      },
    }));
  },
  'engagements.get': ({ id }, { workspace }) => workspace.engagements.get(id),
  'engagements.create': (input, { workspace }) => workspace.engagements.create(input),
  'engagements.update': ({ id, ...changes }, { workspace }) =>
    workspace.engagements.update(id, changes),
  'engagements.delete': ({ id }, { workspace }) => {
    workspace.engagements.delete(id);
    return { deleted: true };
  },
  'engagements.createSample': ({ language }, { workspace }) =>
    createSampleEngagement(workspace, language),
  'groups.save': ({ engagementId, group }, { workspace }) =>
    workspace.engagements.saveGroup(engagementId, group),
  'groups.delete': ({ engagementId, groupId }, { workspace }) =>
    workspace.engagements.deleteGroup(engagementId, groupId),
  'groups.move': ({ engagementId, groupId, direction }, { workspace }) =>
    workspace.engagements.moveGroup(engagementId, groupId, direction),
};
