import type { questionnaireCalls, RespondentView } from '../../../../shared/ipc/questionnaire';
import type { Handlers } from '../../../../shared/ipc';
import { AppError } from '../../../../shared/ipc/errors';
import { compactAnswers, validateAnswers } from '../../../../shared/questionnaire/answers';
import { parseInstrumentFile, serializeInstrument } from '../../../../shared/questionnaire/instrument-file';
import { buildPreview, refreshValueMappings, suggestMapping, type ImportMapping } from '../../../../shared/import';
import { parseNormCsv, parseNormSet, parseTipLibrary, serializeNormCsv } from '../../../../shared/content';
import { readTable } from '../../files/read-table';
import { toCsv, toXlsx } from '../../files/write-table';
import type { Respondent } from '../repositories/respondents';
import type { Workspace } from '../workspace';
import type { HandlerContext } from './context';
import { questionnaireResults } from '../services/questionnaire-results';
import { responsesTable } from '../services/responses-export';

type QuestionnaireHandlers = Pick<Handlers<HandlerContext>, keyof typeof questionnaireCalls>;

const PREVIEW_SAMPLE_SIZE = 20;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const toView = ({ id, groupId, code, role, source, answers, updatedAt }: Respondent): RespondentView => ({
  id,
  groupId,
  code,
  role,
  source,
  answers,
  updatedAt,
});

function parseJsonFile(bytes: Uint8Array, errorKey: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    throw new AppError(errorKey);
  }
}

function fileSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'export';
}

/** The table of an uploaded survey export, the instrument and the groups, ready for mapping. */
async function importContext(workspace: Workspace, engagementId: number, instrumentId: number, file: { fileName: string; bytes: Uint8Array }) {
  const engagement = workspace.engagements.get(engagementId);
  const { instrument } = workspace.instruments.get(instrumentId);
  const table = await readTable(file.bytes, file.fileName);
  const groups = engagement.groups.map((group) => ({ id: String(group.id), name: group.name }));
  return { table, instrument, groups, existingCodes: workspace.respondents.codes(engagementId) };
}

function checkMappingFits(mapping: ImportMapping, headers: string[]) {
  if (mapping.columns.length !== headers.length || mapping.columns.some((column, index) => column.header !== headers[index])) {
    throw new AppError('import.mappingDoesNotFit');
  }
}

export const questionnaireHandlers: QuestionnaireHandlers = {
  'instruments.list': (_arg, { workspace }) => workspace.instruments.list(),
  'instruments.get': ({ id }, { workspace }) => workspace.instruments.get(id),
  'instruments.importFile': ({ bytes }, { workspace }) => {
    const parsed = parseInstrumentFile(parseJsonFile(bytes, 'instrument.notJson'));
    if (!parsed.ok) {
      throw new AppError('instrument.invalidFile', { count: parsed.problems.length }, parsed.problems.map((problem) => ({ path: problem.path, message: problem.message })));
    }
    const id = workspace.instruments.importInstrument(parsed.instrument);
    return workspace.instruments.get(id).summary;
  },
  'instruments.exportFile': ({ id }, { workspace }) => {
    const { instrument, summary } = workspace.instruments.get(id);
    return {
      fileName: `${fileSafe(summary.key)}-v${summary.version}.instrument.json`,
      mimeType: 'application/json',
      bytes: new TextEncoder().encode(`${JSON.stringify(serializeInstrument(instrument), null, 2)}\n`),
    };
  },
  'instruments.copy': ({ id, key, name }, { workspace }) => workspace.instruments.get(workspace.instruments.copy(id, key, name)).summary,
  'instruments.save': ({ id, definition }, { workspace }) => {
    const parsed = parseInstrumentFile(definition);
    if (!parsed.ok) {
      throw new AppError('errors.validation', {}, parsed.problems.map((problem) => ({ path: problem.path, message: problem.message })));
    }
    const saved = workspace.instruments.saveEdit(id, parsed.instrument);
    return { summary: workspace.instruments.get(saved.id).summary, newVersion: saved.newVersion };
  },
  'instruments.delete': ({ id }, { workspace }) => {
    workspace.instruments.delete(id);
    return { deleted: true };
  },

  'questionnaire.instruments': ({ engagementId }, { workspace }) => {
    workspace.engagements.get(engagementId);
    return workspace.instruments.forEngagement(engagementId);
  },
  'questionnaire.attach': ({ engagementId, instrumentId }, { workspace }) => {
    workspace.engagements.get(engagementId);
    workspace.instruments.attach(engagementId, instrumentId);
    return workspace.instruments.forEngagement(engagementId);
  },
  'questionnaire.detach': ({ engagementId, instrumentId }, { workspace }) => {
    workspace.instruments.detach(engagementId, instrumentId);
    return workspace.instruments.forEngagement(engagementId);
  },
  'questionnaire.results': ({ engagementId, instrumentId }, { workspace }) =>
    questionnaireResults(workspace, engagementId, instrumentId),

  'respondents.list': ({ engagementId, instrumentId }, { workspace }) =>
    workspace.respondents.list(engagementId, instrumentId).map(toView),
  'respondents.save': ({ engagementId, instrumentId, id, code, groupId, role, answers }, { workspace }) => {
    const { instrument } = workspace.instruments.get(instrumentId);
    const issues = validateAnswers(instrument, answers);
    if (issues.length > 0) throw new AppError('errors.validation', {}, issues);
    const respondent = { code, groupId, role, answers: compactAnswers(answers) };
    if (id !== undefined) return toView(workspace.respondents.update(id, engagementId, respondent));
    workspace.instruments.attach(engagementId, instrumentId);
    const [newId] = workspace.respondents.insertMany(engagementId, instrumentId, 'grid', [respondent]);
    return toView(workspace.respondents.get(newId ?? 0));
  },
  'respondents.delete': ({ engagementId, id }, { workspace }) => {
    workspace.respondents.delete(id, engagementId);
    return { deleted: true };
  },

  'import.analyse': async ({ engagementId, instrumentId, file, mapping }, { workspace }) => {
    const context = await importContext(workspace, engagementId, instrumentId, file);
    const { table, instrument, groups, existingCodes } = context;
    let effective: ImportMapping;
    if (mapping) {
      checkMappingFits(mapping, table.headers);
      effective = refreshValueMappings(table, mapping, instrument, groups);
    } else {
      effective = suggestMapping(table, instrument, groups);
    }
    const { respondents, ...preview } = buildPreview(table, effective, instrument, groups, { existingCodes });
    return {
      fileName: file.fileName,
      encoding: table.encoding,
      delimiter: table.delimiter ?? null,
      headers: table.headers,
      dataRows: table.rows.length,
      mapping: effective,
      preview: { ...preview, sampleRespondents: respondents.slice(0, PREVIEW_SAMPLE_SIZE) },
    };
  },
  'import.commit': async ({ engagementId, instrumentId, file, mapping }, { workspace }) => {
    const { table, instrument, groups, existingCodes } = await importContext(workspace, engagementId, instrumentId, file);
    checkMappingFits(mapping, table.headers);
    const preview = buildPreview(table, refreshValueMappings(table, mapping, instrument, groups), instrument, groups, { existingCodes });
    if (!preview.canImport) throw new AppError('import.cannotImport', { errors: preview.summary.errors });
    const respondents = preview.respondents.map((respondent) => ({
      code: respondent.code,
      groupId: Number(respondent.groupId),
      role: '',
      answers: compactAnswers({ ...respondent.answers, ...respondent.openAnswers }),
    }));
    // One transaction: the whole file or nothing.
    workspace.db.transaction(() => {
      workspace.instruments.attach(engagementId, instrumentId);
      workspace.respondents.insertMany(engagementId, instrumentId, 'import', respondents);
    })();
    return { imported: respondents.length, skippedRows: preview.summary.skippedRows };
  },

  'exports.responses': async ({ engagementId, instrumentId, format }, { workspace }) => {
    const table = responsesTable(workspace, engagementId, instrumentId);
    const engagement = workspace.engagements.get(engagementId);
    const base = `${fileSafe(engagement.clientName)}-responses`;
    if (format === 'csv') {
      const delimiter = engagement.language === 'nl' ? ';' : ',';
      return {
        fileName: `${base}.csv`,
        mimeType: 'text/csv',
        bytes: new TextEncoder().encode(toCsv(table.headers, table.rows, { delimiter })),
      };
    }
    return {
      fileName: `${base}.xlsx`,
      mimeType: XLSX_TYPE,
      bytes: await toXlsx([
        { name: engagement.language === 'nl' ? 'Antwoorden' : 'Responses', headers: table.headers, rows: table.rows },
        { name: engagement.language === 'nl' ? 'Codeboek' : 'Codebook', headers: table.codebookHeaders, rows: table.codebook },
      ]),
    };
  },

  'norms.list': (_arg, { workspace }) => workspace.benchmarks.listNormSets(),
  'norms.import': ({ fileName, bytes, instrumentKey }, { workspace }) => {
    if (/\.csv$/i.test(fileName)) {
      const text = new TextDecoder('utf-8').decode(bytes);
      const parsed = parseNormCsv(text);
      if (!parsed.ok) throw new AppError('norms.invalidFile', {}, parsed.problems.map((problem) => ({ path: problem.path, message: problem.message })));
      const name = fileName.replace(/\.csv$/i, '');
      const normSet = parseNormSet({
        id: fileSafe(name),
        name,
        illustrative: false,
        instrument: instrumentKey ?? 'klantgerichtheidsscan',
        entries: parsed.entries,
      });
      if (!normSet.ok) throw new AppError('norms.invalidFile', {}, normSet.problems.map((problem) => ({ path: problem.path, message: problem.message })));
      return { id: workspace.benchmarks.insertNormSet(normSet.normSet) };
    }
    const parsed = parseNormSet(parseJsonFile(bytes, 'norms.notJson'));
    if (!parsed.ok) throw new AppError('norms.invalidFile', {}, parsed.problems.map((problem) => ({ path: problem.path, message: problem.message })));
    return { id: workspace.benchmarks.insertNormSet(parsed.normSet) };
  },
  'norms.export': ({ id, format }, { workspace }) => {
    const { normSet } = workspace.benchmarks.getNormSet(id);
    const text = format === 'json' ? `${JSON.stringify(normSet, null, 2)}\n` : serializeNormCsv(normSet.entries, { delimiter: ',' });
    return {
      fileName: `${fileSafe(normSet.id)}.norms.${format}`,
      mimeType: format === 'json' ? 'application/json' : 'text/csv',
      bytes: new TextEncoder().encode(text),
    };
  },
  'norms.delete': ({ id }, { workspace }) => {
    workspace.benchmarks.deleteNormSet(id);
    return { deleted: true };
  },

  'tips.get': (_arg, { workspace }) => workspace.benchmarks.tipLibrary(),
  'tips.save': ({ library }, { workspace }) => {
    const parsed = parseTipLibrary(library);
    if (!parsed.ok) throw new AppError('errors.validation', {}, parsed.problems.map((problem) => ({ path: problem.path, message: problem.message })));
    workspace.benchmarks.saveTipLibrary(parsed.library);
    return workspace.benchmarks.tipLibrary();
  },
  'tips.reset': (_arg, { workspace }) => {
    workspace.benchmarks.resetTipLibrary();
    return workspace.benchmarks.tipLibrary();
  },
};
