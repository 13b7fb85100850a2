/**
 * Importing a survey export (CSV/XLSX) into an engagement: analyse (mapping + preview, nothing
 * stored) and commit (all respondents in one transaction, or nothing). Works on a narrow set of
 * repositories so it runs the same in the main process and in the import worker.
 */
import { createHash } from 'node:crypto';
import { AppError } from '@shared/ipc/errors';
import type { ImportAnalysis } from '@shared/ipc/questionnaire';
import {
  importRespondents,
  previewImport,
  refreshValueMappings,
  suggestMapping,
  type ImportMapping,
} from '@shared/import';
import { readTable } from '@main/files/read-table';
import { withTransfer } from '@main/files/transfer';
import type { Instrument } from '@shared/questionnaire/instrument';
import type { WorkspaceDb } from '../db/open-workspace';
import type { EngagementRepository } from '../repositories/engagements';
import type { InstrumentRepository } from '../repositories/instruments';
import type { EncodedRespondent, RespondentRepository } from '../repositories/respondents';
import { encodedRespondents, preparedBuffers, type PreparedRows } from './prepared-rows';
import type { RespondentBatchRepository } from '../repositories/respondent-batches';

export interface ImportStores {
  db: WorkspaceDb;
  engagements: EngagementRepository;
  instruments: InstrumentRepository;
  respondents: RespondentRepository;
  batches: RespondentBatchRepository;
  /** Called when the file is read and checked, just before the write transaction starts. */
  onWriting?: () => void;
  /**
   * Called inside the write transaction, with the write lock held, before any row is written:
   * the import worker checks there that its connection still writes to the workspace file.
   */
  checkTarget?: () => void;
}

export interface ImportRequest {
  engagementId: number;
  instrumentId: number;
  file: { fileName: string; bytes: Uint8Array };
  /** The group of every row when the file has no group column. */
  defaultGroupId?: number | undefined;
}

/** An analysis for the UI (main adds the file's hash), and the rows it found, if importable. */
export interface SurveyAnalysisResult {
  analysis: Omit<ImportAnalysis, 'sha256'>;
  prepared: PreparedRows | null;
}

/** The file of a commit: sent again, or named by the hash its analysis returned. */
export type CommitFile = ImportRequest['file'] | { fileName: string; sha256: string };

/** An import to commit: the file and its mapping, and the rows its analysis prepared, if any. */
export type CommitRequest = Omit<ImportRequest, 'file'> & {
  file: CommitFile;
  mapping: ImportMapping;
  prepared?: PreparedRows | undefined;
};

/** SHA-256 of the file (hex): names it in the prepared rows' key and in a commit by reference. */
function fileSha256(file: CommitFile): string {
  return 'bytes' in file ? createHash('sha256').update(file.bytes).digest('hex') : file.sha256;
}

export interface ImportResult {
  imported: number;
  skippedRows: number;
}

const PREVIEW_SAMPLE_SIZE = 20;

/** What the analysis needs from the workspace, read before the file is. */
export interface ImportInputs {
  instrument: Instrument;
  groups: { id: string; name: string }[];
  previewOptions: { existingCodes: string[]; defaultGroupId: string | null };
}

function importInputs(stores: ImportStores, request: Omit<ImportRequest, 'file'>): ImportInputs {
  const engagement = stores.engagements.get(request.engagementId);
  const { instrument } = stores.instruments.get(request.instrumentId);
  const groups = engagement.groups.map((group) => ({ id: String(group.id), name: group.name }));
  const previewOptions = {
    existingCodes: [...stores.respondents.codes(request.engagementId)],
    defaultGroupId: request.defaultGroupId === undefined ? null : String(request.defaultGroupId),
  };
  return { instrument, groups, previewOptions };
}

function checkMappingFits(mapping: ImportMapping, headers: string[]) {
  const fits =
    mapping.columns.length === headers.length &&
    mapping.columns.every((column, index) => column.header === headers[index]);
  if (!fits) throw new AppError('import.mappingDoesNotFit');
}

/**
 * Reads the file and builds the mapping and preview: pure, so the main process runs it in a
 * worker (PARSE_JOBS.surveyAnalysis) and only the analysis and the rows to store (one JSON
 * string, for the commit), never the parsed table, come back to it.
 */
export async function analyseSurveyFile(
  file: { fileName: string; bytes: Uint8Array },
  mapping: ImportMapping | undefined,
  { instrument, groups, previewOptions }: ImportInputs,
): Promise<SurveyAnalysisResult> {
  const table = await readTable(file.bytes, file.fileName);
  let used: ImportMapping;
  if (mapping) {
    checkMappingFits(mapping, table.headers);
    used = refreshValueMappings(table, mapping, instrument, groups);
  } else {
    used = suggestMapping(table, instrument, groups);
  }
  const { rows, ...preview } = previewImport(table, used, instrument, groups, previewOptions);
  const analysis: SurveyAnalysisResult['analysis'] = {
    fileName: file.fileName,
    encoding: table.encoding,
    delimiter: table.delimiter ?? null,
    headers: table.headers,
    dataRows: table.rows.length,
    mapping: used,
    preview: { ...preview, sampleRespondents: importRespondents(rows, 0, PREVIEW_SAMPLE_SIZE) },
  };
  if (!preview.canImport) return { analysis, prepared: null };
  const prepared = { rows, skippedRows: preview.summary.skippedRows };
  // Posted from the parse worker, the answers move to main instead of being copied.
  return withTransfer({ analysis, prepared }, preparedBuffers(prepared));
}

/** Runs the analysis of a file: in the app in a worker, in tests in this thread. */
export type SurveyAnalyser = (
  file: { fileName: string; bytes: Uint8Array },
  mapping: ImportMapping | undefined,
  inputs: ImportInputs,
) => Promise<SurveyAnalysisResult>;

/** Where analysed rows wait for their commit (the workspace's PreparedImports). */
export interface PreparedRowsStore {
  remember(key: string, rows: PreparedRows): void;
  take(key: string): PreparedRows | undefined;
}

export async function analyseImport(
  stores: ImportStores,
  request: ImportRequest & { mapping?: ImportMapping | undefined },
  analyse: SurveyAnalyser = analyseSurveyFile,
  prepared?: PreparedRowsStore,
): Promise<ImportAnalysis> {
  const inputs = importInputs(stores, request);
  const result = await analyse(request.file, request.mapping, inputs);
  const sha256 = fileSha256(request.file);
  if (prepared && result.prepared) {
    prepared.remember(
      preparedKey(sha256, request, result.analysis.mapping, inputs),
      result.prepared,
    );
  }
  return { ...result.analysis, sha256 };
}

/**
 * What an analysis' rows depend on, as one hash: the file (its hash), the engagement, the
 * instrument version, the mapping (as the commit sends it back), the groups and the codes
 * already taken. A commit finds prepared rows only when all of them are still the same, so the
 * rows it stores are exactly those it would have built itself.
 */
function preparedKey(
  fileHash: string,
  request: Pick<ImportRequest, 'engagementId' | 'instrumentId'>,
  mapping: ImportMapping,
  inputs: ImportInputs,
): string {
  return createHash('sha256')
    .update(fileHash)
    .update(
      canonicalJson({
        engagementId: request.engagementId,
        instrumentId: request.instrumentId,
        instrument: [inputs.instrument.id, inputs.instrument.version],
        groups: inputs.groups,
        defaultGroupId: inputs.previewOptions.defaultGroupId,
        existingCodes: [...inputs.previewOptions.existingCodes].sort(),
        mapping,
      }),
    )
    .digest('hex');
}

/** JSON with object keys sorted: the mapping comes back from the UI in another key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : item,
  );
}

/**
 * The rows prepared by the analysis of exactly this file, mapping and engagement state, taken
 * out of `prepared` (once); undefined when there are none (then the commit reads the file).
 */
export function takePreparedRows(
  stores: ImportStores,
  request: CommitRequest,
  prepared: PreparedRowsStore,
): PreparedRows | undefined {
  const inputs = importInputs(stores, request);
  return prepared.take(preparedKey(fileSha256(request.file), request, request.mapping, inputs));
}

/**
 * The file a commit without prepared rows must read: named only by its hash, the analysis is
 * no longer kept (another analysis since, or a change in the engagement), so the consultant's
 * file is needed again.
 */
export function fileToRead(file: CommitFile): ImportRequest['file'] {
  if ('bytes' in file) return file;
  throw new AppError('import.analysisGone', { fileName: file.fileName });
}

export async function commitImport(
  stores: ImportStores,
  request: CommitRequest,
): Promise<ImportResult> {
  const { file } = request;
  let found: { rows: Iterable<EncodedRespondent>; skippedRows: number };
  if (request.prepared) {
    const { rows, skippedRows } = request.prepared;
    found = { rows: encodedRespondents(rows), skippedRows };
  } else {
    found = await readAndCheck(stores, { ...request, file: fileToRead(file) });
  }
  const { rows, skippedRows } = found;
  const { engagementId, instrumentId } = request;
  stores.onWriting?.();
  // One transaction: the whole file or nothing. IMMEDIATE takes the write lock first, so the
  // target check below holds for the whole transaction. The file is one batch, removable as a
  // whole.
  const imported = stores.db
    .transaction(() => {
      stores.checkTarget?.();
      stores.instruments.attach(engagementId, instrumentId);
      const batchId = stores.batches.create(
        engagementId,
        instrumentId,
        'import',
        request.file.fileName,
      );
      return stores.respondents.insertEncoded(engagementId, instrumentId, 'import', rows, batchId)
        .length;
    })
    .immediate();
  return { imported, skippedRows };
}

/** Reads, maps and checks the file (a commit without a prepared analysis). */
async function readAndCheck(
  stores: ImportStores,
  request: ImportRequest & { mapping: ImportMapping },
): Promise<{ rows: Iterable<EncodedRespondent>; skippedRows: number }> {
  const { instrument, groups, previewOptions } = importInputs(stores, request);
  const table = await readTable(request.file.bytes, request.file.fileName);
  checkMappingFits(request.mapping, table.headers);
  const mapping = refreshValueMappings(table, request.mapping, instrument, groups);
  const preview = previewImport(table, mapping, instrument, groups, previewOptions);
  if (!preview.canImport)
    throw new AppError('import.cannotImport', { errors: preview.summary.errors });
  return { rows: encodedRespondents(preview.rows), skippedRows: preview.summary.skippedRows };
}
