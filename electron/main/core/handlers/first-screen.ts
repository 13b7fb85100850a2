import type { Handlers } from '@shared/ipc';
import { firstScreenArgs } from '@shared/ipc/first-screen-args';
import { createValidatedDispatcher, type Dispatch } from '../validated-dispatch';
import type { HandlerContext } from './context';
import { isFirstScreenCall, type FirstScreenCall } from './first-screen-calls';
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

/**
 * The dispatcher of the first screen's calls alone (the browser host's, until the whole table has
 * loaded): validated with their own schemas (first-screen-args.ts, the very schemas of the
 * contract), so answering them does not wait for every domain's schemas to be built.
 */
export function createFirstScreenDispatcher(context: HandlerContext): Dispatch {
  return createValidatedDispatcher(
    (name) => (isFirstScreenCall(name) ? firstScreenArgs[name] : undefined),
    firstScreenHandlers,
    context,
  );
}
