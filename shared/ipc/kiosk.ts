import { z } from 'zod';
import { defineCall } from './define';
import { kioskStatusArg } from './first-screen-args';
import { answerValueSchema } from './questionnaire';
import type { GroupKind } from '../engagements/model';
import type { Audience, ItemKind, Language } from '../questionnaire/instrument';

const id = z.number().int().positive();

/** The consultant's PIN: 4 to 8 digits, so it can be typed on any touch keyboard. */
export const kioskPinSchema = z.string().regex(/^\d{4,8}$/, 'kiosk.pinFormat');

export interface KioskScalePoint {
  value: number;
  label: string;
}

/** An answer scale as participants see it, in the engagement's language. */
export interface KioskScale {
  min: number;
  max: number;
  /** Labels of the points that have one (may be empty: numbers only). */
  points: KioskScalePoint[];
  /** The "don't know" answer (stored as missing), or null when the scale has none. */
  dontKnow: string | null;
}

export interface KioskQuestion {
  code: string;
  kind: ItemKind;
  text: string;
}

/** One screen of the kiosk questionnaire: a block of questions on the same scale. */
export interface KioskPage {
  /** Which scale the questions answer on; null for a page of open questions. */
  scale: 'likert' | 'needs' | null;
  questions: KioskQuestion[];
}

/**
 * Everything a participant may see: the instrument's questions and scales in the engagement's
 * language and the names of the groups to choose from. Deliberately nothing else of the
 * engagement (no client name, notes, results or other respondents).
 */
export interface KioskForm {
  language: Language;
  title: string;
  scale: KioskScale;
  needsScale: KioskScale;
  pages: KioskPage[];
  groups: { id: number; name: string }[];
}

export type KioskStatus = { active: false } | { active: true; form: KioskForm };

/**
 * The groups participants choose from: staff groups for a staff questionnaire, customer groups
 * for the customer version (all groups when the engagement has none of the fitting kind).
 */
export function kioskGroupsFor<G extends { kind: GroupKind }>(
  groups: G[],
  audience: Audience,
): G[] {
  const fitting = groups.filter((group) =>
    audience === 'customer' ? group.kind === 'customer' : group.kind !== 'customer',
  );
  return fitting.length > 0 ? fitting : groups;
}

export const kioskCalls = {
  /** Locks the app to the self-entry questionnaire of one engagement until the PIN is given. */
  'kiosk.start': defineCall(
    z.object({ engagementId: id, instrumentId: id, pin: kioskPinSchema }).strict(),
  ).returns<KioskStatus>(),
  'kiosk.status': defineCall(kioskStatusArg).returns<KioskStatus>(),
  /** Stores one participant's answers (source "kiosk", code K001, K002, …). */
  'kiosk.submit': defineCall(
    z
      .object({
        groupId: id,
        answers: z.record(z.string().max(80), answerValueSchema),
      })
      .strict(),
  ).returns<{ submitted: true }>(),
  /** Ends kiosk mode; a wrong PIN is refused after a short delay, and repeated ones lock it. */
  'kiosk.exit': defineCall(z.object({ pin: z.string().max(40) }).strict()).returns<KioskStatus>(),
};
