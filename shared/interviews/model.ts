/**
 * Interviews, their notes, quotes and the engagement's codebook of themes: the shapes main
 * returns and the zod schemas it validates input with (forms reuse them).
 */
import { z } from 'zod';
import { GUIDE_KINDS, type Guide, type GuideKind } from '../content/guides';
import type { LocalizedText } from '../questionnaire/instrument';
import { stripControlCharacters, type NoteDoc } from './note-doc';

/** The kinds of conversation; each shipped guide is written for one of them. */
export const INTERVIEW_KINDS = GUIDE_KINDS;
export type InterviewKind = GuideKind;

export const INTERVIEW_MODES = ['on-site', 'phone', 'video'] as const;
export type InterviewMode = (typeof INTERVIEW_MODES)[number];

/** Notes are stored per section: one per guide question, plus the free notes. */
export const FREE_NOTES_KEY = 'free';
export const questionSectionKey = (questionId: string) => `q:${questionId}`;
export const SECTION_KEY_PATTERN = /^(free|q:[A-Za-z0-9_.-]{1,100})$/;

export interface Interview {
  id: number;
  engagementId: number;
  kind: InterviewKind;
  /** The engagement group (perspective) the interviewee belongs to. */
  groupId: number | null;
  intervieweeRole: string;
  /** The organisation, or its type ("productiebedrijf"), as it may appear in attributions. */
  organisation: string;
  /** Private: never shown in quotes unless `nameMayBeShown`. */
  intervieweeName: string;
  nameMayBeShown: boolean;
  interviewer: string;
  /** ISO date yyyy-mm-dd. */
  date: string | null;
  mode: InterviewMode | null;
  consentGiven: boolean;
  consentDate: string | null;
  /** Where the guide came from ("shipped:<id>" or "workspace:<n>"); null without a guide. */
  guideRef: string | null;
  /** The guide as it was when the interview was created: notes are keyed by its question ids. */
  guide: Guide | null;
  createdAt: string;
  updatedAt: string;
}

export interface NoteSection {
  sectionKey: string;
  doc: NoteDoc;
  updatedAt: string;
}

export interface InterviewDetail extends Interview {
  notes: NoteSection[];
}

export interface InterviewSummary extends Omit<Interview, 'guide'> {
  guideName: LocalizedText | null;
  groupName: string | null;
  quoteCount: number;
  wordCount: number;
}

/**
 * A passage marked in the notes: a quote (offered for the report, with its attribution) or a
 * coded passage (themes only). Both may carry themes; the notes mark where they stand.
 */
export interface Quote {
  id: number;
  interviewId: number;
  engagementId: number;
  sectionKey: string;
  text: string;
  isQuote: boolean;
  themeIds: number[];
  /** The interviewee's group, for overviews per perspective. */
  groupId: number | null;
  /** "Klant, productiebedrijf": anonymous unless the interview allows the name. */
  attribution: string;
  createdAt: string;
  updatedAt: string;
}

export interface Theme {
  id: number;
  engagementId: number;
  /** Themes have at most two levels: a parent is always a top-level theme. */
  parentId: number | null;
  name: string;
  description: string;
  colour: string;
  /** Codes of questionnaire dimensions this theme sheds light on. */
  dimensions: string[];
  position: number;
}

const id = z.number().int().positive();

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date.format')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'date.invalid');

const text = (max: number) => z.string().trim().max(max, 'tooLong');

export const GUIDE_REF_PATTERN = /^(shipped:[A-Za-z0-9_.-]{1,100}|workspace:[1-9]\d{0,9})$/;
export const guideRefSchema = z.string().regex(GUIDE_REF_PATTERN, 'interviews.guideRef');

/** Every interview field as it must be when present (an update sends only the changed ones). */
export const interviewFieldsSchema = z.object({
  kind: z.enum(INTERVIEW_KINDS),
  groupId: id.nullable(),
  intervieweeRole: text(160),
  organisation: text(200),
  intervieweeName: text(160),
  nameMayBeShown: z.boolean(),
  interviewer: text(160),
  date: isoDateSchema.nullable(),
  mode: z.enum(INTERVIEW_MODES).nullable(),
  consentGiven: z.boolean(),
  consentDate: isoDateSchema.nullable(),
});
export type InterviewFields = z.output<typeof interviewFieldsSchema>;

const fields = interviewFieldsSchema.shape;
export const interviewCreateSchema = z
  .object({
    engagementId: id,
    kind: fields.kind,
    guideRef: guideRefSchema.nullable().default(null),
    groupId: fields.groupId.default(null),
    intervieweeRole: fields.intervieweeRole.default(''),
    organisation: fields.organisation.default(''),
    intervieweeName: fields.intervieweeName.default(''),
    nameMayBeShown: fields.nameMayBeShown.default(false),
    interviewer: fields.interviewer.default(''),
    date: fields.date.default(null),
    mode: fields.mode.default(null),
    consentGiven: fields.consentGiven.default(false),
    consentDate: fields.consentDate.default(null),
  })
  .strict();
export type InterviewCreateInput = z.input<typeof interviewCreateSchema>;
export type NewInterview = z.output<typeof interviewCreateSchema>;

export const interviewUpdateSchema = z
  .object({ id })
  .extend(interviewFieldsSchema.partial().shape)
  .strict();
export type InterviewUpdateInput = z.input<typeof interviewUpdateSchema>;

export const THEME_COLOUR_PATTERN = /^#[0-9a-fA-F]{6}$/;

export const themeInputSchema = z
  .object({
    id: id.optional(),
    name: text(80).min(1, 'required'),
    description: text(1000).default(''),
    colour: z.string().regex(THEME_COLOUR_PATTERN, 'interviews.colour'),
    parentId: id.nullable().default(null),
    dimensions: z.array(z.string().trim().min(1).max(20)).max(12).default([]),
  })
  .strict();
export type ThemeInput = z.input<typeof themeInputSchema>;

export const quoteTextSchema = z
  .string()
  .trim()
  .min(1, 'required')
  .max(5000, 'tooLong')
  .transform((value) => stripControlCharacters(value.replace(/\s+/g, ' ')));

/** What a memo is about: the engagement as a whole, one interview or one theme. */
export type MemoTarget =
  { kind: 'engagement' } | { kind: 'interview'; id: number } | { kind: 'theme'; id: number };

/** The consultant's notes about the analysis (as memos in MAXQDA): one per engagement, interview, theme. */
export interface Memo {
  id: number;
  engagementId: number;
  target: MemoTarget;
  text: string;
  createdAt: string;
  updatedAt: string;
}

export const memoTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('engagement') }).strict(),
  z.object({ kind: z.literal('interview'), id }).strict(),
  z.object({ kind: z.literal('theme'), id }).strict(),
]);

// eslint-disable-next-line no-control-regex -- control characters (but tab and line breaks) go
const MEMO_CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;

/** A memo's text: line breaks kept, other control characters dropped; empty removes the memo. */
export const memoTextSchema = z
  .string()
  .max(50_000, 'tooLong')
  .transform((value) => value.replace(MEMO_CONTROL, '').replace(/\r\n?/g, '\n').trim());
