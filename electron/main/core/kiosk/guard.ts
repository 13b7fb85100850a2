import type { Workspace } from '../workspace';
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

/** What the guard needs of a call's context (a HandlerContext has it). */
export interface KioskContext {
  workspace: Workspace;
  /** A session handed in (tests, with a fake clock); else the workspace's own. */
  kiosk?: KioskSession | undefined;
}

/** The session handlers work on: the one the context brings (tests), else the workspace's. */
export function kioskSessionFor(context: KioskContext): KioskSession {
  return context.kiosk ?? kioskSessionOf(context.workspace);
}

/**
 * The dispatcher asks this before every call: while participants use the kiosk, nothing of the
 * workspace may be read or changed except through the kiosk's own calls.
 */
export function refusedByKiosk(callName: string, context: KioskContext): boolean {
  return !isAllowedDuringKiosk(callName) && kioskSessionFor(context).active;
}
