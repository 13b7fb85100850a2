/**
 * Perception-gap analysis of one engagement: loads the responses, decides which items the groups
 * can be compared on, and hands the pure statistics (shared/gaps) a response matrix and model.
 *
 * How instrument versions combine. Staff and customers usually answer different versions (e.g.
 * `klantgerichtheidsscan` and `klantgerichtheidsscan-klant`) that share dimension codes and, for
 * parallel statements, item codes. The analysis starts from one instrument, the template
 * (`instrumentId`, default the engagement's staff instrument with responses). Every other
 * instrument of the engagement with the same likert scale and at least one parallel item is a
 * partner. All respondents of the template and its partners go into one matrix, each with their
 * own group. Then:
 * - If every chosen group answered one and the same version, that version's own scoring model is
 *   used: all its items count (`basis.kind = 'single'`).
 * - Otherwise only parallel items count, for everyone (`basis.kind = 'parallel'`): likert items
 *   with the same code, dimension and reverse coding in every version involved; importance items
 *   with the same code and need (and needs scale). Dimension scores are then built from the same
 *   statements in every group, so a difference is not an artefact of different item sets. The
 *   template's dimensions, needs and texts are used; the items and dimensions left out are listed
 *   in the report. Performance items (customers only) are taken from whichever version has them,
 *   for the Importance–Performance grid.
 * Group sizes for the anonymity threshold count all of a group's respondents in these versions.
 */
import { prepareGapData } from '@shared/gaps/gap-data';
import {
  buildGapReport,
  type GapAnalysis,
  type GapBasis,
  type GapInstrumentChoice,
} from '@shared/gaps/report';
import { AppError } from '@shared/ipc/errors';
import type { Instrument, Item } from '@shared/questionnaire/instrument';
import type { InstrumentSummary } from '@shared/questionnaire/instrument-summary';
import { buildScoringModel, groupSizes, type ResponseMatrix } from '@shared/scoring';
import type { Workspace } from '../workspace';

export interface GapAnalysisRequest {
  engagementId: number;
  instrumentId?: number | undefined;
  /** Groups to compare (default every group of the engagement); suppressed ones are reported. */
  groupIds?: number[] | undefined;
}

interface Version {
  summary: InstrumentSummary;
  instrument: Instrument;
}

const SCORED_KINDS = new Set(['likert', 'importance', 'performance']);

export function analyseEngagementGaps(
  workspace: Workspace,
  request: GapAnalysisRequest,
): GapAnalysis {
  const engagement = workspace.engagements.get(request.engagementId);
  const attached = workspace.instruments.forEngagement(engagement.id);
  if (attached.length === 0) throw new AppError('gaps.noInstrument');
  const counts = responseCounts(workspace, engagement.id);
  const respondentsOf = (instrumentId: number) =>
    [...(counts.get(instrumentId)?.values() ?? [])].reduce((sum, n) => sum + n, 0);

  const templateId = request.instrumentId ?? defaultTemplate(attached, respondentsOf);
  const templateSummary = attached.find((summary) => summary.id === templateId);
  if (!templateSummary) throw new AppError('gaps.instrumentNotUsed', { id: templateId });
  const template: Version = {
    summary: templateSummary,
    instrument: workspace.instruments.get(templateId).instrument,
  };
  const partners = attached
    .filter((summary) => summary.id !== templateId)
    .map((summary) => ({ summary, instrument: workspace.instruments.get(summary.id).instrument }))
    .filter((version) => canCombine(template.instrument, version.instrument));
  const family = [template, ...partners];

  const groupIds = engagement.groups.map((group) => group.id);
  const wanted = request.groupIds ? [...new Set(request.groupIds)] : groupIds;
  const unknown = wanted.find((id) => !groupIds.includes(id));
  if (unknown !== undefined) throw new AppError('errors.notFound', { what: 'group', id: unknown });

  // The versions the chosen groups answered decide which items they can be compared on.
  const answered = family.filter((version) =>
    wanted.some((groupId) => (counts.get(version.summary.id)?.get(groupId) ?? 0) > 0),
  );
  const involved = answered.length > 0 ? answered : [template];
  const single = involved.length === 1 ? involved[0]! : null;
  const modelInstrument = single
    ? single.instrument
    : parallelInstrument(
        template.instrument,
        involved.map((version) => version.instrument),
      );
  const textInstrument = single ? single.instrument : template.instrument;

  const matrix = loadFamilyMatrix(workspace, engagement.id, family, groupIds);
  const model = buildScoringModel(modelInstrument, matrix.itemCodes, {
    minAnsweredFraction: engagement.minAnsweredFraction,
  });
  const data = prepareGapData({
    matrix,
    model,
    groupNames: engagement.groups.map((group) => group.name),
    anonymityThreshold: engagement.anonymityThreshold,
  });
  const basis: GapBasis = {
    kind: single ? 'single' : 'parallel',
    instruments: involved.map(({ summary }) => ({
      id: summary.id,
      key: summary.key,
      version: summary.version,
      name: summary.name,
      audience: summary.audience,
    })),
    ...leftOut(textInstrument, modelInstrument),
  };
  const report = buildGapReport({
    data,
    groupSizes: groupSizes(matrix.groupOf, matrix.groupCount),
    groups: engagement.groups,
    selected: wanted.map((id) => groupIds.indexOf(id)),
    instrument: textInstrument,
    basis,
  });
  const instrumentChoices: GapInstrumentChoice[] = attached.map((summary) => ({
    id: summary.id,
    key: summary.key,
    version: summary.version,
    name: summary.name,
    audience: summary.audience,
    respondents: respondentsOf(summary.id),
  }));
  return { engagementId: engagement.id, instrumentId: templateId, instrumentChoices, ...report };
}

/** Respondents per instrument and group in one engagement. */
function responseCounts(
  workspace: Workspace,
  engagementId: number,
): Map<number, Map<number, number>> {
  const rows = workspace.db
    .prepare<[number], { instrument_id: number; group_id: number; n: number }>(
      `SELECT instrument_id, group_id, count(*) AS n FROM respondents
       WHERE engagement_id = ? GROUP BY instrument_id, group_id`,
    )
    .all(engagementId);
  const counts = new Map<number, Map<number, number>>();
  for (const row of rows) {
    const perGroup = counts.get(row.instrument_id) ?? new Map<number, number>();
    perGroup.set(row.group_id, row.n);
    counts.set(row.instrument_id, perGroup);
  }
  return counts;
}

/** The staff instrument with responses; else any with responses; else the first attached. */
function defaultTemplate(
  attached: InstrumentSummary[],
  respondentsOf: (instrumentId: number) => number,
): number {
  const withResponses = attached.filter((summary) => respondentsOf(summary.id) > 0);
  const staff = withResponses.find((summary) => summary.audience === 'staff');
  return (staff ?? withResponses[0] ?? attached[0]!).id;
}

/** Same likert item in both: code, kind, dimension and reverse coding. */
function isParallelLikert(item: Item, other: Instrument): boolean {
  return other.items.some(
    (candidate) =>
      candidate.code === item.code &&
      candidate.kind === 'likert' &&
      candidate.dimension === item.dimension &&
      candidate.reverse === item.reverse,
  );
}

function isParallelImportance(item: Item, other: Instrument): boolean {
  return other.items.some(
    (candidate) =>
      candidate.code === item.code &&
      candidate.kind === 'importance' &&
      candidate.need === item.need,
  );
}

function sameRange(a: { min: number; max: number }, b: { min: number; max: number }): boolean {
  return a.min === b.min && a.max === b.max;
}

/** A partner version: the same likert scale and at least one parallel statement. */
export function canCombine(template: Instrument, other: Instrument): boolean {
  if (!sameRange(template.scale, other.scale)) return false;
  return template.items.some((item) => item.kind === 'likert' && isParallelLikert(item, other));
}

/**
 * The template reduced to what every version in `versions` shares (see the file comment), with
 * the performance items of whichever version has them.
 */
export function parallelInstrument(template: Instrument, versions: Instrument[]): Instrument {
  const needsComparable = versions.every((version) =>
    sameRange(version.needsScale, template.needsScale),
  );
  const likert = template.items.filter(
    (item) =>
      item.kind === 'likert' && versions.every((version) => isParallelLikert(item, version)),
  );
  const importance = needsComparable
    ? template.items.filter(
        (item) =>
          item.kind === 'importance' &&
          versions.every((version) => isParallelImportance(item, version)),
      )
    : [];
  const performance: Item[] = [];
  if (needsComparable) {
    for (const need of template.needs) {
      const found = [template, ...versions]
        .flatMap((version) => version.items)
        .find((item) => item.kind === 'performance' && item.need === need.code);
      if (found) performance.push(found);
    }
  }
  const usedDimensions = new Set(likert.map((item) => item.dimension));
  const usedNeeds = new Set([...importance, ...performance].map((item) => item.need));
  return {
    ...template,
    dimensions: template.dimensions.filter((dimension) => usedDimensions.has(dimension.code)),
    needs: template.needs.filter((need) => usedNeeds.has(need.code)),
    items: [...likert, ...importance, ...performance],
  };
}

function leftOut(
  template: Instrument,
  used: Instrument,
): Pick<GapBasis, 'leftOutItems' | 'leftOutDimensions'> {
  const usedCodes = new Set(used.items.map((item) => item.code));
  const usedDimensions = new Set(used.dimensions.map((dimension) => dimension.code));
  return {
    leftOutItems: template.items
      .filter(
        (item) =>
          (item.kind === 'likert' || item.kind === 'importance') && !usedCodes.has(item.code),
      )
      .map((item) => ({ code: item.code, text: item.text })),
    leftOutDimensions: template.dimensions
      .filter((dimension) => !usedDimensions.has(dimension.code))
      .map((dimension) => ({ code: dimension.code, name: dimension.name })),
  };
}

/**
 * One matrix with the respondents of every version, columns = all scored item codes of the
 * versions (first occurrence wins), groups indexed in engagement order.
 */
function loadFamilyMatrix(
  workspace: Workspace,
  engagementId: number,
  family: Version[],
  groupIds: number[],
): ResponseMatrix {
  const seen = new Set<string>();
  const items: Item[] = [];
  for (const { instrument } of family) {
    for (const item of instrument.items) {
      if (!SCORED_KINDS.has(item.kind) || seen.has(item.code)) continue;
      seen.add(item.code);
      items.push(item);
    }
  }
  const union: Instrument = { ...family[0]!.instrument, items };
  const parts = family.map(({ summary }) =>
    workspace.respondents.loadMatrix(engagementId, summary.id, union, groupIds),
  );
  const itemCodes = parts[0]!.itemCodes;
  const rows = parts.reduce((sum, part) => sum + part.groupOf.length, 0);
  const values = new Float64Array(rows * itemCodes.length);
  const groupOf = new Int32Array(rows);
  let offset = 0;
  for (const part of parts) {
    values.set(part.values, offset * itemCodes.length);
    groupOf.set(part.groupOf, offset);
    offset += part.groupOf.length;
  }
  return { itemCodes, values, groupOf, groupCount: groupIds.length };
}
