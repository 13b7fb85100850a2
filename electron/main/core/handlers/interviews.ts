import type { interviewCalls, ExportedFile } from '@shared/ipc/interviews';
import type { Handlers } from '@shared/ipc';
import { parserOf, type HandlerContext } from './context';
import type { CsvSeparator } from '@shared/ipc/files';
import { csvSeparatorFor } from './settings';
import { openAnswerHits } from '../services/open-answers';
import type { Workspace } from '../workspace';
import { codebookTable, quotesTable, type ExportTable } from '@shared/interviews/export-rows';
import { sectionLabel } from '@shared/interviews/guides';
import { toCsv, toXlsx, XLSX_MIME_TYPE } from '@main/files/write-table';
import { readableFileName } from '@shared/util/file-name';
import { questionnaireDimensions, shippedGuides } from '../repositories/interviews-guides';

type InterviewHandlers = Pick<Handlers<HandlerContext>, keyof typeof interviewCalls>;

export const interviewHandlers: InterviewHandlers = {
  'interviews.guides.list': (_arg, { workspace }) => ({
    shipped: shippedGuides(),
    workspace: workspace.interviews.guides.listWorkspace(),
    dimensions: questionnaireDimensions(),
  }),
  'interviews.guides.copy': ({ ref }, { workspace }) => workspace.interviews.guides.copy(ref),
  'interviews.guides.save': ({ id, guide }, { workspace }) =>
    workspace.interviews.guides.save(id, guide),
  'interviews.guides.delete': ({ id }, { workspace }) => {
    workspace.interviews.guides.delete(id);
    return { deleted: true };
  },

  'interviews.list': ({ engagementId }, { workspace }) => workspace.interviews.list(engagementId),
  'interviews.get': ({ id }, { workspace }) => workspace.interviews.get(id),
  'interviews.create': (input, { workspace }) => workspace.interviews.create(input),
  'interviews.update': ({ id, ...changes }, { workspace }) =>
    workspace.interviews.update(id, changes),
  'interviews.delete': ({ id }, { workspace }) => {
    workspace.interviews.delete(id);
    return { deleted: true };
  },
  'interviews.notes.save': ({ interviewId, sectionKey, doc }, { workspace }) =>
    workspace.interviews.saveNotes(interviewId, sectionKey, doc),
  'interviews.notes.import': async ({ fileName, bytes }, context) => ({
    html: await parserOf(context)('notes', { fileName, bytes }),
  }),

  'interviews.quotes.list': ({ engagementId }, { workspace }) =>
    workspace.interviews.quotes.list(engagementId),
  'interviews.quotes.create': (input, { workspace }) => workspace.interviews.quotes.create(input),
  'interviews.quotes.update': ({ id, ...changes }, { workspace }) =>
    workspace.interviews.quotes.update(id, changes),
  'interviews.quotes.delete': ({ id }, { workspace }) => {
    workspace.interviews.quotes.delete(id);
    return { deleted: true };
  },

  'interviews.themes.list': ({ engagementId }, { workspace }) =>
    workspace.interviews.themes.list(engagementId),
  'interviews.themes.save': ({ engagementId, theme }, { workspace }) =>
    workspace.interviews.themes.save(engagementId, theme),
  'interviews.themes.delete': ({ engagementId, id }, { workspace }) =>
    workspace.interviews.themes.delete(engagementId, id),
  'interviews.themes.merge': ({ engagementId, sourceId, targetId }, { workspace }) =>
    workspace.interviews.themes.merge(engagementId, sourceId, targetId),
  'interviews.themes.move': ({ engagementId, id, direction }, { workspace }) =>
    workspace.interviews.themes.move(engagementId, id, direction),

  'interviews.search': ({ query, engagementId, limit }, { workspace }) => ({
    // Notes, quotes and open answers in one list, best match first.
    hits: [
      ...workspace.interviews.search.rankedSearch(query, engagementId, limit),
      ...openAnswerHits(workspace, query, engagementId, limit),
    ]
      .sort((a, b) => a.rank - b.rank)
      .slice(0, limit)
      .map((entry) => entry.hit),
  }),
  'interviews.export': ({ engagementId, table, format, separator }, { workspace }) =>
    exportTable(workspace, engagementId, table, format, csvSeparatorFor(workspace, separator)),
};

/** The codebook or the quotes of an engagement, as a CSV or XLSX file in its language. */
export async function exportTable(
  workspace: Workspace,
  engagementId: number,
  which: 'codebook' | 'quotes',
  format: 'csv' | 'xlsx',
  separator: CsvSeparator = ',',
): Promise<ExportedFile> {
  const engagement = workspace.engagements.get(engagementId);
  const { language } = engagement;
  const themes = workspace.interviews.themes.list(engagementId);
  const quotes = workspace.interviews.quotes.list(engagementId);
  let table: ExportTable;
  if (which === 'codebook') {
    table = codebookTable(themes, quotes, language);
  } else {
    const groupNames = new Map(engagement.groups.map((group) => [group.id, group.name]));
    const interviews = new Map(
      quotes.map((quote) => [
        quote.interviewId,
        workspace.interviews.getInterview(quote.interviewId),
      ]),
    );
    const entries = quotes.map((quote) => {
      const { guide, ...interview } = interviews.get(quote.interviewId)!;
      return {
        quote,
        interview,
        groupName: interview.groupId === null ? null : (groupNames.get(interview.groupId) ?? null),
        sectionLabel: sectionLabel(guide, quote.sectionKey, language),
      };
    });
    table = quotesTable(entries, themes, language);
  }
  const stem = readableFileName(`${table.name} - ${engagement.clientName}`);
  if (format === 'csv') {
    // The consultant's choice: Dutch Excel opens `;` files directly, English Excel expects `,`.
    const text = toCsv(table.headers, table.rows, { delimiter: separator });
    return {
      fileName: `${stem}.csv`,
      mimeType: 'text/csv;charset=utf-8',
      bytes: new TextEncoder().encode(text),
    };
  }
  return {
    fileName: `${stem}.xlsx`,
    mimeType: XLSX_MIME_TYPE,
    bytes: await toXlsx([{ name: table.name, headers: table.headers, rows: table.rows }]),
  };
}
