import { z } from 'zod';

/** A file the consultant picked: its name and bytes (Uint8Array over both transports). */
export const fileUploadSchema = z.object({
  fileName: z.string().min(1).max(260),
  bytes: z.instanceof(Uint8Array),
});

/** A file made in main for the consultant to save (native dialog or browser download). */
export interface FileDownload {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** The CSV separators a consultant can choose: Dutch Excel reads `;`, English Excel `,`. */
export const CSV_SEPARATORS = [',', ';'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];
export const csvSeparatorSchema = z.enum(CSV_SEPARATORS);
