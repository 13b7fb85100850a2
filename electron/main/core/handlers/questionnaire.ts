import type { questionnaireCalls } from '@shared/ipc/questionnaire';
import type { Handlers } from '@shared/ipc';
import { AppError } from '@shared/ipc/errors';
import { fileNameSlug, readableFileName } from '@shared/util/file-name';
import { localeText } from '@shared/i18n/resources';
import { compactAnswers, validateAnswers } from '@shared/questionnaire/answers';
import { parseInstrumentFile, serializeInstrument } from '@shared/questionnaire/instrument-file';
import {
  parseNormSet,
  parseTipLibrary,
  serializeNormCsv,
  type ContentProblem,
} from '@shared/content';
import { analyseImport, commitImport, fileToRead, takePreparedRows } from '../import/survey-import';
import { preparedImportsOf } from '../import/prepared-imports';
import { toCsv, toXlsx, XLSX_MIME_TYPE } from '@main/files/write-table';
import { parserOf, type HandlerContext } from './context';
import { offMainReadHandlers, respondentView } from './off-main-reads';
import { csvSeparatorFor } from './settings';
import { responsesTable } from '../services/responses-export';
import { openAnswersView } from '../services/open-answers';
import type { StoredOpenAnswer } from '@shared/questionnaire/open-answers';
import { outputText } from '@shared/i18n/output';

const openAnswerItem = ({ id, text, quoted, themeIds }: StoredOpenAnswer) => ({
  id,
  text,
  quoted,
  themeIds,
});

type QuestionnaireHandlers = Pick<Handlers<HandlerContext>, keyof typeof questionnaireCalls>;

/** A file or definition that failed its schema: every problem with its path, as validation issues. */
function invalid(
  key: string,
  problems: ContentProblem[],
  params: Record<string, number> = {},
): AppError {
  return new AppError(
    key,
    params,
    problems.map((problem) => ({
      path: problem.path,
      message: problem.key,
      params: { ...problem.params },
    })),
  );
}

export const questionnaireHandlers: QuestionnaireHandlers = {
  'instruments.list': (_arg, { workspace }) => workspace.instruments.list(),
  'instruments.get': ({ id }, { workspace }) => workspace.instruments.get(id),
  'instruments.importFile': async ({ fileName, bytes }, context) => {
    const json = await parserOf(context)('jsonFile', {
      fileName,
      bytes,
      errorKey: 'instrument.notJson',
    });
    const { workspace } = context;
    const parsed = parseInstrumentFile(json);
    if (!parsed.ok) {
      throw invalid('instrument.invalidFile', parsed.problems, { count: parsed.problems.length });
    }
    const id = workspace.instruments.importInstrument(parsed.instrument);
    return workspace.instruments.get(id).summary;
  },
  'instruments.exportFile': ({ id }, { workspace }) => {
    const { instrument, summary } = workspace.instruments.get(id);
    return {
      fileName: `${fileNameSlug(summary.key, 'instrument')}-v${summary.version}.instrument.json`,
      mimeType: 'application/json',
      bytes: new TextEncoder().encode(
        `${JSON.stringify(serializeInstrument(instrument), null, 2)}\n`,
      ),
    };
  },
  'instruments.copy': ({ id, key, name }, { workspace }) =>
    workspace.instruments.get(workspace.instruments.copy(id, key, name)).summary,
  'instruments.save': ({ id, definition }, { workspace }) => {
    const parsed = parseInstrumentFile(definition);
    if (!parsed.ok) {
      throw invalid('errors.validation', parsed.problems);
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
  'questionnaire.results': offMainReadHandlers['questionnaire.results'],
  'respondents.list': offMainReadHandlers['respondents.list'],
  'respondents.save': (
    { engagementId, instrumentId, id, code, groupId, role, answers },
    { workspace },
  ) => {
    const { instrument } = workspace.instruments.get(instrumentId);
    const issues = validateAnswers(instrument, answers);
    if (issues.length > 0) throw new AppError('errors.validation', {}, issues);
    const respondent = { code, groupId, role, answers: compactAnswers(answers) };
    if (id !== undefined)
      return respondentView(workspace.respondents.update(id, engagementId, respondent));
    workspace.instruments.attach(engagementId, instrumentId);
    const [newId] = workspace.respondents.insertMany(engagementId, instrumentId, 'grid', [
      respondent,
    ]);
    return respondentView(workspace.respondents.get(newId ?? 0));
  },
  'respondents.delete': ({ engagementId, id }, { workspace }) => {
    workspace.respondents.delete(id, engagementId);
    return { deleted: true };
  },

  'openAnswers.list': ({ engagementId }, { workspace }) => openAnswersView(workspace, engagementId),
  'openAnswers.setThemes': ({ engagementId, id, themeIds }, { workspace }) =>
    openAnswerItem(workspace.openAnswers.setThemes(id, engagementId, themeIds)),
  'openAnswers.setQuoted': ({ engagementId, id, quoted }, { workspace }) =>
    openAnswerItem(workspace.openAnswers.setQuoted(id, engagementId, quoted)),

  'import.prepare': (_arg, context) => {
    const parse = parserOf(context);
    parse.startAhead?.('surveyAnalysis');
    context.runImport?.startAhead?.();
    return { prepared: parse.startAhead !== undefined };
  },
  'import.analyse': (request, context) => {
    // The commit usually follows: its worker starts now, beside the analysis.
    context.runImport?.startAhead?.();
    return analyseImport(
      context.workspace,
      request,
      (file, mapping, inputs) => parserOf(context)('surveyAnalysis', { file, mapping, inputs }),
      preparedImportsOf(context.workspace),
    );
  },
  'import.commit': (request, { workspace, runImport }) => {
    // The file was analysed just before: store the rows found then (read and mapped once).
    const prepared = takePreparedRows(workspace, request, preparedImportsOf(workspace));
    // Without them, the file itself must have come (refused here, before a worker is spent).
    if (!prepared) fileToRead(request.file);
    const withRows = { ...request, prepared };
    return runImport ? runImport(workspace, withRows) : commitImport(workspace, withRows);
  },

  'exports.responses': async ({ engagementId, instrumentId, format, separator }, { workspace }) => {
    const table = responsesTable(workspace, engagementId, instrumentId);
    const engagement = workspace.engagements.get(engagementId);
    // Named in the engagement's language, like the file's column headers.
    const base = readableFileName(
      `${localeText(engagement.language, 'capture.exportFiles.responses')} - ${engagement.clientName}`,
    );
    if (format === 'csv') {
      const delimiter = csvSeparatorFor(workspace, separator);
      return {
        fileName: `${base}.csv`,
        mimeType: 'text/csv',
        bytes: new TextEncoder().encode(toCsv(table.headers, table.rows, { delimiter })),
      };
    }
    return {
      fileName: `${base}.xlsx`,
      mimeType: XLSX_MIME_TYPE,
      bytes: await toXlsx([
        {
          name: outputText(engagement.language).responses.sheets.responses,
          headers: table.headers,
          rows: table.rows,
        },
        {
          name: outputText(engagement.language).responses.sheets.codebook,
          headers: table.codebookHeaders,
          rows: table.codebook,
        },
      ]),
    };
  },

  'norms.list': (_arg, { workspace }) => workspace.benchmarks.listNormSets(),
  'norms.import': async ({ fileName, bytes, instrumentKey }, context) => {
    const parse = parserOf(context);
    if (/\.csv$/i.test(fileName)) {
      const parsed = await parse('normCsv', { fileName, bytes });
      const { workspace } = context;
      if (!parsed.ok) throw invalid('norms.invalidFile', parsed.problems);
      const name = fileName.replace(/\.csv$/i, '');
      const normSet = parseNormSet({
        id: fileNameSlug(name, 'norms'),
        name,
        illustrative: false,
        instrument: instrumentKey ?? 'klantgerichtheidsscan',
        entries: parsed.entries,
      });
      if (!normSet.ok) throw invalid('norms.invalidFile', normSet.problems);
      return { id: workspace.benchmarks.insertNormSet(normSet.normSet) };
    }
    const parsed = parseNormSet(
      await parse('jsonFile', { fileName, bytes, errorKey: 'norms.notJson' }),
    );
    if (!parsed.ok) throw invalid('norms.invalidFile', parsed.problems);
    return { id: context.workspace.benchmarks.insertNormSet(parsed.normSet) };
  },
  'norms.export': ({ id, format, separator }, { workspace }) => {
    const { normSet } = workspace.benchmarks.getNormSet(id);
    const text =
      format === 'json'
        ? `${JSON.stringify(normSet, null, 2)}\n`
        : serializeNormCsv(normSet.entries, { delimiter: csvSeparatorFor(workspace, separator) });
    return {
      fileName: `${fileNameSlug(normSet.id, 'norms')}.norms.${format}`,
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
    if (!parsed.ok) throw invalid('errors.validation', parsed.problems);
    workspace.benchmarks.saveTipLibrary(parsed.library);
    return workspace.benchmarks.tipLibrary();
  },
  'tips.reset': (_arg, { workspace }) => {
    workspace.benchmarks.resetTipLibrary();
    return workspace.benchmarks.tipLibrary();
  },
};
