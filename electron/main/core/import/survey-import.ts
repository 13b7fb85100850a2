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

async function importContext(stores: ImportStores, request: ImportRequest) {
  const engagement = stores.engagements.get(request.engagementId);
  const { instrument } = stores.instruments.get(request.instrumentId);
  const table = await readTable(request.file.bytes, request.file.fileName);
  const groups = engagement.groups.map((group) => ({ id: String(group.id), name: group.name }));
  const previewOptions = {
    existingCodes: stores.respondents.codes(request.engagementId),
    defaultGroupId: request.defaultGroupId === undefined ? null : String(request.defaultGroupId),
  };
  return { table, instrument, groups, previewOptions };
}

function checkMappingFits(mapping: ImportMapping, headers: string[]) {
  const fits =
    mapping.columns.length === headers.length &&
    mapping.columns.every((column, index) => column.header === headers[index]);
  if (!fits) throw new AppError('import.mappingDoesNotFit');
}

export async function analyseImport(
  stores: ImportStores,
  request: ImportRequest & { mapping?: ImportMapping | undefined },
): Promise<ImportAnalysis> {
  const { table, instrument, groups, previewOptions } = await importContext(stores, request);
  let mapping: ImportMapping;
  if (request.mapping) {
    checkMappingFits(request.mapping, table.headers);
    mapping = refreshValueMappings(table, request.mapping, instrument, groups);
  } else {
    mapping = suggestMapping(table, instrument, groups);
  }
  const { respondents, ...preview } = buildPreview(
    table,
    mapping,
    instrument,
    groups,
    previewOptions,
  );
  return {
    fileName: request.file.fileName,
    encoding: table.encoding,
    delimiter: table.delimiter ?? null,
    headers: table.headers,
    dataRows: table.rows.length,
    mapping,
    preview: { ...preview, sampleRespondents: respondents.slice(0, PREVIEW_SAMPLE_SIZE) },
  };
}

export async function commitImport(
  stores: ImportStores,
  request: ImportRequest & { mapping: ImportMapping },
): Promise<ImportResult> {
  const { table, instrument, groups, previewOptions } = await importContext(stores, request);
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
  // One transaction: the whole file or nothing. The file is one batch, removable as a whole.
  const imported = stores.db.transaction(() => {
    stores.instruments.attach(engagementId, instrumentId);
    const batchId = stores.batches.create(
      engagementId,
      instrumentId,
      'import',
      request.file.fileName,
    );
    return stores.respondents.insertMany(engagementId, instrumentId, 'import', rows(), batchId)
      .length;
  })();
  return { imported, skippedRows: preview.summary.skippedRows };
}
