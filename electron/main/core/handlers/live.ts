import type { Handlers } from '@shared/ipc';
import { AppError } from '@shared/ipc/errors';
import type { liveCalls } from '@shared/ipc/live';
import type { LiveSessions } from '../live/live-sessions';
import type { HandlerContext } from './context';

type LiveHandlers = Pick<Handlers<HandlerContext>, keyof typeof liveCalls>;

/** Hosts that can serve phones (the Electron app, the browser host) pass the live sessions. */
function liveOf(context: HandlerContext): LiveSessions {
  if (!context.live) throw new AppError('live.unavailable');
  return context.live;
}

export const liveHandlers: LiveHandlers = {
  'live.interfaces': (_arg, context) => liveOf(context).interfaces(),
  'live.start': (request, context) => liveOf(context).start(request),
  'live.status': (_arg, context) => (context.live ? context.live.status() : { active: false }),
  'live.reveal': (_arg, context) => liveOf(context).reveal(),
  'live.end': (_arg, context) => liveOf(context).end(),
};
