import type { Handlers } from '@shared/ipc';
import type { gapsCalls } from '@shared/ipc/gaps';
import { gapExportSheets } from '@shared/gaps/export-table';
import { fileNameSlug } from '@shared/util/file-name';
import { toCsv, toXlsx, XLSX_MIME_TYPE } from '@main/files/write-table';
import { analyseEngagementGaps } from '../services/gap-analysis';
import type { HandlerContext } from './context';
import { offMainReadHandlers } from './off-main-reads';
import { csvDelimiter } from '@shared/i18n/format';

type GapsHandlers = Pick<Handlers<HandlerContext>, keyof typeof gapsCalls>;

export const gapsHandlers: GapsHandlers = {
  'gaps.analyse': offMainReadHandlers['gaps.analyse'],

  'gaps.export': async ({ engagementId, family, groupIds, format }, { workspace }) => {
    const analysis = analyseEngagementGaps(workspace, { engagementId, family, groupIds });
    const engagement = workspace.engagements.get(engagementId);
    const sheets = gapExportSheets(analysis, engagement.language);
    const base = `${fileNameSlug(engagement.clientName, 'engagement')}-gaps`;
    if (format === 'csv') {
      const sheet = sheets[0]!;
      const delimiter = csvDelimiter(engagement.language);
      return {
        fileName: `${base}.csv`,
        mimeType: 'text/csv',
        bytes: new TextEncoder().encode(toCsv(sheet.headers, sheet.rows, { delimiter })),
      };
    }
    return { fileName: `${base}.xlsx`, mimeType: XLSX_MIME_TYPE, bytes: await toXlsx(sheets) };
  },
};
