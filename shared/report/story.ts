/**
 * The report's storyline, answer first: the mirror (how the customers see the client against how
 * the client's own groups see it), the largest supported gap inside the organisation, how far the
 * groups agree on what customers need, and the titles that state each chart's and section's
 * conclusion. The summary, the action titles and the workshop deck all take their sentences from
 * here, so the same finding reads the same everywhere.
 *
 * Only what the data support is called a finding: a difference is "notable" only when it is large
 * and supported after Holm's correction (shared/gaps); nothing is concluded from a norm that is
 * illustrative; means are printed with two decimals and a difference is that of the printed means.
 */
import { IPA_QUADRANT_NAMES } from '../gaps/ipa';
import { roundTo, SCALE_DIGITS, shownDifference } from '../i18n/format';
import { fill, plural } from '../i18n/texts';
import type { Language } from '../questionnaire/instrument';
import type { DotChartSpec } from './chart-spec';
import type { ReportData, ReportGap, ReportGaps } from './data';
import { listJoin, num, whole } from './format';
import { reportText } from './texts';

const quoted = (text: string) => `‘${text}’`;
const score = (value: number | null | undefined, language: Language) =>
  num(value, language, SCALE_DIGITS);

/** A difference on the answer scale as printed: "1,35 punt" / "1.35 points". */
export function points(value: number, language: Language): string {
  return pointsOf(roundTo(Math.abs(value)), value, language);
}

/** "1,35 punt" / "1.35 points", the plural form chosen by `count` (the difference as judged). */
export function pointsOf(count: number, value: number, language: Language): string {
  const text = num(Math.abs(value), language, SCALE_DIGITS);
  return plural(language, reportText(language), 'points', count, { value: text });
}

type Profile = ReportGaps['profiles'][number];

export interface Mirror {
  customer: Profile;
  staff: Profile[];
  /** Staff and customers answered their own versions: compared on the linked statements. */
  linkedStatements: number | null;
  /** Dimensions (as printed) on which the customers score below every one of the staff groups. */
  lowerEverywhere: number;
  dimensionCount: number;
  /** Notable (large and supported) blind spots: internal group higher than the customers. */
  supported: { group: string; dimension: string; diff: number }[];
}

/** The mirror, or null when no customers answered (or no staff group can be shown beside them). */
export function mirrorOf(data: ReportData): Mirror | null {
  const gaps = data.gaps;
  if (!gaps) return null;
  const customer = gaps.profiles.find((profile) => profile.kind === 'customer');
  const staff = gaps.profiles.filter((profile) => profile.kind !== 'customer');
  if (!customer || staff.length === 0) return null;
  let lowerEverywhere = 0;
  gaps.dimensions.forEach((_, index) => {
    const own = customer.dimensions[index];
    if (own === null || own === undefined) return;
    const others = staff.map((profile) => profile.dimensions[index]);
    if (
      others.every(
        (value) => value !== null && value !== undefined && roundTo(own) < roundTo(value),
      )
    ) {
      lowerEverywhere++;
    }
  });
  const supported = gaps.blindSpots
    .filter((report) => report.customer === customer.name)
    .flatMap((report) =>
      report.rows
        .filter((row) => row.notable && row.direction === 'blindSpot' && row.diff !== null)
        .map((row) => ({ group: report.group, dimension: row.dimension, diff: row.diff! })),
    )
    .sort((a, b) => b.diff - a.diff);
  return {
    customer,
    staff,
    linkedStatements: gaps.commonBasis.kind === 'linked' ? gaps.commonBasis.statements : null,
    lowerEverywhere,
    dimensionCount: gaps.dimensions.length,
    supported,
  };
}

/**
 * Groups side by side per dimension, each in its own colour and marker: the one chart spec of the
 * mirror, the groups per dimension and the deck's kitchen-versus-floor slide.
 */
export function groupsChart(
  gaps: ReportGaps,
  profiles: readonly Profile[],
  axisLabel: string,
): DotChartSpec {
  return {
    type: 'dots',
    categories: gaps.dimensions.map((dimension) => dimension.name),
    series: profiles.map((profile) => ({
      name: profile.name,
      values: profile.dimensions,
      style: { colour: profile.style.colour, shape: profile.style.shape },
    })),
    min: gaps.scale.min,
    max: gaps.scale.max,
    axisLabel,
  };
}

/** "6 van de 6" / "all 6" style counts. */
function ofAll(count: number, total: number, language: Language): string {
  const words = reportText(language).ofAll;
  return fill(count === total ? words.all : words.some, { count, total });
}

/**
 * The mirror in one sentence with its numbers: "Klanten geven Bakkerij Van Dam gemiddeld 2,95;
 * de eigen groepen geven zichzelf 3,80 (Productie) en 3,41 (Verkoop). …"
 */
export function mirrorSentence(data: ReportData, mirror: Mirror): string {
  const { language, clientName } = data;
  const words = reportText(language).mirror;
  const customer = mirror.customer.name;
  const own = listJoin(
    mirror.staff.map((profile) => `${score(profile.overall, language)} (${profile.name})`),
    language,
  );
  const basis =
    mirror.linkedStatements !== null
      ? fill(words.basis, { statements: mirror.linkedStatements })
      : '';
  const first = fill(words.first, {
    customer,
    client: clientName,
    score: score(mirror.customer.overall, language),
    own,
    basis,
  });
  const lower =
    mirror.lowerEverywhere > 0
      ? ` ${fill(words.lower, { customer, ofAll: ofAll(mirror.lowerEverywhere, mirror.dimensionCount, language) })}`
      : '';
  const largest = mirror.supported[0];
  const finding = largest
    ? fill(words.finding, {
        customer,
        cases: plural(language, words, 'cases', mirror.supported.length),
        group: largest.group,
        dimension: quoted(largest.dimension),
        points: points(largest.diff, language),
      })
    : words.noFinding;
  return `${first}${lower} ${finding}`;
}

/** Without customer responses the summary says so, and leads with the internal gaps. */
export function noMirrorSentence(language: Language): string {
  return reportText(language).mirror.none;
}

/** The largest notable gaps between two of the client's own groups (customers left out). */
export function internalGaps(data: ReportData): ReportGap[] {
  const gaps = data.gaps;
  if (!gaps) return [];
  const customer = new Set(
    gaps.profiles.filter((profile) => profile.kind === 'customer').map((profile) => profile.name),
  );
  const internal = gaps.largest.filter(
    (gap) => !customer.has(gap.higher) && !customer.has(gap.lower),
  );
  const top = internal[0];
  return top ? internal.filter((gap) => roundTo(gap.diff) === roundTo(top.diff)) : [];
}

/** "De grootste onderbouwde kloof binnen de organisatie: …" with both means. */
export function internalGapSentence(data: ReportData): string | null {
  const { language } = data;
  const words = reportText(language).internalGap;
  if (!data.gaps || data.gaps.profiles.filter((p) => p.kind !== 'customer').length < 2) return null;
  const [gap, ...tied] = internalGaps(data);
  if (!gap) return words.none;
  const also =
    tied.length > 0
      ? ` ${fill(words.tied, {
          pairs: listJoin(
            tied.map((other) =>
              fill(words.tiedPair, {
                higher: other.higher,
                lower: other.lower,
                dimension: quoted(other.dimension),
              }),
            ),
            language,
          ),
        })}`
      : '';
  const largest = fill(words.largest, {
    higher: gap.higher,
    lower: gap.lower,
    dimension: quoted(gap.dimension),
    meanHigher: score(gap.meanHigher, language),
    meanLower: score(gap.meanLower, language),
    points: points(gap.diff, language),
  });
  return `${largest}${also}`;
}

/**
 * How far the groups agree on what customers need: the customers' (or else the first group's)
 * three most important needs, where each other group ranks the first of them, and the rank
 * correlation with each. Facts only: no verdict on "agreement" beyond the figures.
 */
export function needsAgreementSentence(data: ReportData): string | null {
  const needs = data.gaps?.needs;
  if (!needs || needs.groups.length === 0) return null;
  const { language } = data;
  const words = reportText(language).needsAgreement;
  const customerIndex = needs.groups.findIndex(
    (group) =>
      data.gaps?.profiles.find((profile) => profile.name === group.name)?.kind === 'customer',
  );
  const lead = customerIndex >= 0 ? customerIndex : 0;
  const leader = needs.groups[lead]!.name;
  const ordered = needs.rankings
    .filter((ranking) => ranking.rank[lead] !== null && ranking.rank[lead] !== undefined)
    .sort((a, b) => (a.rank[lead] ?? 0) - (b.rank[lead] ?? 0));
  const top = ordered.slice(0, 3).map((ranking) => quoted(ranking.name));
  const first = ordered[0];
  if (!first) return null;
  const opening = fill(words.opening, { leader, needs: listJoin(top, language) });
  const rank = (value: number | null | undefined) =>
    value === null || value === undefined
      ? '–'
      : Number.isInteger(value)
        ? whole(value, language)
        : num(value, language, 1);
  const others = needs.groups
    .map((group, index) => ({ group, index }))
    .filter(({ index }) => index !== lead);
  if (others.length === 0) return opening;
  const places = listJoin(
    others.map(({ group, index }) =>
      fill(words.place, { group: group.name, rank: rank(first.rank[index]) }),
    ),
    language,
  );
  const rhos = others.map(({ group }) => {
    const pair = needs.correlations.find(
      (candidate) =>
        (candidate.a === leader && candidate.b === group.name) ||
        (candidate.b === leader && candidate.a === group.name),
    );
    return num(pair?.rho, language, 2);
  });
  return fill(words.places, {
    opening,
    need: quoted(first.name),
    places,
    leader,
    rhos: listJoin(rhos, language),
  });
}

export interface Spread {
  name: string;
  high: number;
  low: number;
  /** Highest minus lowest group mean, as printed. */
  spread: number;
  omega: number | null;
}

/**
 * The dimensions on which the groups lie furthest apart (highest minus lowest mean as printed),
 * counting only dimensions where Welch's ANOVA supports a difference; ties are all returned.
 */
export function widestSpreads(data: ReportData): Spread[] {
  const gaps = data.gaps;
  if (!gaps) return [];
  const spreads: Spread[] = [];
  gaps.dimensions.forEach((dimension, index) => {
    const anova = gaps.anova.find((row) => !row.overall && row.dimension === dimension.name);
    if (!anova?.supported) return;
    const shown = gaps.profiles
      .map((profile) => profile.dimensions[index])
      .filter((value): value is number => value !== null && value !== undefined);
    if (shown.length < 2) return;
    const high = Math.max(...shown);
    const low = Math.min(...shown);
    spreads.push({
      name: dimension.name,
      high,
      low,
      spread: shownDifference(high, low),
      omega: anova.omegaSquared,
    });
  });
  const top = Math.max(...spreads.map((spread) => spread.spread));
  return spreads.filter((spread) => spread.spread === top);
}

/** Whose questionnaire scores these are: "medewerkers" / "staff", "klanten" / "customers". */
function audienceWord(data: ReportData): string {
  const audience = reportText(data.language).audience;
  return data.questionnaire?.audience === 'customer' ? audience.customer : audience.staff;
}

/** Titles that state the conclusion of a chart, drafted from the data (the consultant edits). */
export const actionTitles = {
  mirror(data: ReportData, mirror: Mirror): string {
    const titles = reportText(data.language).titles;
    const customer = mirror.customer.name;
    if (mirror.lowerEverywhere > 0) {
      const all = ofAll(mirror.lowerEverywhere, mirror.dimensionCount, data.language);
      return fill(titles.mirrorLower, { customer, ofAll: all });
    }
    return fill(titles.mirror, { customer });
  },

  dimensionScores(data: ReportData): string | null {
    const q = data.questionnaire;
    if (!q) return null;
    const ranked = q.dimensions
      .filter((dimension) => dimension.mean !== null)
      .sort((a, b) => (b.mean ?? 0) - (a.mean ?? 0));
    const best = ranked[0];
    const worst = ranked.at(-1);
    if (!best || !worst || roundTo(best.mean!) === roundTo(worst.mean!)) return null;
    const { language } = data;
    return fill(reportText(language).titles.dimensionScores, {
      audience: audienceWord(data),
      best: quoted(best.name),
      bestScore: score(best.mean, language),
      worst: quoted(worst.name),
      worstScore: score(worst.mean, language),
    });
  },

  groupProfiles(data: ReportData): string | null {
    if (!data.gaps) return null;
    const { language } = data;
    const titles = reportText(language).titles;
    const widest = widestSpreads(data);
    const first = widest[0];
    if (!first) return titles.groupProfilesNone;
    const names = listJoin(
      widest.map((spread) => quoted(spread.name)),
      language,
    );
    return fill(titles.groupProfiles, { names, points: points(first.spread, language) });
  },

  largestGaps(data: ReportData): string | null {
    const gap = data.gaps?.largest[0];
    if (!gap) return null;
    const { language } = data;
    return fill(reportText(language).titles.largestGaps, {
      higher: gap.higher,
      lower: gap.lower,
      dimension: quoted(gap.dimension),
      meanHigher: score(gap.meanHigher, language),
      meanLower: score(gap.meanLower, language),
    });
  },

  blindSpots(data: ReportData, customer: string): string {
    const { language } = data;
    const titles = reportText(language).titles;
    const rows = (data.gaps?.blindSpots ?? [])
      .filter((report) => report.customer === customer)
      .flatMap((report) =>
        report.rows
          .filter((row) => row.notable && row.direction === 'blindSpot' && row.diff !== null)
          .map((row) => ({ group: report.group, dimension: row.dimension, diff: row.diff! })),
      )
      .sort((a, b) => b.diff - a.diff);
    const largest = rows[0];
    if (!largest) return fill(titles.blindSpotsNone, { customer });
    return fill(titles.blindSpots, {
      group: largest.group,
      dimension: quoted(largest.dimension),
      points: points(largest.diff, language),
      customer,
    });
  },

  needsImportance(data: ReportData): string | null {
    const needs = data.gaps?.needs;
    if (!needs) return null;
    const index = Math.max(
      0,
      needs.groups.findIndex(
        (group) =>
          data.gaps?.profiles.find((profile) => profile.name === group.name)?.kind === 'customer',
      ),
    );
    const first = [...needs.rankings]
      .filter((ranking) => ranking.rank[index] !== null && ranking.rank[index] !== undefined)
      .sort((a, b) => (a.rank[index] ?? 0) - (b.rank[index] ?? 0))[0];
    if (!first) return null;
    const group = needs.groups[index]!.name;
    return fill(reportText(data.language).titles.needsImportance, {
      group,
      need: quoted(first.name),
    });
  },

  ipa(data: ReportData, grid: NonNullable<ReportGaps['needs']>['ipa'][number]): string {
    const focus = grid.needs
      .filter((need) => need.quadrant === 'concentrateHere')
      .map((need) => quoted(need.name));
    const titles = reportText(data.language).titles;
    if (focus.length === 0) return fill(titles.ipaNone, { group: grid.group });
    const quadrant = IPA_QUADRANT_NAMES.concentrateHere[data.language];
    return fill(titles.ipa, {
      quadrant: quoted(quadrant),
      group: grid.group,
      needs: listJoin(focus, data.language),
    });
  },

  themeCounts(data: ReportData): string | null {
    const theme = data.interviews.themes
      .filter((candidate) => candidate.parentId === null && candidate.quoteCount > 0)
      .sort((a, b) => b.quoteCount - a.quoteCount)[0];
    if (!theme) return null;
    return fill(reportText(data.language).titles.themeCounts, {
      theme: quoted(theme.name),
      quotes: theme.quoteCount,
    });
  },
};

/**
 * Section titles that state the section's conclusion where it has one (results, dimensions, gaps,
 * needs, interviews); the summary, method, recommendations and appendix keep their plain names.
 */
export function sectionActionTitle(
  data: ReportData,
  section: 'results' | 'dimensions' | 'gaps' | 'needs' | 'interviews',
): string | null {
  switch (section) {
    case 'results':
      return actionTitles.dimensionScores(data);
    case 'dimensions':
      return data.gaps ? actionTitles.groupProfiles(data) : null;
    case 'gaps': {
      if (!data.gaps) return null;
      const [gap] = internalGaps(data);
      const largest = gap ?? data.gaps.largest[0];
      const titles = reportText(data.language).titles;
      if (!largest) return titles.gapsNone;
      return fill(titles.gaps, {
        higher: largest.higher,
        lower: largest.lower,
        dimension: quoted(largest.dimension),
      });
    }
    case 'needs':
      return actionTitles.needsImportance(data);
    case 'interviews':
      return actionTitles.themeCounts(data);
  }
}
