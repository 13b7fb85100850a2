import { z } from 'zod';
import { ENGAGEMENT_STATUSES } from '../engagements/statuses';

/**
 * The argument schemas of the first screen's calls (the language, kiosk mode, the engagement
 * list), which their domains' contracts use. They live apart so the browser host can validate
 * those calls with zod alone, before it has loaded the whole contract: every domain's schemas
 * take a fresh process tens of milliseconds to build, while the page waits for its list.
 */
export const settingsGetArg = z.object({}).strict();

export const kioskStatusArg = z.object({}).strict();

export const engagementListArg = z
  .object({
    search: z.string().max(200).default(''),
    status: z.enum([...ENGAGEMENT_STATUSES, 'all']).default('all'),
    sort: z.enum(['updated', 'client', 'start']).default('updated'),
  })
  .strict();

/** By call name (see electron/main/core/handlers/first-screen-calls.ts). */
export const firstScreenArgs = {
  'settings.get': settingsGetArg,
  'kiosk.status': kioskStatusArg,
  'engagements.list': engagementListArg,
} as const;
