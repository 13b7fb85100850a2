import type { HandlerContext } from '../handlers/context';
import { kioskSessionOf, type KioskSession } from './session';

/**
 * Every call the kiosk screen makes, and nothing else: its status and form, one participant's
 * answers, the PIN that ends it, and the UI language. Named one by one (no prefix), so a call
 * added later is refused in kiosk mode until it is put here on purpose. Not `app.info` (it tells
 * where the data lives) and not `kiosk.start` (a running kiosk cannot be restarted with a new
 * PIN).
 */
const ALLOWED_DURING_KIOSK: ReadonlySet<string> = new Set([
  'kiosk.status',
  'kiosk.submit',
  'kiosk.exit',
  'settings.get',
]);

export function isAllowedDuringKiosk(callName: string): boolean {
  return ALLOWED_DURING_KIOSK.has(callName);
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
