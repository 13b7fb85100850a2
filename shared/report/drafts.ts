/**
 * Draft narratives: the text each section starts with, written from the data in the engagement's
 * language, for the consultant to edit. Plain text: paragraphs separated by a blank line, lines
 * starting with "- " become a bulleted list (see narrative.ts).
 *
 * Drafts state what the figures show and no more; interpretation is the consultant's.
 */
import { LOW_ALPHA } from '../questionnaire/results';
import type { InterviewKind } from '../interviews/model';
import type { Language } from '../questionnaire/instrument';
import { formatPercent, SCALE_DIGITS } from '../i18n/format';
import { fill, plural } from '../i18n/texts';
import type { ReportData, ReportGap } from './data';
import { interval, listJoin, num, period, whole } from './format';
import { NARRATIVE_SECTIONS, type SectionId } from './sections';
import {
  pointsOf,
  internalGapSentence,
  mirrorOf,
  mirrorSentence,
  needsAgreementSentence,
  noMirrorSentence,
  widestSpreads,
} from './story';
import { reportText } from './texts';
import { wordsFor } from './words';

type Draft = (data: ReportData) => string;

const paragraphs = (...parts: (string | null | undefined | false)[]) =>
  parts.filter((part): part is string => typeof part === 'string' && part.length > 0).join('\n\n');

const quoted = (text: string) => `‘${text}’`;

const draftText = (language: Language) => reportText(language).drafts;

/** A lead-in line and "- " items: items end in ";" and the last one in ".". */
function punctuateList(lines: string[]): string {
  const items = lines.filter((line) => line.startsWith('- '));
  const last = items.at(-1);
  return lines
    .map((line) => (line.startsWith('- ') ? `${line}${line === last ? '.' : ';'}` : line))
    .join('\n');
}

/** A difference on the answer scale as printed: two decimals, "1,35 punt" / "1.35 points". */
function points(value: number, language: Language): string {
  return pointsOf(Math.abs(value), value, language);
}

/** Two means as printed, the higher first: "(4,21 tegen 2,86)". */
function means(higher: number, lower: number, language: Language): string {
  return fill(draftText(language).means, {
    higher: num(higher, language, SCALE_DIGITS),
    lower: num(lower, language, SCALE_DIGITS),
  });
}

const onLinked = (gap: { linked: boolean }, language: Language) =>
  gap.linked ? `, ${draftText(language).linked}` : '';

/**
 * "De grootste kloof ligt tussen Productie en Verkoop op ‘X’: Productie scoort 1,35 punt hoger
 * (4,21 tegen 2,86)." Gaps that share the first place are all named.
 */
export function largestGapSentence(gaps: ReportGap[], language: Language): string {
  const words = draftText(language).largestGap;
  const first = gaps.filter((gap) => gap.rank === 1);
  if (first.length > 1) {
    const parts = first.map((gap) =>
      fill(words.tiedPair, {
        higher: gap.higher,
        lower: gap.lower,
        dimension: quoted(gap.dimension),
      }),
    );
    return fill(words.tied, {
      points: points(first[0]!.diff, language),
      pairs: listJoin(parts, language),
    });
  }
  const gap = first[0] ?? gaps[0]!;
  return fill(words.one, {
    higher: gap.higher,
    lower: gap.lower,
    dimension: quoted(gap.dimension),
    points: points(gap.diff, language),
    means: means(gap.meanHigher, gap.meanLower, language),
    linked: onLinked(gap, language),
  });
}

function gapLine(gap: ReportGap, language: Language): string {
  const words = draftText(language);
  return fill(words.gapLine, {
    higher: gap.higher,
    dimension: quoted(gap.dimension),
    points: points(gap.diff, language),
    lower: gap.lower,
    means: means(gap.meanHigher, gap.meanLower, language),
    linked: onLinked(gap, language),
    tie: gap.tied ? ` (${words.sharedPlace})` : '',
  });
}

interface CustomerGap {
  group: string;
  customer: string;
  dimension: string;
  /** |internal − customer| as printed. */
  diff: number;
  internal: number;
  customerMean: number;
  linked: boolean;
}

/**
 * The largest notable blind spot (internal group higher than the customers) or hidden strength
 * over all groups; only differences that are large and statistically supported count.
 */
function largestCustomerGap(
  data: ReportData,
  direction: 'blindSpot' | 'hiddenStrength',
): CustomerGap | null {
  let best: CustomerGap | null = null;
  for (const report of data.gaps?.blindSpots ?? []) {
    for (const row of report.rows) {
      if (row.direction !== direction || !row.notable || row.diff === null) continue;
      if (row.internal === null || row.customer === null) continue;
      const size = Math.abs(row.diff);
      if (!best || size > best.diff) {
        best = {
          group: report.group,
          customer: report.customer,
          dimension: row.dimension,
          diff: size,
          internal: row.internal,
          customerMean: row.customer,
          linked: report.linked,
        };
      }
    }
  }
  return best;
}

/** The customers' (or else the first group's) most important needs. */
function topNeeds(data: ReportData, count = 3): { group: string; needs: string[] } | null {
  const needs = data.gaps?.needs;
  if (!needs) return null;
  const customerIndex = needs.groups.findIndex(({ name }) =>
    data.groups.some((group) => group.name === name && group.kind === 'customer'),
  );
  const index = customerIndex >= 0 ? customerIndex : 0;
  const ordered = needs.rankings
    .filter((ranking) => ranking.rank[index] !== null && ranking.rank[index] !== undefined)
    .sort((a, b) => (a.rank[index] ?? 0) - (b.rank[index] ?? 0))
    .slice(0, count)
    .map((ranking) => ranking.name);
  return ordered.length > 0 ? { group: needs.groups[index]?.name ?? '', needs: ordered } : null;
}

function concentrateHere(data: ReportData): string[] {
  const grid = data.gaps?.needs?.ipa[0];
  return grid
    ? grid.needs.filter((need) => need.quadrant === 'concentrateHere').map((need) => need.name)
    : [];
}

function topThemes(data: ReportData, count = 3) {
  return data.interviews.themes
    .filter((theme) => theme.parentId === null && theme.quoteCount > 0)
    .sort((a, b) => b.quoteCount - a.quoteCount)
    .slice(0, count);
}

function interviewKindsSentence(data: ReportData): string {
  const words = wordsFor(data.language);
  const parts = Object.entries(data.interviews.byKind)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => words.kinds(kind as InterviewKind, count));
  return listJoin(parts, data.language);
}

function participationSentence(data: ReportData): string {
  const { language } = data;
  const words = draftText(language);
  const parts = data.groups.map((group) => {
    if (group.invited === null || group.responseRate === null) {
      return `${group.name} (${group.respondents})`;
    }
    return fill(words.participant, {
      group: group.name,
      respondents: group.respondents,
      invited: group.invited,
      rate: formatPercent(group.responseRate, language),
    });
  });
  if (parts.length === 0) return '';
  return fill(words.participation, { groups: listJoin(parts, language) });
}

/**
 * Answer first: the mirror (customers against the client's own groups, with the numbers), then
 * the largest supported gap inside the organisation, then how far the groups agree on what
 * customers need. The three decisions follow as a list from the recommendations (document.ts).
 * A norm is mentioned only when it is a real one: no conclusion rests on an illustrative norm.
 */
const summary: Draft = (data) => {
  const { language } = data;
  const q = data.questionnaire;
  const words = draftText(language);
  const mirror = mirrorOf(data);
  const opening = mirror
    ? mirrorSentence(data, mirror)
    : data.gaps || q
      ? noMirrorSentence(language)
      : fill(words.summary.noResults, { client: data.clientName });
  const themes = topThemes(data, 2);
  const themeLine =
    themes.length > 0
      ? plural(language, words.summary, 'themes', themes.length, {
          themes: listJoin(
            themes.map((theme) => quoted(theme.name)),
            language,
          ),
        })
      : null;
  const norm = q?.benchmark && !q.benchmark.illustrative ? q.benchmark.overall : null;
  const normLine =
    norm?.position && q?.overall.index100 !== null && q?.overall.index100 !== undefined
      ? fill(words.summary.norm, {
          audience: words.audienceOwn[q.audience === 'customer' ? 'customer' : 'staff'],
          index: whole(q.overall.index100, language),
          position: words.summary.position[norm.position],
          norm: q.benchmark!.name,
          percentile: whole(norm.percentile, language),
        })
      : null;
  return paragraphs(
    opening,
    internalGapSentence(data),
    needsAgreementSentence(data),
    themeLine,
    normLine,
  );
};

const method: Draft = (data) => {
  const { language } = data;
  const words = draftText(language).method;
  const q = data.questionnaire;
  const when = period(data.startDate, data.endDate, language);
  const withCustomers = data.groups.some((group) => group.kind === 'customer');
  const first = q
    ? fill(words.questionnaire, {
        when: when
          ? fill(words.between, { period: when.replace(' – ', words.periodJoin) })
          : words.during,
        who: withCustomers ? words.staffAndCustomers : words.staff,
        client: data.clientName,
        instrument: q.instrumentName,
        dimensions: q.dimensions.length,
        min: q.scale.min,
        max: q.scale.max,
      })
    : null;
  const interviews =
    data.interviews.total > 0
      ? fill(words.interviews, {
          total: data.interviews.total,
          kinds: interviewKindsSentence(data),
        })
      : null;
  return paragraphs(first, participationSentence(data), interviews);
};

const results: Draft = (data) => {
  const { language } = data;
  const q = data.questionnaire;
  if (!q) {
    return data.questionnaireWithheld
      ? wordsFor(language).questionnaireWithheld(data.anonymityThreshold)
      : wordsFor(language).noQuestionnaire;
  }
  const drafts = draftText(language);
  const words = drafts.results;
  const overall = fill(words.overall, {
    audience: drafts.audience[q.audience === 'customer' ? 'customer' : 'staff'],
    mean: num(q.overall.mean, language, SCALE_DIGITS),
    min: q.scale.min,
    max: q.scale.max,
    ci: interval(q.overall.ciLow, q.overall.ciHigh, language, SCALE_DIGITS),
    index: whole(q.overall.index100, language),
  });
  if (!q.benchmark) return overall;
  // Above or below only when the whole 95 % interval lies on that side of the norm.
  const above = q.dimensions.filter((d) => d.norm?.position === 'above').map((d) => quoted(d.name));
  const below = q.dimensions.filter((d) => d.norm?.position === 'below').map((d) => quoted(d.name));
  const comparison = [
    fill(words.normLead, { norm: q.benchmark.name }),
    above.length > 0 ? fill(words.above, { dimensions: listJoin(above, language) }) : null,
    below.length > 0 ? fill(words.below, { dimensions: listJoin(below, language) }) : null,
    above.length + below.length < q.dimensions.length ? words.level : null,
  ];
  return paragraphs(
    overall,
    punctuateList(comparison.filter((line): line is string => Boolean(line))),
  );
};

const dimensions: Draft = (data) => {
  const { language } = data;
  const words = draftText(language).dimensions;
  const gaps = data.gaps;
  if (!gaps) return words.introNoGroups;
  // Only a spread that Welch's ANOVA supports is named; dimensions that tie are all named.
  const widest = widestSpreads(data);
  const spread = widest[0];
  const names = listJoin(
    widest.map((entry) => quoted(entry.name)),
    language,
  );
  const anySupported = gaps.anova.some((row) => row.supported);
  return paragraphs(
    words.intro,
    spread
      ? widest.length > 1
        ? fill(words.spreadTied, { names, spread: num(spread.spread, language, SCALE_DIGITS) })
        : fill(words.spread, {
            names,
            low: num(spread.low, language, SCALE_DIGITS),
            high: num(spread.high, language, SCALE_DIGITS),
            omega: num(spread.omega, language, 2),
          })
      : anySupported
        ? null
        : words.noneSupported,
  );
};

const gapsDraft: Draft = (data) => {
  const { language } = data;
  const words = draftText(language).gaps;
  const gaps = data.gaps;
  if (!gaps) return wordsFor(language).noComparison;
  const rule = fill(words.rule, {
    diff: num(gaps.notableDiff, language, 2),
    g: num(gaps.absG, language, 1),
    p: num(gaps.significance, language, 2),
    tests: gaps.dimensionTests,
  });
  if (gaps.largest.length === 0) return paragraphs(words.noneNotable, rule);
  const rest = gaps.largest.filter((gap) => gap.rank !== 1).slice(0, 3);
  const blind = largestCustomerGap(data, 'blindSpot');
  const hidden = largestCustomerGap(data, 'hiddenStrength');
  const customerGap = (text: string, gap: CustomerGap, means: string) =>
    fill(text, {
      group: gap.group,
      customer: gap.customer,
      dimension: quoted(gap.dimension),
      points: points(gap.diff, language),
      means,
      linked: onLinked(gap, language),
    });
  return paragraphs(
    largestGapSentence(gaps.largest, language),
    rest.length > 0
      ? `${words.others}\n${rest.map((gap) => `- ${gapLine(gap, language)}`).join('\n')}`
      : null,
    blind
      ? customerGap(words.blindSpot, blind, means(blind.internal, blind.customerMean, language))
      : null,
    hidden
      ? customerGap(
          words.hiddenStrength,
          hidden,
          means(hidden.customerMean, hidden.internal, language),
        )
      : null,
    rule,
  );
};

const needs: Draft = (data) => {
  const { language } = data;
  const words = draftText(language).needs;
  const picture = data.gaps?.needs;
  if (!picture) return words.tooLittle;
  const top = topNeeds(data);
  const lowest = [...picture.correlations]
    .filter((pair) => pair.rho !== null)
    .sort((a, b) => (a.rho ?? 0) - (b.rho ?? 0))[0];
  const focus = concentrateHere(data);
  return paragraphs(
    words.intro,
    top ? fill(words.top, { group: top.group, needs: listJoin(top.needs, language) }) : null,
    lowest
      ? fill(words.leastAlike, { a: lowest.a, b: lowest.b, rho: num(lowest.rho, language, 2) })
      : null,
    focus.length > 0 ? fill(words.concentrate, { needs: listJoin(focus, language) }) : null,
  );
};

const interviews: Draft = (data) => {
  const { language } = data;
  if (data.interviews.total === 0) return wordsFor(language).noInterviews;
  const words = draftText(language).interviews;
  const themes = topThemes(data);
  const when = period(data.interviews.firstDate, data.interviews.lastDate, language);
  return paragraphs(
    fill(words.held, {
      total: data.interviews.total,
      when: when ? ` (${when})` : '',
      kinds: interviewKindsSentence(data),
    }),
    themes.length > 0
      ? fill(words.themes, {
          theme: quoted(themes[0]!.name),
          quotes: themes[0]!.quoteCount,
          followedBy:
            themes.length > 1
              ? `, ${fill(words.followedBy, {
                  themes: listJoin(
                    themes.slice(1).map((theme) => quoted(theme.name)),
                    language,
                  ),
                })}`
              : '',
        })
      : null,
  );
};

/** The recommendations themselves follow as structured blocks (recommendations.ts). */
const recommendations: Draft = (data) => draftText(data.language).recommendations;

const appendix: Draft = (data) => {
  const { language } = data;
  const words = draftText(language).appendix;
  const q = data.questionnaire;
  const low = q?.reliability.filter((entry) => entry.low).map((entry) => quoted(entry.name)) ?? [];
  return paragraphs(
    words.intro,
    low.length > 0
      ? fill(words.lowAlpha, {
          dimensions: listJoin(low, language),
          alpha: num(LOW_ALPHA, language, 1),
        })
      : null,
  );
};

const DRAFTS: Record<Exclude<SectionId, 'cover'>, Draft> = {
  summary,
  method,
  results,
  dimensions,
  gaps: gapsDraft,
  needs,
  interviews,
  recommendations,
  appendix,
};

/** The generated draft of every section with a narrative. */
export function draftNarratives(data: ReportData): Partial<Record<SectionId, string>> {
  return Object.fromEntries(
    NARRATIVE_SECTIONS.map((id) => [id, DRAFTS[id as Exclude<SectionId, 'cover'>](data)]),
  );
}

/** Fixed method notes for the appendix (not a narrative: facts about how Klantspiegel computes). */
export function methodNotes(data: ReportData): string[] {
  const { language } = data;
  const words = draftText(language).methodNotes;
  const q = data.questionnaire;
  const gaps = data.gaps;
  const notes: string[] = [];
  if (q) {
    const favourable = listJoin(
      q.favourableLabels.map((label) => `‘${label}’`),
      language,
    );
    notes.push(
      fill(words.scores, { min: q.scale.min, max: q.scale.max }),
      fill(words.favourable, { labels: favourable }),
      words.reliability,
    );
  }
  if (gaps) {
    notes.push(
      fill(words.tests, {
        dimensionTests: gaps.dimensionTests,
        statementTests: gaps.statementTests,
        diff: num(gaps.notableDiff, language, 2),
        g: num(gaps.absG, language, 1),
        p: num(gaps.significance, language, 2),
      }),
    );
    if (gaps.commonBasis.kind === 'linked') {
      const { statements, leftOut } = gaps.commonBasis;
      notes.push(
        fill(words.linked, {
          statements,
          leftOut: leftOut > 0 ? ` (${fill(words.leftOut, { count: leftOut })})` : '',
        }),
      );
    }
  }
  notes.push(
    fill(words.anonymity, {
      threshold: data.anonymityThreshold,
      pooled:
        q && q.pooledRespondents > 0
          ? ` ${fill(words.pooled, { count: q.pooledRespondents })}`
          : '',
    }),
  );
  return notes;
}
