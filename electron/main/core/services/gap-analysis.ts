/**
 * Perception-gap analysis of one engagement: picks the instrument family, loads each version's
 * decoded answers (shared with results, report and exports) and hands them to `analyseFamily`
 * (shared/gaps/analysis.ts), which does all the comparing.
 *
 * Families: only versions of one family (the staff instrument, its customer versions and copies,
 * see shared/questionnaire/instrument.ts) are ever combined; an unrelated instrument that happens
 * to reuse item codes is another family and never mixes in. The default family is the one with
 * the most respondents that may be shown, a family with a staff version first.
 */
import {
  analyseFamily,
  analyseFamilyView,
  type AnalysisGroup,
  type FamilyAnalysisInput,
} from '@shared/gaps/analysis';
import type { GapAnalysisView } from '@shared/gaps/view';
import type { GapAnalysis, GapFamilyChoice, GapVersionDto } from '@shared/gaps/report';
import { AppError } from '@shared/ipc/errors';
import type { Instrument } from '@shared/questionnaire/instrument';
import { effectiveAnonymityThreshold } from '@shared/scoring';
import type { Engagement } from '@shared/engagements/model';
import { respondentsPerInstrument, type RespondentCount } from '../repositories/respondents';
import type { Workspace } from '../workspace';
import type { ScoredEngagement } from './questionnaire-results';

export interface GapAnalysisRequest {
  engagementId: number;
  /** The instrument family to compare within (default: see the file comment). */
  family?: string | undefined;
  /** Instead of `family`: the family that holds this instrument version (a live session's). */
  instrumentId?: number | undefined;
  /** Groups to compare (default every group of the engagement); suppressed ones are reported. */
  groupIds?: number[] | undefined;
}

interface LoadedVersion {
  summary: VersionSummary;
  instrument: Instrument;
}

/** What the analysis needs to know of a version besides its definition. */
interface VersionSummary {
  id: number;
  key: string;
  version: number;
  /** Respondents of this engagement who answered this version. */
  engagementRespondents: number;
}

export function analyseEngagementGaps(
  workspace: Workspace,
  request: GapAnalysisRequest,
): GapAnalysis {
  return prepareEngagementGaps(workspace, request).analyse();
}

/** The same analysis as the Kloof tab is sent it (`gaps.analyse`, shared/gaps/view.ts). */
export function engagementGapsView(
  workspace: Workspace,
  request: GapAnalysisRequest,
): GapAnalysisView {
  return prepareEngagementGaps(workspace, request).view();
}

/** An engagement's gap analysis with its family chosen, before any answer is read. */
export interface PreparedGaps {
  /** The leading version of the chosen family (the staff version when there is one). */
  leadInstrumentId: number;
  /**
   * The analysis. `scored`: one version of the family scored already (its groups' moments are
   * taken rather than computed again; the same figures either way).
   */
  analyse(scored?: ScoredEngagement): GapAnalysis;
  /** The analysis as the Kloof tab is sent it. */
  view(): GapAnalysisView;
}

export function prepareEngagementGaps(
  workspace: Workspace,
  request: GapAnalysisRequest,
): PreparedGaps {
  const engagement = workspace.engagements.get(request.engagementId);
  const attached = workspace.instruments.attachedDefinitions(engagement.id);
  if (attached.length === 0) throw new AppError('gaps.noInstrument');
  const counts = workspace.respondents.counts(engagement.id);
  const perInstrument = respondentsPerInstrument(counts);
  const versions: LoadedVersion[] = attached.map(({ instrument, ...version }) => ({
    summary: { ...version, engagementRespondents: perInstrument.get(version.id) ?? 0 },
    instrument,
  }));
  const families = familiesOf(engagement, versions, counts);
  const chosen = chooseFamily(families, request);
  if (!chosen) throw new AppError('gaps.familyNotUsed', { family: request.family ?? '' });

  const groupIds = engagement.groups.map((group) => group.id);
  const wanted = request.groupIds ? [...new Set(request.groupIds)] : groupIds;
  const unknown = wanted.find((id) => !groupIds.includes(id));
  if (unknown !== undefined) throw new AppError('errors.notFound', { what: 'group', id: unknown });

  const input = (scored?: ScoredEngagement): FamilyAnalysisInput => ({
    versions: chosen.versions.map(({ summary, instrument }) => {
      const own = scored?.instrumentId === summary.id ? scored : undefined;
      return {
        instrumentId: summary.id,
        key: summary.key,
        version: summary.version,
        instrument,
        matrix:
          own?.matrix ??
          workspace.respondents.loadMatrix(engagement.id, summary.id, instrument, groupIds),
        ...(own ? { scored: own.scoring.groupMoments } : {}),
      };
    }),
    groups: analysisGroups(engagement),
    selected: wanted.map((id) => groupIds.indexOf(id)),
    anonymityThreshold: engagement.anonymityThreshold,
    minAnsweredFraction: engagement.minAnsweredFraction,
  });
  const about = {
    engagementId: engagement.id,
    familyChoices: families.map((family) => family.choice),
  };
  return {
    leadInstrumentId: chosen.versions[0]!.summary.id,
    analyse: (scored) => ({ ...about, ...analyseFamily(input(scored)) }),
    view: () => ({ ...about, ...analyseFamilyView(input()) }),
  };
}

export function analysisGroups(engagement: Engagement): AnalysisGroup[] {
  return engagement.groups.map((group) => ({
    id: group.id,
    name: group.name,
    kind: group.kind,
    invited: group.invited ?? null,
  }));
}

interface FamilyOption {
  choice: GapFamilyChoice;
  /** Leading version first: staff before customer versions, more respondents first. */
  versions: LoadedVersion[];
  hasStaff: boolean;
}

/**
 * The engagement's instrument families. A version whose answer scale differs from the leading
 * version's cannot be compared with it and forms its own choice.
 */
function familiesOf(
  engagement: Engagement,
  versions: LoadedVersion[],
  counts: RespondentCount[],
): FamilyOption[] {
  const threshold = effectiveAnonymityThreshold(engagement.anonymityThreshold);
  const byFamily = new Map<string, LoadedVersion[]>();
  for (const version of versions) {
    const scale = version.instrument.scale;
    const key = `${version.instrument.family}|${scale.min}|${scale.max}`;
    byFamily.set(key, [...(byFamily.get(key) ?? []), version]);
  }
  const taken = new Set<string>();
  return [...byFamily.values()].map((members): FamilyOption => {
    const ordered = [...members].sort(
      (a, b) =>
        audienceOrder(a) - audienceOrder(b) ||
        b.summary.engagementRespondents - a.summary.engagementRespondents ||
        a.summary.id - b.summary.id,
    );
    const lead = ordered[0]!;
    // Two choices of one family (different scales) still need distinct ids.
    let family = lead.instrument.family;
    for (let n = 2; taken.has(family); n++) family = `${lead.instrument.family}~${n}`;
    taken.add(family);
    const ids = new Set(ordered.map((version) => version.summary.id));
    // Respondents that may be shown: cells (group × version) that reach the threshold.
    const respondents = counts
      .filter((count) => ids.has(count.instrumentId) && count.respondents >= threshold)
      .reduce((sum, count) => sum + count.respondents, 0);
    return {
      choice: {
        family,
        name: lead.instrument.name,
        versions: ordered.map(versionDto),
        respondents,
      },
      versions: ordered,
      hasStaff: ordered.some((version) => version.instrument.audience === 'staff'),
    };
  });
}

function audienceOrder(version: LoadedVersion): number {
  return version.instrument.audience === 'staff' ? 0 : 1;
}

function versionDto({ summary, instrument }: LoadedVersion): GapVersionDto {
  return {
    instrumentId: summary.id,
    key: summary.key,
    version: summary.version,
    name: instrument.name,
    audience: instrument.audience,
  };
}

function chooseFamily(
  families: FamilyOption[],
  request: GapAnalysisRequest,
): FamilyOption | undefined {
  const { instrumentId, family } = request;
  if (instrumentId !== undefined) {
    return families.find((option) =>
      option.versions.some((version) => version.summary.id === instrumentId),
    );
  }
  if (family !== undefined) return families.find((option) => option.choice.family === family);
  return defaultFamily(families);
}

/** The family with the most respondents that may be shown, one with a staff version first. */
function defaultFamily(families: FamilyOption[]): FamilyOption | undefined {
  return [...families].sort(
    (a, b) =>
      Number(b.choice.respondents > 0) - Number(a.choice.respondents > 0) ||
      Number(b.hasStaff) - Number(a.hasStaff) ||
      b.choice.respondents - a.choice.respondents,
  )[0];
}
