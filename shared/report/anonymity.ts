/**
 * The report's anonymity rules, applied once when the workspace's data becomes report data:
 *
 * 1. A group below the anonymity threshold never appears: not its name, not its size, not its
 *    scores. The report only says how many groups were too small to show.
 * 2. Whole-sample figures still include those respondents (as everywhere in Klantspiegel), but the
 *    whole-sample size is left out when exactly one hidden group answered the questionnaire: the
 *    total minus the shown groups would give that group's size, and with it its mean.
 * 3. Quotes carry the anonymous attribution ("Klant, productiebedrijf"); a name only where the
 *    interview records that it may be shown. A quote from an interviewee in a hidden group is
 *    attributed only as "Medewerker"/"Klant": a role there would point at the few people in it.
 * 4. Interviews are counted per kind, never per group.
 */
import type { GroupKind } from '../engagements/model';
import { quoteAttribution } from '../interviews/attribution';
import { INTERVIEW_KINDS, type InterviewKind, type InterviewSummary } from '../interviews/model';
import { localized, type Instrument, type Language } from '../questionnaire/instrument';
import type { QuestionnaireResults } from '../questionnaire/results';
import type { GapAnalysis } from '../gaps/report';
import { NORM_OVERALL } from '../content/norms';
import type {
  ReportData,
  ReportGaps,
  ReportGroup,
  ReportInterviews,
  ReportQuestionnaire,
  ReportSource,
  ReportTheme,
} from './data';

const GENERIC_WHO: Record<Language, { customer: string; staff: string }> = {
  nl: { customer: 'Klant', staff: 'Medewerker' },
  en: { customer: 'Customer', staff: 'Employee' },
};

const CUSTOMER_INTERVIEWS: readonly InterviewKind[] = ['client-reflection', 'customer-interview'];

/** The ids of the groups that may be shown, and how many groups were too small. */
export function visibleGroups(source: ReportSource): {
  groups: ReportGroup[];
  hiddenIds: Set<number>;
} {
  const { engagement, gaps, results } = source;
  const hiddenIds = new Set<number>();
  const groups: ReportGroup[] = [];
  for (const group of engagement.groups) {
    const size = source.groupSizes[group.id] ?? 0;
    const gapStatus = gaps?.groups.find((status) => status.groupId === group.id);
    const resultStatus = results?.groups.find((status) => status.groupId === group.id);
    const belowThreshold = gapStatus
      ? gapStatus.reason === 'belowThreshold'
      : size > 0 && size < engagement.anonymityThreshold;
    if (belowThreshold || (resultStatus?.suppressed && size > 0)) {
      hiddenIds.add(group.id);
      continue;
    }
    const respondents = gapStatus?.shown ? gapStatus.respondents : resultStatus?.respondents;
    if (respondents !== null && respondents !== undefined && respondents > 0) {
      groups.push({ id: group.id, name: group.name, kind: group.kind, respondents });
    }
  }
  return { groups, hiddenIds };
}

/** Rule 2: may the whole-sample size of the results instrument be printed? */
export function mayShowTotal(source: ReportSource, hiddenIds: ReadonlySet<number>): boolean {
  const hiddenWithAnswers = [...hiddenIds].filter((id) => (source.groupSizes[id] ?? 0) > 0);
  return hiddenWithAnswers.length !== 1;
}

/** Rule 3: the attribution a quote gets in the report. */
export function reportAttribution(
  interview: Pick<
    InterviewSummary,
    'kind' | 'intervieweeRole' | 'organisation' | 'intervieweeName' | 'nameMayBeShown' | 'groupId'
  >,
  group: { name: string; kind: GroupKind } | null,
  hiddenIds: ReadonlySet<number>,
  language: Language,
): string {
  if (interview.groupId !== null && hiddenIds.has(interview.groupId)) {
    const isCustomer = group
      ? group.kind === 'customer'
      : CUSTOMER_INTERVIEWS.includes(interview.kind);
    return GENERIC_WHO[language][isCustomer ? 'customer' : 'staff'];
  }
  return quoteAttribution(interview, group, language);
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
  const showTotal = mayShowTotal(source, hiddenIds);
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
    anonymityThreshold: source.results?.anonymityThreshold ?? engagement.anonymityThreshold,
    groups,
    hiddenGroupCount: hiddenIds.size,
    questionnaire:
      source.results && source.instrument
        ? questionnaireData(source.results, source.instrument, language, showTotal)
        : null,
    gaps: source.gaps ? gapsData(source.gaps, language) : null,
    interviews: interviewsData(source, hiddenIds),
  };
}

function questionnaireData(
  results: QuestionnaireResults,
  instrument: Instrument,
  language: Language,
  showTotal: boolean,
): ReportQuestionnaire {
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
    scale: { min: instrument.scale.min, max: instrument.scale.max },
    respondents: showTotal ? results.total.respondents : null,
    overall: { mean: results.total.overall.mean, index100: results.total.overall100.mean },
    dimensions: results.total.dimensions.map((dimension) => {
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
        n: showTotal ? dimension.n : null,
        index100: dimension.index100,
        norm: norm ? { mean: norm.normMean, diff: norm.diff, percentile: norm.percentile } : null,
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
              }
            : null,
        }
      : null,
    items: results.total.items.map((item) => ({
      code: item.code,
      text: itemText.get(item.code) ?? item.code,
      dimension: item.dimension,
      reverse: item.reverse,
      n: showTotal ? item.n : null,
      mean: item.mean,
      sd: item.sd,
    })),
    reliability: results.reliability.map((entry) => ({
      code: entry.code,
      name: dimensionName(entry.code),
      items: entry.itemCodes.length,
      nComplete: showTotal ? entry.nComplete : null,
      alpha: entry.alpha,
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
function gapsData(gaps: GapAnalysis, language: Language): ReportGaps | null {
  if (gaps.profiles.length < 2) return null;
  const name = (code: string) => {
    const found = gaps.dimensions.find((dimension) => dimension.code === code);
    return found ? localized(found.name, language) : code;
  };
  const picture = gaps.needsPicture;
  return {
    basisKind: gaps.basis.kind,
    leftOutItems: gaps.basis.leftOutItems.length,
    notableDiff: gaps.thresholds.notableDiff,
    absG: gaps.thresholds.absG,
    scale: { min: gaps.thresholds.scaleMin, max: gaps.thresholds.scaleMax },
    dimensions: gaps.dimensions.map((dimension) => ({
      code: dimension.code,
      name: localized(dimension.name, language),
    })),
    profiles: gaps.profiles.map((profile) => ({
      name: profile.name,
      kind: profile.kind,
      respondents: profile.respondents,
      overall: profile.overall.mean,
      dimensions: profile.dimensions.map((summary) => summary.mean),
      sds: profile.dimensions.map((summary) => summary.sd),
    })),
    largest: gaps.largestGaps.map((gap) => ({
      dimension: localized(gap.label, language),
      higher: gap.higherName,
      lower: gap.lowerName,
      diff: gap.diff,
      ciLow: gap.ciLow,
      ciHigh: gap.ciHigh,
      g: gap.g,
      pHolm: gap.pHolm,
      notable: gap.notable,
    })),
    blindSpots: gaps.blindSpots.map((report) => {
      const internal = gaps.profiles.find((profile) => profile.groupId === report.groupId);
      const customer = gaps.profiles.find((profile) => profile.groupId === report.customerGroupId);
      return {
        group: report.name,
        customer: report.customerName,
        rows: report.dimensions.map((row, index) => ({
          dimension: name(row.code),
          internal: internal?.dimensions[index]?.mean ?? row.meanA,
          customer: customer?.dimensions[index]?.mean ?? row.meanB,
          diff: row.diff,
          direction: row.direction,
          notable: row.notable,
        })),
      };
    }),
    needs:
      picture.rankings.length > 0 && picture.groups.length > 0
        ? {
            groups: picture.groups.map((group) => group.name),
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
              importanceSplit: grid.importanceSplit,
              performanceSplit: grid.performanceSplit,
              needs: grid.needs.map((need) => ({
                name: localized(need.name, language),
                importance: need.importance,
                performance: need.performance,
                quadrant: need.quadrant,
              })),
            })),
            scale: { min: gaps.thresholds.scaleMin, max: gaps.thresholds.scaleMax },
          }
        : null,
  };
}

function interviewsData(source: ReportSource, hiddenIds: ReadonlySet<number>): ReportInterviews {
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
  const groupOf = new Map(engagement.groups.map((group) => [group.id, group]));
  const reportQuotes = quotes.flatMap((quote) => {
    const interview = interviewOf.get(quote.interviewId);
    if (!interview) return [];
    const group = interview.groupId === null ? null : (groupOf.get(interview.groupId) ?? null);
    return [
      {
        id: quote.id,
        text: quote.text,
        attribution: reportAttribution(interview, group, hiddenIds, language),
        themeIds: quote.themeIds,
        interviewKind: interview.kind,
      },
    ];
  });
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
