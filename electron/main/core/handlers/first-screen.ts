import type { Handlers } from '@shared/ipc';
import type { HandlerContext } from './context';
import type { FirstScreenCall } from './first-screen-calls';
import { engagementHandlers } from './engagements';
import { kioskHandlers } from './kiosk';
import { settingsHandlers } from './settings';

/**
 * The handlers of the first screen's calls (see first-screen-calls.ts): the very functions of the
 * full table, so their answers are the same whichever table answers.
 */
export const firstScreenHandlers: Pick<Handlers<HandlerContext>, FirstScreenCall> = {
  'settings.get': settingsHandlers['settings.get'],
  'kiosk.status': kioskHandlers['kiosk.status'],
  'engagements.list': engagementHandlers['engagements.list'],
};
