import { z } from 'zod';
import { defineCall } from './define';
import type { ExportedFile } from './interviews';

/** What an import of a REFI-QDA project or codebook brought into the engagement. */
export interface ImportSummary {
  themesCreated: number;
  /** Codes whose name a theme already had: their coding went to that theme. */
  themesReused: number;
  interviews: number;
  passages: number;
  memos: number;
  /** Sources left out: pictures, PDF, audio, video, or texts missing from the file. */
  skippedSources: number;
  /** Selections outside their text, or empty. */
  skippedSelections: number;
}

const id = z.number().int().positive();

/**
 * Exchange with other qualitative analysis software (MAXQDA, ATLAS.ti, NVivo, …) through the
 * REFI-QDA standard: a whole project (.qdpx) or the codebook alone (.qdc).
 */
export const exchangeCalls = {
  'exchange.export': defineCall(
    z.object({ engagementId: id, format: z.enum(['qdpx', 'qdc']) }).strict(),
  ).returns<ExportedFile>(),
  /** A .qdpx project or a .qdc codebook into the engagement (told apart by the file's content). */
  'exchange.import': defineCall(
    z
      .object({
        engagementId: id,
        fileName: z.string().min(1).max(260),
        bytes: z.instanceof(Uint8Array),
      })
      .strict(),
  ).returns<ImportSummary>(),
};
