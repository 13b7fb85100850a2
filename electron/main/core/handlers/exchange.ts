import type { exchangeCalls } from '@shared/ipc/exchange';
import type { Handlers } from '@shared/ipc';
import { parserOf, type HandlerContext } from './context';

type ExchangeHandlers = Pick<Handlers<HandlerContext>, keyof typeof exchangeCalls>;

// The REFI-QDA code (and its XML library) loads only when a consultant exchanges files.
const exchange = () => import('../refi-qda/files');

export const exchangeHandlers: ExchangeHandlers = {
  'exchange.export': async ({ engagementId, format }, { workspace, appVersion }) =>
    (await exchange()).exportExchangeFile(workspace, engagementId, format, appVersion),
  // The file comes from outside: it is read in a parse worker, then written here.
  'exchange.import': async ({ engagementId, fileName, bytes }, context) => {
    const content = await parserOf(context)('exchangeFile', { fileName, bytes });
    return (await exchange()).importExchangeFile(context.workspace, engagementId, content);
  },
};
