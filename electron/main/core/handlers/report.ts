import type { Handlers } from '@shared/ipc';
import type { reportCalls } from '@shared/ipc/report';
import { reportSettingsSchema } from '@shared/report/settings';
import { reportJobsOf } from '../report/jobs';
import { readLogo } from '../report/logo';
import { parserOf, type HandlerContext } from './context';
import { offMainReadHandlers } from './off-main-reads';

type ReportHandlers = Pick<Handlers<HandlerContext>, keyof typeof reportCalls>;

export const reportHandlers: ReportHandlers = {
  'report.get': offMainReadHandlers['report.get'],

  'report.save': ({ engagementId, settings }, { workspace }) => {
    const current = workspace.reports.settings(engagementId);
    const next = reportSettingsSchema.parse({ ...current, ...settings });
    workspace.reports.saveSettings(engagementId, next);
    // Not the whole view: that means rebuilding the report, too slow for every autosave.
    return { engagementId, settings: workspace.reports.settings(engagementId) };
  },

  'report.start': ({ engagementId, format }, { workspace }) =>
    reportJobsOf(workspace).start(engagementId, format),

  'report.progress': ({ jobId }, { workspace }) => reportJobsOf(workspace).progress(jobId),

  'report.houseStyle.get': (_arg, { workspace }) => workspace.reports.houseStyle(),

  'report.houseStyle.save': (style, { workspace }) => workspace.reports.saveHouseStyle(style),

  'report.houseStyle.setLogo': ({ file }, { workspace }) =>
    workspace.reports.saveLogo(file ? readLogo(file.fileName, file.bytes) : null),

  'report.houseStyle.setTemplate': async ({ file }, context) => {
    const template = file ? await parserOf(context)('wordTemplate', file) : null;
    return context.workspace.reports.saveTemplate(template);
  },
};
