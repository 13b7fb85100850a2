/**
 * The handlers of the heavy reads (read-worker/protocol.ts OFF_MAIN_CALLS), apart from the other
 * handlers of their domains: the read worker loads only this module, so it does not carry the code
 * and libraries of imports, exports and Word or PowerPoint files (the `docx` library alone adds
 * about 9 MB to the thread's memory, which the app pays for as long as it runs). Main's handler
 * table uses the same functions.
 */
import type { Handlers } from '@shared/ipc';
import type { RespondentView } from '@shared/ipc/questionnaire';
import type { Respondent } from '../repositories/respondents';
import { engagementGapsView } from '../services/gap-analysis';
import { questionnaireResults } from '../services/questionnaire-results';
import type { OffMainCall } from '../read-worker/protocol';
import type { HandlerContext } from './context';
import { reportView } from './report-view';

export const respondentView = ({
  id,
  groupId,
  code,
  role,
  source,
  answers,
  updatedAt,
}: Respondent): RespondentView => ({
  id,
  groupId,
  code,
  role,
  source,
  answers,
  updatedAt,
});

export const offMainReadHandlers: Pick<Handlers<HandlerContext>, OffMainCall> = {
  'gaps.analyse': ({ engagementId, family, groupIds }, { workspace }) =>
    engagementGapsView(workspace, { engagementId, family, groupIds }),
  'report.get': ({ engagementId }, { workspace }) => reportView(workspace, engagementId),
  'questionnaire.results': ({ engagementId, instrumentId }, { workspace }) =>
    questionnaireResults(workspace, engagementId, instrumentId),
  'respondents.list': ({ engagementId, instrumentId }, { workspace }) =>
    workspace.respondents.list(engagementId, instrumentId).map(respondentView),
};
