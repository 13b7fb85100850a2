import type { exchangeCalls } from '@shared/ipc/exchange';
import type { Handlers } from '@shared/ipc';
import type { HandlerContext } from './context';

type ExchangeHandlers = Pick<Handlers<HandlerContext>, keyof typeof exchangeCalls>;

// The REFI-QDA code (and its XML library) loads only when a consultant exchanges files.
const exchange = () => import('../refi-qda/files');

export const exchangeHandlers: ExchangeHandlers = {
  'exchange.export': async ({ engagementId, format }, { workspace, appVersion }) =>
    (await exchange()).exportExchangeFile(workspace, engagementId, format, appVersion),
  'exchange.import': async ({ engagementId, bytes }, { workspace }) =>
    (await exchange()).importExchangeFile(workspace, engagementId, bytes),
};
