import type { kioskCalls } from '@shared/ipc/kiosk';
import type { Handlers } from '@shared/ipc';
import type { HandlerContext } from './context';
import { kioskSessionFor } from '../kiosk/guard';

type KioskHandlers = Pick<Handlers<HandlerContext>, keyof typeof kioskCalls>;

export const kioskHandlers: KioskHandlers = {
  'kiosk.start': async ({ engagementId, instrumentId, pin }, context) => {
    const status = await kioskSessionFor(context).start(engagementId, instrumentId, pin);
    context.onKioskChanged?.(true);
    return status;
  },
  'kiosk.status': (_arg, context) => kioskSessionFor(context).status(),
  'kiosk.submit': ({ groupId, answers }, context) => {
    kioskSessionFor(context).submit(groupId, answers);
    return { submitted: true };
  },
  'kiosk.exit': async ({ pin }, context) => {
    const session = kioskSessionFor(context);
    await session.exit(pin);
    context.onKioskChanged?.(false);
    return session.status();
  },
};
