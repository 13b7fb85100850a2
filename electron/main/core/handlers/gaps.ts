import type { Handlers } from '@shared/ipc';
import type { gapsCalls } from '@shared/ipc/gaps';
import { analyseEngagementGaps } from '../services/gap-analysis';
import type { HandlerContext } from './context';

type GapsHandlers = Pick<Handlers<HandlerContext>, keyof typeof gapsCalls>;

export const gapsHandlers: GapsHandlers = {
  'gaps.analyse': ({ engagementId, instrumentId, groupIds }, { workspace }) =>
    analyseEngagementGaps(workspace, { engagementId, instrumentId, groupIds }),
};
