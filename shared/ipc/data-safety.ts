import { z } from 'zod';
import { defineCall } from './define';
import { fileUploadSchema, type FileDownload } from './files';

/** Why a backup was made; automatic ones are rotated, see electron/main/core/backup. */
export const BACKUP_REASONS = [
  'daily',
  'manual',
  'pre-migration',
  'pre-restore',
  'pre-removal',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/**
 * `workspace-2026-05-12T10-15-30-123Z-manual.sqlite`: the UTC moment (no colons, so the name is
 * valid on Windows) and the reason. Only names of this shape are listed or restored, so a restore
 * request can never point outside the backups folder.
 */
export const BACKUP_FILE_PATTERN =
  /^workspace-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(daily|manual|pre-migration|pre-restore|pre-removal)\.sqlite$/;

/** The file extension of an engagement archive. */
export const ARCHIVE_EXTENSION = '.klantspiegel';

/** A passphrase shorter than this protects too little to be offered. */
export const MIN_PASSPHRASE_LENGTH = 8;

export interface BackupInfo {
  fileName: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  sizeBytes: number;
  reason: BackupReason;
}

export interface BackupList {
  /** Where the backups are, for the consultant who wants to copy one elsewhere. */
  folder: string;
  backups: BackupInfo[];
}

export interface RestoreResult {
  restored: BackupInfo;
  /** The state just before the restore, kept so the restore itself can be undone. */
  safetyBackup: BackupInfo;
}

export interface ArchiveImportResult {
  engagementId: number;
  clientName: string;
}

/**
 * What "Archive and remove" does with the existing backups, which still hold the engagement:
 * remove it from each of them (purge), delete the backups that hold it, or leave them as they are
 * (the rotation drops them within about four weeks).
 */
export const BACKUP_CLEANUPS = ['purge', 'delete', 'keep'] as const;
export type BackupCleanup = (typeof BACKUP_CLEANUPS)[number];

export interface ArchiveRemoveResult {
  file: FileDownload;
  /** Where a copy of the archive was kept in the data folder before the engagement was removed. */
  keptCopy: string;
  /** Whether that copy (and the file) is encrypted with the passphrase. */
  encrypted: boolean;
  backups: {
    cleanup: BackupCleanup;
    /** Backups that held the engagement: purged or deleted (none when kept). */
    cleaned: string[];
    /** Backups that held it but could not be changed (damaged, locked); named for the consultant. */
    failed: string[];
  };
}

const id = z.number().int().positive();
const newPassphrase = z
  .string()
  .min(MIN_PASSPHRASE_LENGTH, 'dataSafety.passphraseTooShort')
  .max(1024, 'tooLong');
const exportArg = z.object({ engagementId: id, passphrase: newPassphrase.optional() }).strict();

export const dataSafetyCalls = {
  'backups.list': defineCall(z.object({}).strict()).returns<BackupList>(),
  /** A backup made now, at the consultant's request. */
  'backups.create': defineCall(z.object({}).strict()).returns<BackupInfo>(),
  /** Backs up the current state, then replaces the workspace by the backup and reopens it. */
  'backups.restore': defineCall(
    z.object({ fileName: z.string().max(120).regex(BACKUP_FILE_PATTERN) }).strict(),
  ).returns<RestoreResult>(),

  /** Everything of one engagement as a `.klantspiegel` file, encrypted when a passphrase is given. */
  'archives.export': defineCall(exportArg).returns<FileDownload>(),
  /**
   * For a closed engagement: the archive, then the engagement is removed from the workspace and,
   * as chosen, from the backups. The archive (and the copy kept in the data folder) is encrypted
   * unless the consultant explicitly chose a plain one (`plain: true`, no passphrase).
   */
  'archives.exportAndRemove': defineCall(
    z
      .object({
        engagementId: id,
        passphrase: newPassphrase.optional(),
        plain: z.literal(true).optional(),
        backups: z.enum(BACKUP_CLEANUPS),
      })
      .strict()
      .refine((arg) => (arg.passphrase === undefined) === (arg.plain === true), {
        message: 'dataSafety.passphraseOrPlain',
        path: ['passphrase'],
      }),
  ).returns<ArchiveRemoveResult>(),
  /** Adds the engagement in an archive to this workspace, with new ids. */
  'archives.import': defineCall(
    fileUploadSchema.extend({ passphrase: z.string().min(1).max(1024).optional() }).strict(),
  ).returns<ArchiveImportResult>(),
};
