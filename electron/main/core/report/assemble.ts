/**
 * Loads everything a report is written from: the engagement, its questionnaire results and gap
 * analysis (the same functions the Results and Kloof tabs call), its interviews, quotes, themes
 * and the open answers chosen as quotes. The result still holds private details; only
 * `prepareReportData` (shared/report/anonymity.ts) decides what may be printed.
 */
import { AppError } from '@shared/ipc/errors';
import { prepareReportData, privateNames } from '@shared/report/anonymity';
import type { ReportData, ReportSource } from '@shared/report/data';
import type { GapAnalysis } from '@shared/gaps/report';
import type { ReportSettings } from '@shared/report/settings';
import { prepareEngagementGaps, type PreparedGaps } from '../services/gap-analysis';
import {
  questionnaireResults,
  scoreEngagement,
  type ScoredEngagement,
} from '../services/questionnaire-results';
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
  const wanted = attached.find((summary) => summary.id === settings.instrumentId);
  // The comparison is made within the family of the instrument the report is about.
  const prepared = prepareGapsIfPossible(workspace, engagementId, wanted?.family);
  // The results' instrument (the one asked for, else the family's lead) is scored once, for the
  // results and for the gap analysis alike.
  const scoredId = wanted?.id ?? prepared?.leadInstrumentId;
  const scored =
    scoredId === undefined ? undefined : scoreEngagement(workspace, engagementId, scoredId);
  const gaps = prepared ? analyseGapsIfPossible(prepared, scored) : null;
  const lead = gaps?.family.versions[0]?.instrumentId;
  const instrumentId =
    wanted?.id ??
    lead ??
    attached.find((summary) => summary.engagementRespondents > 0)?.id ??
    attached[0]?.id;
  let results: ReportSource['results'] = null;
  let instrument: ReportSource['instrument'] = null;
  if (instrumentId !== undefined) {
    const candidate = questionnaireResults(
      workspace,
      engagementId,
      instrumentId,
      scored?.instrumentId === instrumentId
        ? scored
        : scoreEngagement(workspace, engagementId, instrumentId),
    );
    if (candidate.groups.some((group) => !group.empty)) {
      results = candidate;
      instrument = workspace.instruments.get(instrumentId).instrument;
    }
  }
  return {
    engagement,
    instrument,
    results,
    gaps,
    interviews: workspace.interviews.list(engagementId),
    quotes: workspace.interviews.quotes.list(engagementId),
    themes: workspace.interviews.themes.list(engagementId),
    openAnswerQuotes: workspace.openAnswers.quoted(engagementId),
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

/** No instrument or no family to compare within: the report simply has no comparison. */
function prepareGapsIfPossible(
  workspace: Workspace,
  engagementId: number,
  family: string | undefined,
): PreparedGaps | null {
  return gapsOrNull(() => prepareEngagementGaps(workspace, { engagementId, family }));
}

/** No responses or a single group: the report simply has no comparison. */
function analyseGapsIfPossible(
  prepared: PreparedGaps,
  scored: ScoredEngagement | undefined,
): GapAnalysis | null {
  const analysis = gapsOrNull(() => prepared.analyse(scored));
  return analysis && analysis.profiles.length >= 2 ? analysis : null;
}

function gapsOrNull<T>(run: () => T): T | null {
  try {
    return run();
  } catch (error) {
    if (error instanceof AppError && error.key.startsWith('gaps.')) return null;
    throw error;
  }
}
