import { z } from 'zod';
import { defineCall } from './define';
import { csvSeparatorSchema, fileUploadSchema, type FileDownload } from './files';
import type { Instrument, LocalizedText } from '../questionnaire/instrument';
import type { EngagementInstrument, InstrumentSummary } from '../questionnaire/instrument-summary';
import type { OpenAnswerItem, OpenAnswerQuestion } from '../questionnaire/open-answers';
import type { RespondentSource } from '../questionnaire/batches';
import type { QuestionnaireResults } from '../questionnaire/results';
import type { NormSet, TipLibrary } from '../content';
import {
  importMappingSchema,
  type ImportMapping,
  type ImportPreview,
  type TableEncoding,
} from '../import';

const id = z.number().int().positive();
const engagementInstrument = z.object({ engagementId: id, instrumentId: id });
const localizedName = z.object({
  nl: z.string().trim().min(1).max(200),
  en: z.string().trim().min(1).max(200),
});

export interface RespondentView {
  id: number;
  groupId: number;
  code: string;
  role: string;
  source: RespondentSource;
  answers: Record<string, number | string | null>;
  updatedAt: string;
}

export interface ImportAnalysis {
  fileName: string;
  encoding: TableEncoding;
  delimiter: string | null;
  headers: string[];
  dataRows: number;
  mapping: ImportMapping;
  preview: Omit<ImportPreview, 'respondents'> & { sampleRespondents: ImportPreview['respondents'] };
  /** SHA-256 of the file (hex): the commit names the analysed file by it instead of resending it. */
  sha256: string;
}

/** The file just analysed, named by its hash (`ImportAnalysis.sha256`) instead of sent again. */
export const analysedFileSchema = z
  .object({ fileName: z.string().min(1).max(260), sha256: z.string().regex(/^[0-9a-f]{64}$/) })
  .strict();

/** Every open question of an engagement with its answers as they may be shown. */
export interface OpenAnswersView {
  engagementId: number;
  anonymityThreshold: number;
  instruments: { id: number; name: LocalizedText; version: number }[];
  questions: OpenAnswerQuestion[];
}

export const answerValueSchema = z.union([z.number(), z.string().max(5000), z.null()]);

export const questionnaireCalls = {
  'instruments.list': defineCall(z.object({}).strict()).returns<InstrumentSummary[]>(),
  'instruments.get': defineCall(z.object({ id }).strict()).returns<{
    summary: InstrumentSummary;
    instrument: Instrument;
  }>(),
  /** Reads an instrument JSON file (the documented format) into the workspace. */
  'instruments.importFile': defineCall(fileUploadSchema.strict()).returns<InstrumentSummary>(),
  'instruments.exportFile': defineCall(z.object({ id }).strict()).returns<FileDownload>(),
  'instruments.copy': defineCall(
    z
      .object({
        id,
        key: z
          .string()
          .trim()
          .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'instrument.invalidKey')
          .max(80),
        name: localizedName,
      })
      .strict(),
  ).returns<InstrumentSummary>(),
  /** `definition` is the instrument in the file format; main validates it like a file. */
  'instruments.save': defineCall(z.object({ id, definition: z.unknown() }).strict()).returns<{
    summary: InstrumentSummary;
    newVersion: boolean;
  }>(),
  'instruments.delete': defineCall(z.object({ id }).strict()).returns<{ deleted: true }>(),

  'questionnaire.instruments': defineCall(z.object({ engagementId: id }).strict()).returns<
    EngagementInstrument[]
  >(),
  'questionnaire.attach': defineCall(engagementInstrument.strict()).returns<
    EngagementInstrument[]
  >(),
  'questionnaire.detach': defineCall(engagementInstrument.strict()).returns<
    EngagementInstrument[]
  >(),
  'questionnaire.results': defineCall(
    engagementInstrument.strict(),
  ).returns<QuestionnaireResults>(),

  'respondents.list': defineCall(engagementInstrument.strict()).returns<RespondentView[]>(),
  /** Saves one row of the grid: a new respondent without `id`, else an update. */
  'respondents.save': defineCall(
    engagementInstrument
      .extend({
        id: id.optional(),
        code: z.string().trim().min(1, 'required').max(40),
        groupId: id,
        role: z.string().trim().max(120).default(''),
        answers: z.record(z.string().max(80), answerValueSchema),
      })
      .strict(),
  ).returns<RespondentView>(),
  'respondents.delete': defineCall(z.object({ engagementId: id, id }).strict()).returns<{
    deleted: true;
  }>(),

  /**
   * The import view opened: main gets the workers for the analysis and the commit ready (each
   * still does one file), so reading the file the consultant picks does not wait for them.
   */
  'import.prepare': defineCall(z.object({}).strict()).returns<{ prepared: boolean }>(),
  /** Reads a survey export and proposes (or applies) a mapping; nothing is stored. */
  'import.analyse': defineCall(
    engagementInstrument
      .extend({
        file: fileUploadSchema,
        mapping: importMappingSchema.optional(),
        /** The group of every row when the file has no group column. */
        defaultGroupId: id.optional(),
      })
      .strict(),
  ).returns<ImportAnalysis>(),
  /** Stores the respondents of an analysed file in one transaction, or nothing at all. */
  'import.commit': defineCall(
    engagementInstrument
      .extend({
        /**
         * The analysed file by its hash (the rows its analysis found are stored: fails with
         * `import.analysisGone` when they are no longer kept), or the file itself.
         */
        file: z.union([analysedFileSchema, fileUploadSchema]),
        mapping: importMappingSchema,
        defaultGroupId: id.optional(),
      })
      .strict(),
  ).returns<{ imported: number; skippedRows: number }>(),

  /** The open answers per question and group (anonymity rules apply). */
  'openAnswers.list': defineCall(
    z.object({ engagementId: id }).strict(),
  ).returns<OpenAnswersView>(),
  /** Codes an open answer with themes of the engagement's codebook. */
  'openAnswers.setThemes': defineCall(
    z.object({ engagementId: id, id, themeIds: z.array(id).max(50) }).strict(),
  ).returns<OpenAnswerItem>(),
  /** Chooses an open answer as a quote for the report, or not. */
  'openAnswers.setQuoted': defineCall(
    z.object({ engagementId: id, id, quoted: z.boolean() }).strict(),
  ).returns<OpenAnswerItem>(),

  'exports.responses': defineCall(
    engagementInstrument
      .extend({ format: z.enum(['csv', 'xlsx']), separator: csvSeparatorSchema.optional() })
      .strict(),
  ).returns<FileDownload>(),

  'norms.list': defineCall(z.object({}).strict()).returns<
    { id: number; builtin: boolean; normSet: NormSet }[]
  >(),
  /** A norm set as JSON (the documented format) or CSV (dimension,mean,sd,n,p10…p90). */
  'norms.import': defineCall(
    fileUploadSchema.extend({ instrumentKey: z.string().min(1).max(80).optional() }).strict(),
  ).returns<{ id: number }>(),
  'norms.export': defineCall(
    z
      .object({ id, format: z.enum(['json', 'csv']), separator: csvSeparatorSchema.optional() })
      .strict(),
  ).returns<FileDownload>(),
  'norms.delete': defineCall(z.object({ id }).strict()).returns<{ deleted: true }>(),

  'tips.get': defineCall(z.object({}).strict()).returns<{ library: TipLibrary; edited: boolean }>(),
  'tips.save': defineCall(z.object({ library: z.unknown() }).strict()).returns<{
    library: TipLibrary;
    edited: boolean;
  }>(),
  'tips.reset': defineCall(z.object({}).strict()).returns<{
    library: TipLibrary;
    edited: boolean;
  }>(),
};
