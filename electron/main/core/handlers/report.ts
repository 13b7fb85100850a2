import type { Handlers } from '@shared/ipc';
import type { reportCalls, ReportView } from '@shared/ipc/report';
import { selectQuotes, type ReportDocument } from '@shared/report/document';
import { draftNarratives } from '@shared/report/drafts';
import { draftRecommendations } from '@shared/report/recommendations';
import { richDocFromPlainText } from '@shared/report/rich-text';
import { reportSettingsSchema, type HouseStyle } from '@shared/report/settings';
import { renderChart } from '../report/charts/render';
import { chartFormat, chartStyleFor } from '../report/docx-writer';
import { buildEngagementReport } from '../report/generate';
import { reportJobsOf } from '../report/jobs';
import { readLogo } from '../report/logo';
import type { Workspace } from '../workspace';
import { parserOf, type HandlerContext } from './context';

type ReportHandlers = Pick<Handlers<HandlerContext>, keyof typeof reportCalls>;

/** Draws every chart of the document for the preview (the same SVG Word gets). */
function withChartSvgs(document: ReportDocument, style: HouseStyle): ReportDocument {
  const chartStyle = chartStyleFor(style);
  const format = chartFormat(document.language);
  return {
    ...document,
    sections: document.sections.map((section) => ({
      ...section,
      blocks: section.blocks.map((block) =>
        block.kind === 'chart'
          ? { ...block, svg: renderChart(block.spec, chartStyle, format).svg }
          : block,
      ),
    })),
  };
}

export function reportView(workspace: Workspace, engagementId: number): ReportView {
  const built = buildEngagementReport(workspace, engagementId);
  const { data, source, settings, house } = built;
  const themeName = new Map(
    selectQuotes(
      data,
      data.interviews.quotes.flatMap((quote) => (quote.id === null ? [] : [quote.id])),
    ).flatMap((group) => {
      const theme = data.interviews.themes.find((candidate) => candidate.id === group.themeId);
      return group.quotes.map((quote) => [quote.key, theme?.name ?? null] as const);
    }),
  );
  return {
    engagementId,
    settings,
    drafts: Object.fromEntries(
      Object.entries(draftNarratives(data)).map(([section, text]) => [
        section,
        richDocFromPlainText(text ?? ''),
      ]),
    ),
    draftRecommendations: draftRecommendations(data),
    document: withChartSvgs(built.document, house.style),
    quotes: data.interviews.quotes.map((quote) => ({
      key: quote.key,
      id: quote.id,
      text: quote.text,
      attribution: quote.attribution,
      themeName: themeName.get(quote.key) ?? null,
      source: quote.source,
      fromSmallGroup: quote.fromSmallGroup,
    })),
    automaticQuoteIds: selectQuotes(data, null).flatMap((group) =>
      group.quotes.flatMap((quote) => (quote.id === null ? [] : [quote.id])),
    ),
    instruments: workspace.instruments.forEngagement(engagementId).map((summary) => ({
      id: summary.id,
      name: summary.name,
      version: summary.version,
      respondents: summary.engagementRespondents,
    })),
    instrumentId: source.results?.instrumentId ?? null,
  };
}

export const reportHandlers: ReportHandlers = {
  'report.get': ({ engagementId }, { workspace }) => reportView(workspace, engagementId),

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
