/**
 * The calls the app's first screen makes (the language, kiosk mode, the engagement list). The
 * browser host answers them from their own handlers (first-screen.ts) while the rest of the
 * handler table (statistics, reports, live sessions: most of the code) is still to load. Names
 * only, so the host knows them without loading any handler.
 */
export const FIRST_SCREEN_CALLS = ['settings.get', 'kiosk.status', 'engagements.list'] as const;
export type FirstScreenCall = (typeof FIRST_SCREEN_CALLS)[number];

export function isFirstScreenCall(name: string): name is FirstScreenCall {
  return (FIRST_SCREEN_CALLS as readonly string[]).includes(name);
}
