import {
  buildScoringModel,
  groupSizes,
  scoreResponses,
  type ResponseMatrix,
  type ScoringModel,
} from '@shared/scoring';
import type { ScoringResult } from '@shared/scoring/score';
import {
  buildResults,
  engagementMeans,
  type QuestionnaireResults,
} from '@shared/questionnaire/results';
import type { Engagement } from '@shared/engagements/model';
import type { Instrument } from '@shared/questionnaire/instrument';
import type { Workspace } from '../workspace';

/** One engagement's responses to one instrument, as a matrix, with the model that scores them. */
export interface LoadedEngagement {
  instrumentId: number;
  engagement: Engagement;
  instrument: Instrument;
  matrix: ResponseMatrix;
  model: ScoringModel;
}

export interface ScoredEngagement extends LoadedEngagement {
  scoring: ScoringResult;
}

/** Loads the responses of one engagement to one instrument and the model that scores them. */
export function loadEngagement(
  workspace: Workspace,
  engagementId: number,
  instrumentId: number,
): LoadedEngagement {
  const engagement = workspace.engagements.get(engagementId);
  const { instrument } = workspace.instruments.get(instrumentId);
  const matrix = workspace.respondents.loadMatrix(
    engagementId,
    instrumentId,
    instrument,
    engagement.groups.map((group) => group.id),
  );
  const model = buildScoringModel(instrument, matrix.itemCodes, {
    minAnsweredFraction: engagement.minAnsweredFraction,
  });
  return { instrumentId, engagement, instrument, matrix, model };
}

/** Loads the responses of one engagement to one instrument and scores them. */
export function scoreEngagement(
  workspace: Workspace,
  engagementId: number,
  instrumentId: number,
): ScoredEngagement {
  const loaded = loadEngagement(workspace, engagementId, instrumentId);
  const scoring = scoreResponses(loaded.matrix, loaded.model, {
    anonymityThreshold: loaded.engagement.anonymityThreshold,
  });
  return { ...loaded, scoring };
}

/**
 * Everything the Results tab shows: scores, reliability, benchmark, firm benchmark and tips.
 * `scored`: this engagement and instrument scored already (the report scores once for its
 * results and its gap analysis).
 */
export function questionnaireResults(
  workspace: Workspace,
  engagementId: number,
  instrumentId: number,
  scored: ScoredEngagement = scoreEngagement(workspace, engagementId, instrumentId),
): QuestionnaireResults {
  const { engagement, instrument, scoring } = scored;
  const normSet =
    engagement.normSetId === null ? null : workspace.benchmarks.getNormSet(engagement.normSetId);
  return buildResults({
    instrumentId,
    instrument,
    groups: engagement.groups.map((group) => ({ ...group, invited: group.invited ?? null })),
    scoring,
    groupSizes: groupSizes(scored.matrix.groupOf, scored.matrix.groupCount),
    minAnsweredFraction: engagement.minAnsweredFraction,
    normSet,
    tipLibrary: workspace.benchmarks.tipLibrary().library,
    firmEngagementMeans: firmEngagementMeans(workspace, engagement.id, instrument.id),
  });
}

/**
 * The firm benchmark: the consultant's own closed engagements that used the same instrument (any
 * version with the same key), each contributing its mean per dimension.
 */
function firmEngagementMeans(
  workspace: Workspace,
  excludeEngagementId: number,
  instrumentKey: string,
) {
  return workspace.respondents
    .closedEngagementsUsing(instrumentKey, excludeEngagementId)
    .flatMap(({ engagementId, instrumentId }) => {
      // An engagement whose figures may not be shown contributes nothing.
      const total = scoreEngagement(workspace, engagementId, instrumentId).scoring.total;
      return total ? [engagementMeans(total)] : [];
    });
}
