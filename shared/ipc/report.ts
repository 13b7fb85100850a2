import { z } from 'zod';
import { defineCall } from './define';
import { fileUploadSchema, type FileDownload } from './files';
import type { IpcError } from './errors';
import type { ReportDocument } from '../report/document';
import type { RichDoc } from '../report/rich-text';
import {
  houseStyleSchema,
  reportSettingsPatchSchema,
  type HouseStyleInfo,
  type Recommendation,
  type ReportSettings,
} from '../report/settings';
import type { SectionId } from '../report/sections';
import type { LocalizedText } from '../questionnaire/instrument';

const id = z.number().int().positive();

/** What "Genereer" makes: the Word report or the workshop deck. */
export const DELIVERABLE_FORMATS = ['docx', 'pptx'] as const;
export type DeliverableFormat = (typeof DELIVERABLE_FORMATS)[number];

/** A quote the consultant can choose for the report, with its anonymous attribution. */
export interface ReportQuoteOption {
  /** "i:<id>" for an interview quote, "o:<id>" for an open answer. */
  key: string;
  /** The interview quote's id (what settings.quoteIds holds); null for an open answer. */
  id: number | null;
  text: string;
  attribution: string;
  /** The top-level theme it is shown under; null for quotes without a theme. */
  themeName: string | null;
  /** An open answer: chosen (or not) in the Open answers view of the questionnaire. */
  source: 'interview' | 'openAnswer';
  /** The speaker is in a group too small to name: check the content does not give them away. */
  fromSmallGroup: boolean;
}

export interface ReportView {
  engagementId: number;
  settings: ReportSettings;
  /** The generated draft of each section's narrative (what "reset to draft" restores). */
  drafts: Partial<Record<SectionId, RichDoc>>;
  /** The recommendations drafted from the data (until the consultant edits them). */
  draftRecommendations: Recommendation[];
  /** The document as it will be written, with each chart's SVG for the preview. */
  document: ReportDocument;
  quotes: ReportQuoteOption[];
  /** Quotes shown when the consultant has not chosen (settings.quoteIds = null). */
  automaticQuoteIds: number[];
  instruments: { id: number; name: LocalizedText; version: number; respondents: number }[];
  /** The instrument the results are about. */
  instrumentId: number | null;
}

/** What an autosave of the report's settings answers: the settings as now stored. */
export interface ReportSaved {
  engagementId: number;
  settings: ReportSettings;
}

export interface ReportJobProgress {
  jobId: string;
  stage: 'loading' | 'charts' | 'writing' | 'packing' | 'done' | 'failed';
  percent: number;
  /** The finished .docx or .pptx, handed out once. */
  file: FileDownload | null;
  error: IpcError | null;
}

export const reportCalls = {
  /** The report builder's state: settings, drafts, choices and the previewed document. */
  'report.get': defineCall(z.object({ engagementId: id }).strict()).returns<ReportView>(),
  /**
   * Saves a change to some of the settings (autosave) and returns the settings as stored. Cheap on
   * purpose: it runs on every pause in typing, and rebuilding the preview (the whole report) is
   * left to `report.get`, which the builder asks for once the consultant stops editing.
   */
  'report.save': defineCall(
    z.object({ engagementId: id, settings: reportSettingsPatchSchema }).strict(),
  ).returns<ReportSaved>(),
  /** Starts writing the .docx (or the workshop deck, .pptx) in main; poll `report.progress`. */
  'report.start': defineCall(
    z.object({ engagementId: id, format: z.enum(DELIVERABLE_FORMATS).default('docx') }).strict(),
  ).returns<{ jobId: string }>(),
  'report.progress': defineCall(
    z.object({ jobId: z.string().uuid() }).strict(),
  ).returns<ReportJobProgress>(),

  /** The workspace's house style (firm name, logo, accent colour, fonts, Word template). */
  'report.houseStyle.get': defineCall(z.object({}).strict()).returns<HouseStyleInfo>(),
  'report.houseStyle.save': defineCall(houseStyleSchema.strict()).returns<HouseStyleInfo>(),
  /** A PNG or SVG logo; null removes it. */
  'report.houseStyle.setLogo': defineCall(
    z.object({ file: fileUploadSchema.nullable() }).strict(),
  ).returns<HouseStyleInfo>(),
  /** A .docx or .dotx whose styles the report takes over; null removes it. */
  'report.houseStyle.setTemplate': defineCall(
    z.object({ file: fileUploadSchema.nullable() }).strict(),
  ).returns<HouseStyleInfo>(),
};
