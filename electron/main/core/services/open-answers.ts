/**
 * The Open answers view of an engagement: every open question of its instrument versions with the
 * answers as they may be shown (shared/questionnaire/open-answers.ts decides), and the hits of a
 * search over them for the interview search.
 */
import type { SearchHit } from '@shared/ipc/interviews';
import type { OpenAnswersView } from '@shared/ipc/questionnaire';
import { localized } from '@shared/questionnaire/instrument';
import { openAnswerListing, openAnswerPlacement } from '@shared/questionnaire/open-answers';
import type { Workspace } from '../workspace';
import { outputText } from '@shared/i18n/output';

export function openAnswersView(workspace: Workspace, engagementId: number): OpenAnswersView {
  const engagement = workspace.engagements.get(engagementId);
  const versions = workspace.instruments.forEngagement(engagementId).map((summary) => ({
    instrumentId: summary.id,
    instrument: workspace.instruments.get(summary.id).instrument,
  }));
  return {
    engagementId,
    anonymityThreshold: engagement.anonymityThreshold,
    instruments: versions.map(({ instrumentId, instrument }) => ({
      id: instrumentId,
      name: instrument.name,
      version: instrument.version,
    })),
    questions: openAnswerListing(
      workspace.openAnswers.list(engagementId),
      versions,
      engagement.groups.map((group) => group.id),
      workspace.respondents.counts(engagementId),
      engagement.anonymityThreshold,
    ),
  };
}

/**
 * Open answers found by the interview search, labelled by group (or "other groups") and only
 * where the anonymity rules let them be listed.
 */
export function openAnswerHits(
  workspace: Workspace,
  query: string,
  engagementId: number | null,
  limit: number,
): { rank: number; hit: SearchHit }[] {
  const raw = workspace.interviews.search.searchOpenAnswers(query, engagementId, limit);
  const placements = new Map<number, ReturnType<typeof openAnswerPlacement>>();
  const hits: { rank: number; hit: SearchHit }[] = [];
  for (const found of raw) {
    const engagement = workspace.engagements.get(found.engagementId);
    let place = placements.get(engagement.id);
    if (!place) {
      place = openAnswerPlacement(
        workspace.respondents.counts(engagement.id),
        engagement.anonymityThreshold,
      );
      placements.set(engagement.id, place);
    }
    const placement = place(found.groupId, found.instrumentId);
    if (placement === 'hidden') continue;
    const group = engagement.groups.find((candidate) => candidate.id === found.groupId);
    const { instrument } = workspace.instruments.get(found.instrumentId);
    const question = instrument.items.find((item) => item.code === found.itemCode);
    const language = engagement.language;
    hits.push({
      rank: found.rank,
      hit: {
        source: 'openAnswer',
        id: found.id,
        engagementId: engagement.id,
        engagementName: engagement.clientName,
        interviewId: null,
        interviewLabel:
          placement === 'group' && group
            ? group.name
            : outputText(language).openAnswers.otherGroups,
        interviewDate: null,
        sectionKey: found.itemCode,
        sectionLabel: question ? localized(question.text, language) : found.itemCode,
        snippet: found.snippet,
      },
    });
  }
  return hits;
}
