import { localized, type Language } from '@shared/questionnaire/instrument';
import type { OutputCell } from '@main/files/write-table';
import type { Workspace } from '../workspace';
import { loadEngagement } from './questionnaire-results';
import { outputText } from '@shared/i18n/output';
import { groupSizes, planDisclosure, scoreRespondents } from '@shared/scoring';

export interface ResponsesTable {
  headers: string[];
  rows: OutputCell[][];
  codebookHeaders: string[];
  codebook: OutputCell[][];
}

/**
 * One row per respondent: code, group, role, every answer and the computed scores. Respondents
 * of a group below the anonymity threshold keep their answers but not their group, so the group
 * cannot be singled out from the export.
 */
export function responsesTable(
  workspace: Workspace,
  engagementId: number,
  instrumentId: number,
): ResponsesTable {
  const { engagement, instrument, matrix, model } = loadEngagement(
    workspace,
    engagementId,
    instrumentId,
  );
  const language: Language = engagement.language;
  // The groups the results suppress, by the same rule (their sizes against the threshold).
  const { suppressed: suppressedGroups } = planDisclosure(
    groupSizes(matrix.groupOf, matrix.groupCount),
    engagement.anonymityThreshold,
  );
  const suppressed = new Set(suppressedGroups.map((index) => engagement.groups[index]?.id));
  const groupName = new Map(engagement.groups.map((group) => [group.id, group.name]));
  const words = outputText(language).responses;
  const hiddenGroup = words.hiddenGroup;
  const respondents = workspace.respondents.list(engagementId, instrumentId);
  // Each respondent's scores, by the code that scores them for the results.
  const { layout, values } = scoreRespondents(matrix, model);
  const headers = [
    words.respondent,
    words.group,
    words.role,
    ...instrument.items.map((item) => item.code),
    ...model.dimensions.map((dimension) => `score_${dimension.code}`),
    'score_overall',
  ];
  const rows = respondents.map((respondent, index): OutputCell[] => {
    const base = index * layout.stride;
    const score = (column: number) => {
      const value = values[base + column];
      return value === undefined || Number.isNaN(value) ? null : value;
    };
    return [
      respondent.code,
      suppressed.has(respondent.groupId) ? hiddenGroup : (groupName.get(respondent.groupId) ?? ''),
      respondent.role,
      ...instrument.items.map((item) => respondent.answers[item.code] ?? null),
      ...model.dimensions.map((_dimension, d) => score(layout.dimensions + d)),
      score(layout.overall),
    ];
  });
  const codebookHeaders = [
    'code',
    'kind',
    'dimension',
    'reverse',
    'min',
    'max',
    'text_nl',
    'text_en',
  ];
  const codebook = instrument.items.map((item): OutputCell[] => {
    const scale = item.kind === 'likert' ? instrument.scale : instrument.needsScale;
    return [
      item.code,
      item.kind,
      item.dimension ?? item.need ?? '',
      item.reverse ? 1 : 0,
      item.kind === 'open' ? null : scale.min,
      item.kind === 'open' ? null : scale.max,
      item.text.nl,
      item.text.en,
    ];
  });
  for (const dimension of instrument.dimensions) {
    codebook.push([
      `score_${dimension.code}`,
      'score',
      dimension.code,
      0,
      instrument.scale.min,
      instrument.scale.max,
      localized(dimension.name, 'nl'),
      localized(dimension.name, 'en'),
    ]);
  }
  return { headers, rows, codebookHeaders, codebook };
}
