/**
 * The report's anonymity rules, applied once when the workspace's data becomes report data. The
 * figures themselves already follow shared/scoring/anonymity.ts (results and gap analysis leave
 * out groups below the threshold, whole-sample figures count only what is shown, every figure
 * rests on at least threshold answers); here:
 *
 * 1. A group below the anonymity threshold never appears: not its name, not its size, not its
 *    scores. The report only says how many groups were too small to show.
 * 2. A quote's attribution never narrows to fewer people than the threshold and never names
 *    another perspective than the speaker's. A name (with role and organisation) only where the
 *    interviewee allowed it; otherwise the group, when it is not hidden by rule 1 and stands for
 *    at least threshold people (invited, or else respondents); otherwise the perspective —
 *    "Klant" for customers, "Iemand uit de organisatie" for staff and management alike — when
 *    that has enough people; otherwise "Deelnemer". Role and organisation are not printed for
 *    anonymous speakers: a role ("Hoofd productie") can point at one person. Quotes from a small
 *    group are flagged so the consultant checks that their content does not give them away.
 * 3. Interviews are counted per kind, never per group.
 */
import { groupStyles, styleOf } from '../charts/group-style';
import type { GroupKind } from '../engagements/model';
import { INTERVIEW_KINDS, type InterviewKind, type InterviewSummary } from '../interviews/model';
import { localized, type Instrument, type Language } from '../questionnaire/instrument';
import type { QuestionnaireResults } from '../questionnaire/results';
import type { GapAnalysis, GapBasisDto } from '../gaps/report';
import { NORM_OVERALL } from '../content/norms';
import { fill } from '../i18n/texts';
import { reportText } from './texts';
import type {
  ReportData,
  ReportGaps,
  ReportGroup,
  ReportInterviews,
  ReportQuestionnaire,
  ReportQuote,
  ReportSource,
  ReportTheme,
} from './data';

const CUSTOMER_INTERVIEWS: readonly InterviewKind[] = ['client-reflection', 'customer-interview'];

/** The groups that may be shown, and the ids of those too small. */
export function visibleGroups(source: ReportSource): {
  groups: ReportGroup[];
  hiddenIds: Set<number>;
} {
  const { engagement, gaps, results } = source;
  const styles = groupStyles(engagement.groups);
  const hiddenIds = new Set<number>();
  const groups: ReportGroup[] = [];
  for (const group of engagement.groups) {
    const gapStatus = gaps?.groups.find((status) => status.groupId === group.id);
    const resultStatus = results?.groups.find((status) => status.groupId === group.id);
    const status = gapStatus?.shown ? gapStatus : undefined;
    const hidden = gapStatus?.reason === 'belowThreshold' || (resultStatus?.suppressed ?? false);
    if (hidden && !status) {
      hiddenIds.add(group.id);
      continue;
    }
    const respondents = status?.respondents ?? resultStatus?.respondents ?? null;
    if (respondents === null || respondents <= 0) continue;
    const participation = status ?? resultStatus;
    groups.push({
      id: group.id,
      name: group.name,
      kind: group.kind,
      respondents,
      invited: participation?.invited ?? null,
      responseRate: participation?.responseRate ?? null,
      marginOfError: participation?.marginOfError ?? null,
      style: styleOf(styles, group.id),
    });
  }
  return { groups, hiddenIds };
}

/** People a group stands for: its invited count when known, else its respondents. */
function populations(source: ReportSource): Map<number, number> {
  const respondents = new Map<number, number>();
  for (const group of source.results?.groups ?? []) {
    respondents.set(
      group.groupId,
      (respondents.get(group.groupId) ?? 0) + (group.respondents ?? 0),
    );
  }
  for (const group of source.gaps?.groups ?? []) {
    respondents.set(
      group.groupId,
      Math.max(respondents.get(group.groupId) ?? 0, group.respondents ?? 0),
    );
  }
  return new Map(
    source.engagement.groups.map((group) => [
      group.id,
      Math.max(group.invited ?? 0, respondents.get(group.id) ?? 0),
    ]),
  );
}

interface Speaker {
  groupId: number | null;
  /** Customer perspective when no group says otherwise. */
  customer: boolean;
}

/** Rule 2 for anonymous speakers: the narrowest label that still covers enough people. */
export function anonymousLabel(
  speaker: Speaker,
  source: ReportSource,
  language: Language,
): { label: string; fromSmallGroup: boolean } {
  const threshold = source.engagement.anonymityThreshold;
  const sizes = populations(source);
  const { hiddenIds } = visibleGroups(source);
  const who = reportText(language).attribution;
  const group = source.engagement.groups.find((candidate) => candidate.id === speaker.groupId);
  if (group && !hiddenIds.has(group.id) && (sizes.get(group.id) ?? 0) >= threshold) {
    return { label: group.name, fromSmallGroup: false };
  }
  const customer = group ? group.kind === 'customer' : speaker.customer;
  const perspective = source.engagement.groups
    .filter((candidate) => (candidate.kind === 'customer') === customer)
    .reduce((sum, candidate) => sum + (sizes.get(candidate.id) ?? 0), 0);
  const fromSmallGroup = group !== undefined;
  if (perspective >= threshold) {
    return { label: customer ? who.customer : who.staff, fromSmallGroup };
  }
  return { label: who.anyone, fromSmallGroup: true };
}

/** Rule 2: the attribution an interview quote gets in the report. */
export function reportAttribution(
  interview: Pick<
    InterviewSummary,
    'kind' | 'intervieweeRole' | 'organisation' | 'intervieweeName' | 'nameMayBeShown' | 'groupId'
  >,
  source: ReportSource,
): { label: string; fromSmallGroup: boolean } {
  const language = source.engagement.language;
  const name = interview.intervieweeName.trim();
  if (interview.nameMayBeShown && name) {
    const details = [interview.intervieweeRole.trim(), interview.organisation.trim()].filter(
      Boolean,
    );
    return {
      label: details.length > 0 ? `${name} (${details.join(', ')})` : name,
      fromSmallGroup: false,
    };
  }
  return anonymousLabel(
    { groupId: interview.groupId, customer: CUSTOMER_INTERVIEWS.includes(interview.kind) },
    source,
    language,
  );
}

/** Names of interviewees who did not allow their name: they must never be printed. */
export function privateNames(interviews: readonly InterviewSummary[]): string[] {
  const names = interviews
    .filter((interview) => !interview.nameMayBeShown)
    .map((interview) => interview.intervieweeName.trim())
    .filter((name) => name.length > 0);
  return [...new Set(names)];
}

/** Private names that occur in a text (e.g. one the consultant typed), for a warning. */
export function findPrivateNames(text: string, names: readonly string[]): string[] {
  const haystack = text.toLocaleLowerCase();
  return names.filter((name) => haystack.includes(name.toLocaleLowerCase()));
}

export function prepareReportData(source: ReportSource): ReportData {
  const { engagement } = source;
  const language = engagement.language;
  const { groups, hiddenIds } = visibleGroups(source);
  const results = source.results;
  const questionnaire =
    results?.total && source.instrument
      ? questionnaireData(results, source.instrument, language)
      : null;
  return {
    language,
    clientName: engagement.clientName,
    sector: engagement.sector,
    consultants: engagement.consultants,
    firmName: source.firmName,
    startDate: engagement.startDate,
    endDate: engagement.endDate,
    fieldwork: source.fieldwork,
    isSample: engagement.isSample,
    anonymityThreshold: results?.anonymityThreshold ?? engagement.anonymityThreshold,
    groups,
    hiddenGroupCount: hiddenIds.size,
    questionnaire,
    questionnaireWithheld: results !== null && questionnaire === null,
    gaps: source.gaps ? gapsData(source.gaps, language, engagement.groups) : null,
    interviews: interviewsData(source),
  };
}

function questionnaireData(
  results: QuestionnaireResults,
  instrument: Instrument,
  language: Language,
): ReportQuestionnaire | null {
  const total = results.total;
  if (!total) return null;
  const dimensionName = (code: string) => {
    const found = instrument.dimensions.find((dimension) => dimension.code === code);
    return found ? localized(found.name, language) : code;
  };
  const normRow = (code: string) =>
    results.benchmark?.rows.find((row) => row.dimension === code) ?? null;
  const itemText = new Map(
    instrument.items.map((item) => [item.code, localized(item.text, language)]),
  );
  const overallNorm = normRow(NORM_OVERALL);
  return {
    instrumentName: localized(instrument.name, language),
    audience: instrument.audience,
    scale: { min: instrument.scale.min, max: instrument.scale.max },
    favourableLabels: results.favourableDefinition.labels.map((label) =>
      localized(label, language),
    ),
    groups: results.groups.flatMap((group) =>
      !group.suppressed && !group.empty && group.respondents !== null && group.respondents > 0
        ? [{ name: group.name, respondents: group.respondents }]
        : [],
    ),
    respondents: total.respondents,
    pooledRespondents: results.pooledRespondents,
    overall: {
      mean: total.overall.mean,
      index100: total.overall100.mean,
      ciLow: total.overall.ciLow,
      ciHigh: total.overall.ciHigh,
    },
    dimensions: total.dimensions.map((dimension) => {
      const norm = normRow(dimension.code);
      const definition = instrument.dimensions.find(
        (candidate) => candidate.code === dimension.code,
      );
      return {
        code: dimension.code,
        name: dimensionName(dimension.code),
        description: definition?.description ? localized(definition.description, language) : null,
        mean: dimension.mean,
        sd: dimension.sd,
        ciLow: dimension.ciLow,
        ciHigh: dimension.ciHigh,
        n: dimension.n,
        index100: dimension.index100,
        favourable: dimension.favourable.share,
        norm: norm
          ? {
              mean: norm.normMean,
              diff: norm.diff,
              percentile: norm.percentile,
              position: norm.position,
            }
          : null,
      };
    }),
    benchmark: results.benchmark
      ? {
          name: localized(results.benchmark.name, language),
          illustrative: results.benchmark.illustrative,
          note: results.benchmark.note ? localized(results.benchmark.note, language) : null,
          overall: overallNorm
            ? {
                mean: overallNorm.normMean,
                diff: overallNorm.diff,
                percentile: overallNorm.percentile,
                position: overallNorm.position,
              }
            : null,
        }
      : null,
    items: total.items.map((item) => ({
      code: item.code,
      text: itemText.get(item.code) ?? item.code,
      dimension: item.dimension,
      reverse: item.reverse,
      n: item.n,
      mean: item.mean,
      sd: item.sd,
      favourable: item.favourable.share,
    })),
    reliability: results.reliability.map((entry) => ({
      code: entry.code,
      name: dimensionName(entry.code),
      items: entry.itemCodes.length,
      nComplete: entry.nComplete,
      alpha: entry.alpha,
      ciLow: entry.ciLow,
      ciHigh: entry.ciHigh,
      low: entry.low,
    })),
    tips: results.tips.map((entry) => ({
      dimension: entry.dimension,
      dimensionName: dimensionName(entry.dimension),
      index: entry.index,
      band: entry.band,
      tips: entry.tips.map((tip) => ({
        title: localized(tip.title, language),
        text: localized(tip.text, language),
      })),
    })),
  };
}

/** The gap analysis already leaves hidden groups out of everything but its `groups` list. */
function gapsData(
  gaps: GapAnalysis,
  language: Language,
  engagementGroups: readonly { id: number; kind: GroupKind }[],
): ReportGaps | null {
  if (gaps.profiles.length < 2) return null;
  const styles = groupStyles(engagementGroups);
  const name = (code: string) => {
    const found = gaps.dimensions.find((dimension) => dimension.code === code);
    return found ? localized(found.name, language) : code;
  };
  const basisOf = (id: string | null): GapBasisDto | undefined =>
    gaps.bases.find((basis) => basis.id === id);
  const common = basisOf(gaps.commonBasisId);
  const commonDimensions = gaps.dimensions.filter(
    (dimension) => common?.dimensionCodes.includes(dimension.code) ?? true,
  );
  const dimensionIndex = commonDimensions.map((dimension) =>
    gaps.dimensions.findIndex((candidate) => candidate.code === dimension.code),
  );
  const linked = (basisId: string) => basisOf(basisId)?.kind === 'linked';
  const picture = gaps.needsPicture;
  const profileStyle = (groupId: number) => styleOf(styles, groupId);
  return {
    commonBasis: {
      kind: common?.kind ?? 'version',
      statements: common?.statementIds.length ?? 0,
      leftOut: common?.leftOutStatements.length ?? 0,
    },
    dimensionTests: gaps.multiplicity.dimensionTests,
    statementTests: gaps.multiplicity.statementTests,
    notableDiff: gaps.thresholds.notableDiff,
    absG: gaps.thresholds.absG,
    significance: gaps.thresholds.significance,
    scale: { min: gaps.thresholds.scaleMin, max: gaps.thresholds.scaleMax },
    dimensions: commonDimensions.map((dimension) => ({
      code: dimension.code,
      name: localized(dimension.name, language),
    })),
    profiles: gaps.profiles.map((profile) => {
      const at = (index: number) => profile.common.dimensions[index] ?? null;
      return {
        name: profile.name,
        kind: profile.kind,
        style: profileStyle(profile.groupId),
        respondents: profile.respondents,
        overall: profile.common.overall.mean,
        dimensions: dimensionIndex.map((index) => at(index)?.mean ?? null),
        sds: dimensionIndex.map((index) => at(index)?.sd ?? null),
        ciLows: dimensionIndex.map((index) => at(index)?.ciLow ?? null),
        ciHighs: dimensionIndex.map((index) => at(index)?.ciHigh ?? null),
      };
    }),
    anova: gaps.anova.map((row) => ({
      dimension: row.code === 'overall' ? '' : name(row.code),
      overall: row.code === 'overall',
      groups: row.groups,
      f: row.f,
      df1: row.df1,
      df2: row.df2,
      pHolm: row.pHolm,
      omegaSquared: row.omegaSquared,
      supported: row.supported,
    })),
    largest: gaps.largestGaps.map((gap) => ({
      dimension: localized(gap.label, language),
      higher: gap.higherName,
      lower: gap.lowerName,
      meanHigher: gap.meanHigher,
      meanLower: gap.meanLower,
      diff: gap.diff,
      ciLow: gap.ciLow,
      ciHigh: gap.ciHigh,
      g: gap.g,
      pHolm: gap.pHolm,
      rank: gap.rank,
      tied: gap.tied,
      linked: linked(gap.basisId),
      statements: basisOf(gap.basisId)?.statementIds.length ?? 0,
    })),
    blindSpots: gaps.blindSpots.map((report) => ({
      group: report.name,
      customer: report.customerName,
      groupStyle: profileStyle(report.groupId),
      linked: linked(report.basisId),
      rows: report.dimensions.map((row) => ({
        dimension: name(row.code),
        internal: row.meanA,
        customer: row.meanB,
        diff: row.shownDiff,
        direction: row.direction,
        notable: row.notable,
        unsupported: row.large && !row.supported,
      })),
    })),
    needs:
      picture.rankings.length > 0 && picture.groups.length > 0
        ? {
            groups: picture.groups.map((group) => ({
              name: group.name,
              style: profileStyle(group.groupId),
            })),
            rankings: picture.rankings.map((ranking) => ({
              code: ranking.code,
              name: localized(ranking.name, language),
              importance: ranking.importance,
              rank: ranking.rank,
            })),
            correlations: picture.correlations.map((pair) => ({
              a: pair.nameA,
              b: pair.nameB,
              rho: pair.rho,
              needCount: pair.needCount,
            })),
            ipa: picture.ipa.map((grid) => ({
              group: grid.name,
              style: profileStyle(grid.groupId),
              importanceSplit: grid.importanceSplit,
              performanceSplit: grid.performanceSplit,
              needs: grid.needs.map((need) => ({
                name: localized(need.name, language),
                importance: need.importance,
                performance: need.performance,
                quadrant: need.quadrant,
              })),
            })),
            scale: { min: gaps.needsScale.min, max: gaps.needsScale.max },
          }
        : null,
  };
}

function interviewsData(source: ReportSource): ReportInterviews {
  const { engagement, interviews, quotes, themes } = source;
  const language = engagement.language;
  const byKind = Object.fromEntries(INTERVIEW_KINDS.map((kind) => [kind, 0])) as Record<
    InterviewKind,
    number
  >;
  for (const interview of interviews) byKind[interview.kind] += 1;
  const dates = interviews
    .map((interview) => interview.date)
    .filter((date): date is string => date !== null)
    .sort();
  const interviewOf = new Map(interviews.map((interview) => [interview.id, interview]));
  const interviewQuotes = quotes.flatMap((quote): ReportQuote[] => {
    const interview = interviewOf.get(quote.interviewId);
    if (!interview) return [];
    const { label, fromSmallGroup } = reportAttribution(interview, source);
    return [
      {
        key: `i:${quote.id}`,
        id: quote.id,
        text: quote.text,
        attribution: label,
        themeIds: quote.themeIds,
        source: 'interview',
        interviewKind: interview.kind,
        fromSmallGroup,
      },
    ];
  });
  const groupKind = new Map(engagement.groups.map((group) => [group.id, group.kind]));
  const openQuotes = source.openAnswerQuotes.map((answer): ReportQuote => {
    const { label, fromSmallGroup } = anonymousLabel(
      { groupId: answer.groupId, customer: groupKind.get(answer.groupId) === 'customer' },
      source,
      language,
    );
    return {
      key: `o:${answer.id}`,
      id: null,
      text: answer.text,
      attribution: fill(reportText(language).attribution.openAnswer, { label }),
      themeIds: answer.themeIds,
      source: 'openAnswer',
      interviewKind: null,
      fromSmallGroup,
    };
  });
  const reportQuotes = [...interviewQuotes, ...openQuotes];
  const childrenOf = (id: number) =>
    themes.filter((theme) => theme.parentId === id).map((t) => t.id);
  const reportThemes: ReportTheme[] = themes.map((theme) => {
    const family = new Set([theme.id, ...childrenOf(theme.id)]);
    return {
      id: theme.id,
      parentId: theme.parentId,
      name: theme.name,
      description: theme.description,
      quoteCount: reportQuotes.filter((quote) => quote.themeIds.some((id) => family.has(id)))
        .length,
      dimensions: theme.dimensions,
    };
  });
  return {
    total: interviews.length,
    byKind,
    firstDate: dates[0] ?? null,
    lastDate: dates.at(-1) ?? null,
    themes: reportThemes,
    quotes: reportQuotes,
  };
}
