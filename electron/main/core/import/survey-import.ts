/**
 * Importing a survey export (CSV/XLSX) into an engagement: analyse (mapping + preview, nothing
 * stored) and commit (all respondents in one transaction, or nothing). Works on a narrow set of
 * repositories so it runs the same in the main process and in the import worker.
 */
import { AppError } from '@shared/ipc/errors';
import type { ImportAnalysis } from '@shared/ipc/questionnaire';
import {
  buildPreview,
  refreshValueMappings,
  suggestMapping,
  type ImportMapping,
} from '@shared/import';
import { compactAnswers } from '@shared/questionnaire/answers';
import { readTable } from '@main/files/read-table';
import type { Instrument } from '@shared/questionnaire/instrument';
import type { WorkspaceDb } from '../db/open-workspace';
import type { EngagementRepository } from '../repositories/engagements';
import type { InstrumentRepository } from '../repositories/instruments';
import type { RespondentRepository } from '../repositories/respondents';
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

function importInputs(stores: ImportStores, request: ImportRequest): ImportInputs {
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
 * worker (PARSE_JOBS.surveyAnalysis) and only the small analysis, never the whole table, comes
 * back to it.
 */
export async function analyseSurveyFile(
  file: { fileName: string; bytes: Uint8Array },
  mapping: ImportMapping | undefined,
  { instrument, groups, previewOptions }: ImportInputs,
): Promise<ImportAnalysis> {
  const table = await readTable(file.bytes, file.fileName);
  let used: ImportMapping;
  if (mapping) {
    checkMappingFits(mapping, table.headers);
    used = refreshValueMappings(table, mapping, instrument, groups);
  } else {
    used = suggestMapping(table, instrument, groups);
  }
  const { respondents, ...preview } = buildPreview(table, used, instrument, groups, previewOptions);
  return {
    fileName: file.fileName,
    encoding: table.encoding,
    delimiter: table.delimiter ?? null,
    headers: table.headers,
    dataRows: table.rows.length,
    mapping: used,
    preview: { ...preview, sampleRespondents: respondents.slice(0, PREVIEW_SAMPLE_SIZE) },
  };
}

/** Runs the analysis of a file: in the app in a worker, in tests in this thread. */
export type SurveyAnalyser = (
  file: { fileName: string; bytes: Uint8Array },
  mapping: ImportMapping | undefined,
  inputs: ImportInputs,
) => Promise<ImportAnalysis>;

export function analyseImport(
  stores: ImportStores,
  request: ImportRequest & { mapping?: ImportMapping | undefined },
  analyse: SurveyAnalyser = analyseSurveyFile,
): Promise<ImportAnalysis> {
  return analyse(request.file, request.mapping, importInputs(stores, request));
}

export async function commitImport(
  stores: ImportStores,
  request: ImportRequest & { mapping: ImportMapping },
): Promise<ImportResult> {
  const { instrument, groups, previewOptions } = importInputs(stores, request);
  const table = await readTable(request.file.bytes, request.file.fileName);
  checkMappingFits(request.mapping, table.headers);
  const mapping = refreshValueMappings(table, request.mapping, instrument, groups);
  const preview = buildPreview(table, mapping, instrument, groups, previewOptions);
  if (!preview.canImport)
    throw new AppError('import.cannotImport', { errors: preview.summary.errors });
  // Rows are built one at a time while inserting: a 10,000-row file never exists twice in memory.
  function* rows() {
    for (const respondent of preview.respondents) {
      yield {
        code: respondent.code,
        groupId: Number(respondent.groupId),
        role: '',
        answers: compactAnswers({ ...respondent.answers, ...respondent.openAnswers }),
      };
    }
  }
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
      return stores.respondents.insertMany(engagementId, instrumentId, 'import', rows(), batchId)
        .length;
    })
    .immediate();
  return { imported, skippedRows: preview.summary.skippedRows };
}
