import { z } from 'zod';
import { defineCall } from './define';
import { csvSeparatorSchema } from './files';
import { guideSchema } from '../content/guides';
import {
  SECTION_KEY_PATTERN,
  guideRefSchema,
  interviewCreateSchema,
  interviewUpdateSchema,
  quoteTextSchema,
  themeInputSchema,
  type InterviewDetail,
  type Interview,
  type InterviewSummary,
  type Quote,
  type Theme,
} from '../interviews/model';
import { noteDocSchema } from '../interviews/note-doc';
import type { DimensionOption, GuideEntry } from '../interviews/guides';
import type { SnippetPart } from '../interviews/search-query';

const id = z.number().int().positive();
const sectionKey = z.string().regex(SECTION_KEY_PATTERN, 'interviews.sectionKey');
const themeIds = z.array(id).max(50);

export interface GuideList {
  shipped: GuideEntry[];
  workspace: GuideEntry[];
  /** Questionnaire dimensions a guide question or theme can be linked to. */
  dimensions: DimensionOption[];
}

export interface SearchHit {
  /** Interview notes and quotes, and respondents' open answers to the questionnaire. */
  source: 'note' | 'quote' | 'openAnswer';
  /** The note section's, the quote's or the open answer's id. */
  id: number;
  engagementId: number;
  engagementName: string;
  /** Null for an open answer. */
  interviewId: number | null;
  /**
   * Anonymous description of the interview ("Klant, productiebedrijf"), or for an open answer
   * its group (or "other groups" when the group is too small to name).
   */
  interviewLabel: string;
  interviewDate: string | null;
  sectionKey: string;
  /** The guide question (or the open question), in the engagement's language; null for free notes. */
  sectionLabel: string | null;
  snippet: SnippetPart[];
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export const interviewCalls = {
  'interviews.guides.list': defineCall(z.object({}).strict()).returns<GuideList>(),
  /** Copies a shipped or workspace guide into an editable workspace guide. */
  'interviews.guides.copy': defineCall(
    z.object({ ref: guideRefSchema }).strict(),
  ).returns<GuideEntry>(),
  'interviews.guides.save': defineCall(
    z.object({ id, guide: guideSchema }).strict(),
  ).returns<GuideEntry>(),
  'interviews.guides.delete': defineCall(z.object({ id }).strict()).returns<{ deleted: true }>(),

  'interviews.list': defineCall(z.object({ engagementId: id }).strict()).returns<
    InterviewSummary[]
  >(),
  'interviews.get': defineCall(z.object({ id }).strict()).returns<InterviewDetail>(),
  'interviews.create': defineCall(interviewCreateSchema).returns<InterviewDetail>(),
  'interviews.update': defineCall(interviewUpdateSchema).returns<Interview>(),
  'interviews.delete': defineCall(z.object({ id }).strict()).returns<{ deleted: true }>(),
  /** Autosave of one note section, sent while the consultant types. */
  'interviews.notes.save': defineCall(
    z.object({ interviewId: id, sectionKey, doc: noteDocSchema }).strict(),
  ).returns<{ savedAt: string }>(),
  /** Converts a .docx, .md or .txt file to HTML the notes editor loads (and sanitises). */
  'interviews.notes.import': defineCall(
    z
      .object({
        fileName: z.string().min(1).max(260),
        bytes: z.instanceof(Uint8Array),
      })
      .strict(),
  ).returns<{ html: string }>(),

  'interviews.quotes.list': defineCall(z.object({ engagementId: id }).strict()).returns<Quote[]>(),
  'interviews.quotes.create': defineCall(
    z
      .object({
        interviewId: id,
        sectionKey,
        text: quoteTextSchema,
        themeIds: themeIds.default([]),
      })
      .strict(),
  ).returns<Quote>(),
  'interviews.quotes.update': defineCall(
    z.object({ id, text: quoteTextSchema.optional(), themeIds: themeIds.optional() }).strict(),
  ).returns<Quote>(),
  'interviews.quotes.delete': defineCall(z.object({ id }).strict()).returns<{ deleted: true }>(),

  'interviews.themes.list': defineCall(z.object({ engagementId: id }).strict()).returns<Theme[]>(),
  /** Creates or edits (renames, recolours, moves) a theme; returns the whole codebook. */
  'interviews.themes.save': defineCall(
    z.object({ engagementId: id, theme: themeInputSchema }).strict(),
  ).returns<Theme[]>(),
  'interviews.themes.delete': defineCall(z.object({ engagementId: id, id }).strict()).returns<
    Theme[]
  >(),
  /** Moves every quote of `sourceId` to `targetId`, then removes the source theme. */
  'interviews.themes.merge': defineCall(
    z.object({ engagementId: id, sourceId: id, targetId: id }).strict(),
  ).returns<Theme[]>(),
  'interviews.themes.move': defineCall(
    z.object({ engagementId: id, id, direction: z.enum(['up', 'down']) }).strict(),
  ).returns<Theme[]>(),

  /**
   * Full-text search over notes, quotes and the questionnaire's open answers, in one engagement
   * or (null) all of them.
   */
  'interviews.search': defineCall(
    z
      .object({
        query: z.string().max(500),
        engagementId: id.nullable().default(null),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
  ).returns<{ hits: SearchHit[] }>(),
  'interviews.export': defineCall(
    z
      .object({
        engagementId: id,
        table: z.enum(['codebook', 'quotes']),
        format: z.enum(['csv', 'xlsx']),
        /** CSV only; default the remembered choice (settings). */
        separator: csvSeparatorSchema.optional(),
      })
      .strict(),
  ).returns<ExportedFile>(),
};
