import { z } from 'zod';
import type { Language } from '../questionnaire/instrument';
import { LABEL_TEXT } from '../i18n/labels';
import { ENGAGEMENT_STATUSES, type EngagementStatus } from './statuses';

export { ENGAGEMENT_STATUSES, type EngagementStatus };

/** The perspectives compared later: departments, management levels and the customers. */
export const GROUP_KINDS = ['department', 'management', 'customer'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export interface Group {
  id: number;
  engagementId: number;
  name: string;
  kind: GroupKind;
  description: string;
  position: number;
  /**
   * How many people of the group were invited (or are targeted); null when not given. With it the
   * response rate and the finite-population margin of error are shown beside the group's n.
   */
  invited: number | null;
}

export interface Engagement {
  id: number;
  clientName: string;
  sector: string;
  consultants: string[];
  /** ISO dates (yyyy-mm-dd) or null when not planned yet. */
  startDate: string | null;
  endDate: string | null;
  language: Language;
  status: EngagementStatus;
  notes: string;
  /** Synthetic data created from the empty state; labelled as such everywhere. */
  isSample: boolean;
  /** Groups with fewer respondents are never shown on their own (default 5, minimum 3). */
  anonymityThreshold: number;
  /** A dimension score needs at least this fraction of its items answered (default 0.5). */
  minAnsweredFraction: number;
  /** The norm set the questionnaire results are compared with; null for none. */
  normSetId: number | null;
  createdAt: string;
  updatedAt: string;
  groups: Group[];
}

export type EngagementSummary = Omit<Engagement, 'notes' | 'groups'> & { groupCount: number };

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date.format')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'date.invalid');

const trimmedText = (max: number) => z.string().trim().max(max, 'tooLong');

export const groupInputSchema = z.object({
  /** Present when editing an existing group. */
  id: z.number().int().positive().optional(),
  name: trimmedText(80).min(1, 'required'),
  kind: z.enum(GROUP_KINDS),
  description: trimmedText(500).default(''),
  /** Absent on an update: the stored count stays as it is. */
  invited: z
    .number({ error: 'invited.wholeNumber' })
    .int('invited.wholeNumber')
    .min(1, 'invited.min')
    .max(1_000_000, 'invited.max')
    .nullable()
    .optional(),
});
export type GroupInput = z.input<typeof groupInputSchema>;

/** The fields as they must be when present, without defaults (an update sends only some). */
const engagementFieldsSchema = z.object({
  clientName: trimmedText(200).min(1, 'required'),
  sector: trimmedText(200),
  consultants: z.array(trimmedText(120).min(1, 'required')).max(20),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  language: z.enum(['nl', 'en']),
  status: z.enum(ENGAGEMENT_STATUSES),
  notes: z.string().max(100_000),
  anonymityThreshold: z.number().int().min(3, 'anonymity.min').max(50),
  minAnsweredFraction: z.number().min(0.1).max(1),
  normSetId: z.number().int().positive().nullable(),
});

function endNotBeforeStart(value: { startDate?: string | null; endDate?: string | null }) {
  return !value.startDate || !value.endDate || value.endDate >= value.startDate;
}
const endDateIssue = { message: 'date.endBeforeStart', path: ['endDate'] };

export const engagementCreateSchema = engagementFieldsSchema
  .extend({
    sector: engagementFieldsSchema.shape.sector.default(''),
    consultants: engagementFieldsSchema.shape.consultants.default([]),
    startDate: engagementFieldsSchema.shape.startDate.default(null),
    endDate: engagementFieldsSchema.shape.endDate.default(null),
    status: engagementFieldsSchema.shape.status.default('active'),
    notes: engagementFieldsSchema.shape.notes.default(''),
    anonymityThreshold: engagementFieldsSchema.shape.anonymityThreshold.default(5),
    minAnsweredFraction: engagementFieldsSchema.shape.minAnsweredFraction.default(0.5),
    normSetId: engagementFieldsSchema.shape.normSetId.default(null),
    groups: z
      .array(groupInputSchema)
      .max(30)
      .default([])
      .refine(uniqueGroupNames, { message: 'group.duplicateName' }),
  })
  .refine(endNotBeforeStart, endDateIssue);
export type EngagementCreateInput = z.input<typeof engagementCreateSchema>;

/** A partial update: only the fields the consultant just changed (saved immediately). */
export const engagementUpdateSchema = z
  .object({ id: z.number().int().positive() })
  .extend(engagementFieldsSchema.partial().shape)
  .strict();
export type EngagementUpdateInput = z.input<typeof engagementUpdateSchema>;

export function uniqueGroupNames(groups: { name: string }[]): boolean {
  const seen = new Set(groups.map((group) => group.name.trim().toLocaleLowerCase()));
  return seen.size === groups.length;
}

export function validateDateOrder(engagement: Pick<Engagement, 'startDate' | 'endDate'>): boolean {
  return endNotBeforeStart(engagement);
}

/** The groups offered when creating an engagement, in the language of its deliverables. */
export function defaultGroups(language: Language): GroupInput[] {
  const { production, sales, management, customers } = LABEL_TEXT[language].defaultGroups;
  return [
    { name: production, kind: 'department', description: '' },
    { name: sales, kind: 'department', description: '' },
    { name: management, kind: 'management', description: '' },
    { name: customers, kind: 'customer', description: '' },
  ];
}
