/**
 * Loads everything a report is written from: the engagement, its questionnaire results and gap
 * analysis, its interviews, quotes and themes. The result still holds private details; only
 * `prepareReportData` (shared/report/anonymity.ts) decides what may be printed.
 */
import { AppError } from '@shared/ipc/errors';
import { prepareReportData, privateNames } from '@shared/report/anonymity';
import type { ReportData, ReportSource } from '@shared/report/data';
import type { GapAnalysis } from '@shared/gaps/report';
import type { ReportSettings } from '@shared/report/settings';
import { analyseEngagementGaps } from '../services/gap-analysis';
import { questionnaireResults } from '../services/questionnaire-results';
import type { Workspace } from '../workspace';

export interface LoadedReport {
  source: ReportSource;
  data: ReportData;
  privateNames: string[];
}

export function loadReportSource(
  workspace: Workspace,
  engagementId: number,
  settings: Pick<ReportSettings, 'instrumentId'>,
  firmName: string,
): ReportSource {
  const engagement = workspace.engagements.get(engagementId);
  const attached = workspace.instruments.forEngagement(engagementId);
  const wanted =
    settings.instrumentId !== null &&
    attached.some((summary) => summary.id === settings.instrumentId)
      ? settings.instrumentId
      : undefined;
  const gaps = analyseGapsIfPossible(workspace, engagementId, wanted);
  const instrumentId = wanted ?? gaps?.instrumentId ?? attached[0]?.id;
  let results: ReportSource['results'] = null;
  let instrument: ReportSource['instrument'] = null;
  if (instrumentId !== undefined) {
    const candidate = questionnaireResults(workspace, engagementId, instrumentId);
    if (candidate.total.respondents > 0) {
      results = candidate;
      instrument = workspace.instruments.get(instrumentId).instrument;
    }
  }
  return {
    engagement,
    instrument,
    results,
    gaps,
    groupSizes: instrumentId === undefined ? {} : groupSizes(workspace, engagementId, instrumentId),
    interviews: workspace.interviews.list(engagementId),
    quotes: workspace.interviews.quotes.list(engagementId),
    themes: workspace.interviews.themes.list(engagementId),
    firmName,
    fieldwork: workspace.respondents.entryPeriod(engagementId),
  };
}

export function loadReport(
  workspace: Workspace,
  engagementId: number,
  settings: Pick<ReportSettings, 'instrumentId'>,
  firmName: string,
): LoadedReport {
  const source = loadReportSource(workspace, engagementId, settings, firmName);
  return { source, data: prepareReportData(source), privateNames: privateNames(source.interviews) };
}

/** No instrument, no responses or a single group: the report simply has no comparison. */
function analyseGapsIfPossible(
  workspace: Workspace,
  engagementId: number,
  instrumentId: number | undefined,
): GapAnalysis | null {
  try {
    const analysis = analyseEngagementGaps(workspace, { engagementId, instrumentId });
    return analysis.profiles.length >= 2 ? analysis : null;
  } catch (error) {
    if (error instanceof AppError && error.key.startsWith('gaps.')) return null;
    throw error;
  }
}

function groupSizes(workspace: Workspace, engagementId: number, instrumentId: number) {
  const rows = workspace.db
    .prepare<[number, number], { group_id: number; n: number }>(
      `SELECT group_id, count(*) AS n FROM respondents
       WHERE engagement_id = ? AND instrument_id = ? GROUP BY group_id`,
    )
    .all(engagementId, instrumentId);
  return Object.fromEntries(rows.map((row) => [row.group_id, row.n]));
}
