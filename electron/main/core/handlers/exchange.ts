import type { exchangeCalls } from '@shared/ipc/exchange';
import type { Handlers } from '@shared/ipc';
import type { HandlerContext } from './context';
import { exportExchangeFile, importExchangeFile } from '../refi-qda/files';

type ExchangeHandlers = Pick<Handlers<HandlerContext>, keyof typeof exchangeCalls>;

export const exchangeHandlers: ExchangeHandlers = {
  'exchange.export': ({ engagementId, format }, { workspace, appVersion }) =>
    exportExchangeFile(workspace, engagementId, format, appVersion),
  'exchange.import': ({ engagementId, bytes }, { workspace }) =>
    importExchangeFile(workspace, engagementId, bytes),
};
