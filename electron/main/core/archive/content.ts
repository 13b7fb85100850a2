/**
 * The content of an engagement archive: rows per table as JSON, with the schema version they
 * were written under. Tables are whatever the schema graph finds (see schema-graph.ts).
 */
import { z } from 'zod';
import { AppError } from '@shared/ipc/errors';

export const ARCHIVE_FORMAT = 'klantspiegel.engagement-archive' as const;
export const ARCHIVE_CONTENT_VERSION = 1;

/** A stored value; BLOBs travel as base64 so the content stays plain JSON. */
export type ArchiveValue = string | number | null | { $blob: string };

export interface ArchiveTable {
  columns: string[];
  rows: ArchiveValue[][];
}

export interface ArchiveContent {
  format: typeof ARCHIVE_FORMAT;
  contentVersion: number;
  /** `PRAGMA user_version` of the workspace that wrote it: a newer one is refused on import. */
  schemaVersion: number;
  appVersion: string;
  exportedAt: string;
  /** For messages before anything is imported. */
  engagement: { clientName: string };
  /** Rows of the engagement (the first table, `engagements`, has exactly one). */
  owned: Record<string, ArchiveTable>;
  /** Rows of shared tables the engagement references (instruments, norm sets). */
  shared: Record<string, ArchiveTable>;
}

const valueSchema = z.union([
  z.string(),
  z.number(),
  z.null(),
  z.object({ $blob: z.string() }).strict(),
]);

const tableSchema = z
  .object({
    columns: z.array(z.string().min(1).max(200)).min(1).max(500),
    rows: z.array(z.array(valueSchema)),
  })
  .strict()
  .refine((table) => table.rows.every((row) => row.length === table.columns.length))
  .refine((table) => new Set(table.columns).size === table.columns.length);

const tablesSchema = z.record(z.string().min(1).max(200), tableSchema);

const contentSchema = z
  .object({
    format: z.literal(ARCHIVE_FORMAT),
    contentVersion: z.number().int().positive(),
    schemaVersion: z.number().int().nonnegative(),
    appVersion: z.string().max(100),
    exportedAt: z.string().max(100),
    engagement: z.object({ clientName: z.string().max(1000) }).strict(),
    owned: tablesSchema,
    shared: tablesSchema,
  })
  .strict();

/**
 * Checks the decoded JSON is an archive this version can read. Anything malformed is
 * `archive.corrupt`; an archive from a newer schema is `archive.tooNew` (no guessing at columns
 * this version does not know).
 */
export function parseArchiveContent(json: unknown, latestSchemaVersion: number): ArchiveContent {
  const parsed = contentSchema.safeParse(json);
  if (!parsed.success) {
    const format = (json as { format?: unknown } | null)?.format;
    throw new AppError(format === ARCHIVE_FORMAT ? 'archive.corrupt' : 'archive.notAnArchive');
  }
  const content = parsed.data;
  if (
    content.contentVersion > ARCHIVE_CONTENT_VERSION ||
    content.schemaVersion > latestSchemaVersion
  ) {
    throw new AppError('archive.tooNew', {
      found: content.schemaVersion,
      supported: latestSchemaVersion,
    });
  }
  return content as ArchiveContent;
}
