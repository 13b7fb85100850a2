import type { HandlerContext } from '../handlers/context';
import { kioskSessionOf, type KioskSession } from './session';

/** Besides its own calls, the kiosk screen needs only the UI language and the app's facts. */
const ALLOWED_DURING_KIOSK: ReadonlySet<string> = new Set(['settings.get', 'app.info']);

export function isAllowedDuringKiosk(callName: string): boolean {
  return callName.startsWith('kiosk.') || ALLOWED_DURING_KIOSK.has(callName);
}

/** The session handlers work on: the one the context brings (tests), else the workspace's. */
export function kioskSessionFor(
  context: Pick<HandlerContext, 'workspace' | 'kiosk'>,
): KioskSession {
  return context.kiosk ?? kioskSessionOf(context.workspace);
}

/**
 * The dispatcher asks this before every call: while participants use the kiosk, nothing of the
 * workspace may be read or changed except through the kiosk's own calls.
 */
export function refusedByKiosk(callName: string, context: HandlerContext): boolean {
  return !isAllowedDuringKiosk(callName) && kioskSessionFor(context).active;
}
