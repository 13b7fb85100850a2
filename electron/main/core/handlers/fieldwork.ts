import type { Handlers } from '@shared/ipc';
import { buildProgress } from '@shared/engagements/progress';
import { AppError } from '@shared/ipc/errors';
import type { fieldworkCalls } from '@shared/ipc/fieldwork';
import { todayIso } from '@shared/report/format';
import { interviewGuidePaper, questionnairePaper } from '../paper/paper-files';
import { removeBatch } from '../services/batch-removal';
import type { HandlerContext } from './context';

type FieldworkHandlers = Pick<Handlers<HandlerContext>, keyof typeof fieldworkCalls>;

export const fieldworkHandlers: FieldworkHandlers = {
  'engagements.progress': ({ engagementId }, { workspace }) => {
    const engagement = workspace.engagements.get(engagementId);
    const today = todayIso();
    const report = workspace.progress.report(engagementId);
    return buildProgress({
      engagementId,
      groups: engagement.groups,
      respondentsByGroup: workspace.respondents.countByGroup(engagementId),
      interviews: workspace.progress.interviews(engagementId, today),
      reportEditedAt: report.editedAt,
      reportGeneratedAt: report.generatedAt,
      lastActivityAt:
        workspace.progress.activityOf(engagementId, today)?.lastActivityAt ?? engagement.updatedAt,
    });
  },

  'batches.list': ({ engagementId, instrumentId }, { workspace }) => {
    workspace.engagements.get(engagementId);
    return workspace.batches.list(engagementId, instrumentId);
  },
  'batches.remove': ({ engagementId, batchId }, context) => {
    // A running live session keeps adding to its batch: end it first.
    if (context.live?.batchId === batchId) throw new AppError('batches.sessionRunning');
    return removeBatch(context.workspace, engagementId, batchId);
  },

  'paper.questionnaire': (request, { workspace }) => questionnairePaper(workspace, request),
  'paper.interviewGuide': ({ ref, language }, { workspace }) =>
    interviewGuidePaper(workspace, ref, language),
};
