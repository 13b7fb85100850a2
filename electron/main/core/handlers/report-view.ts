/**
 * The report view (`report.get`): the document model with its charts drawn, the drafts, the
 * quotes. Apart from the other report handlers, which start Word and PowerPoint jobs: the read
 * worker builds it, and with only what it needs it does not load the `docx` library (see
 * off-main-reads.ts).
 */
import type { ReportView } from '@shared/ipc/report';
import { selectQuotes, type ReportDocument } from '@shared/report/document';
import { draftNarratives } from '@shared/report/drafts';
import { draftRecommendations } from '@shared/report/recommendations';
import { richDocFromPlainText } from '@shared/report/rich-text';
import type { HouseStyle } from '@shared/report/settings';
import { renderChart } from '../report/charts/render';
import { chartFormat, chartStyleFor } from '../report/charts/style';
import { buildEngagementReport } from '../report/build';
import type { Workspace } from '../workspace';

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
