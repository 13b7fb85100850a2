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
import type { Language } from '../questionnaire/instrument';
import type { DotChartSpec } from './chart-spec';
import type { ReportData, ReportGap, ReportGaps } from './data';
import { listJoin, num, whole } from './format';

const quoted = (text: string) => `‘${text}’`;
const score = (value: number | null | undefined, language: Language) =>
  num(value, language, SCALE_DIGITS);

/** A difference on the answer scale as printed: "1,35 punt" / "1.35 points". */
export function points(value: number, language: Language): string {
  const text = num(Math.abs(value), language, SCALE_DIGITS);
  if (language === 'nl') return `${text} punt`;
  return roundTo(Math.abs(value)) === 1 ? `${text} point` : `${text} points`;
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
  if (language === 'nl') return count === total ? `alle ${total}` : `${count} van de ${total}`;
  return count === total ? `all ${total}` : `${count} of the ${total}`;
}

/**
 * The mirror in one sentence with its numbers: "Klanten geven Bakkerij Van Dam gemiddeld 2,95;
 * de eigen groepen geven zichzelf 3,80 (Productie) en 3,41 (Verkoop). …"
 */
export function mirrorSentence(data: ReportData, mirror: Mirror): string {
  const { language, clientName } = data;
  const nl = language === 'nl';
  const own = listJoin(
    mirror.staff.map((profile) => `${score(profile.overall, language)} (${profile.name})`),
    language,
  );
  const basis =
    mirror.linkedStatements !== null
      ? nl
        ? ` (op de ${mirror.linkedStatements} stellingen die beide vragenlijsten delen)`
        : ` (on the ${mirror.linkedStatements} statements both questionnaires share)`
      : '';
  const first = nl
    ? `${mirror.customer.name} geven ${clientName} gemiddeld ${score(mirror.customer.overall, language)}; de eigen groepen geven zichzelf ${own}${basis}.`
    : `${mirror.customer.name} give ${clientName} ${score(mirror.customer.overall, language)} on average; the client's own groups give themselves ${own}${basis}.`;
  const lower =
    mirror.lowerEverywhere > 0
      ? nl
        ? ` ${mirror.customer.name} scoren lager dan elke eigen groep op ${ofAll(mirror.lowerEverywhere, mirror.dimensionCount, language)} dimensies.`
        : ` ${mirror.customer.name} score below every one of the client's groups on ${ofAll(mirror.lowerEverywhere, mirror.dimensionCount, language)} dimensions.`
      : '';
  const largest = mirror.supported[0];
  const finding = largest
    ? nl
      ? ` Groot en statistisch onderbouwd is het verschil met ${mirror.customer.name} in ${mirror.supported.length === 1 ? 'één geval' : `${mirror.supported.length} gevallen`} (groep × dimensie); het grootst: ${largest.group} schat ${quoted(largest.dimension)} ${points(largest.diff, language)} hoger in dan ${mirror.customer.name}.`
      : ` The difference from ${mirror.customer.name} is large and statistically supported in ${mirror.supported.length === 1 ? 'one case' : `${mirror.supported.length} cases`} (group × dimension); the largest: ${largest.group} rate ${quoted(largest.dimension)} ${points(largest.diff, language)} higher than ${mirror.customer.name} do.`
    : nl
      ? ' Geen van die verschillen is zowel groot als statistisch onderbouwd.'
      : ' None of these differences is both large and statistically supported.';
  return `${first}${lower}${finding}`;
}

/** Without customer responses the summary says so, and leads with the internal gaps. */
export function noMirrorSentence(language: Language): string {
  return language === 'nl'
    ? 'Er zijn geen antwoorden van klanten die getoond kunnen worden, dus ontbreekt de spiegel van hoe klanten de organisatie zien; deze samenvatting begint bij de verschillen binnen de organisatie.'
    : 'There are no customer responses that can be shown, so the mirror of how customers see the organisation is missing; this summary starts with the differences within the organisation.';
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
  const nl = language === 'nl';
  if (!data.gaps || data.gaps.profiles.filter((p) => p.kind !== 'customer').length < 2) return null;
  const [gap, ...tied] = internalGaps(data);
  if (!gap) {
    return nl
      ? 'Tussen de eigen groepen is geen verschil zowel groot als statistisch onderbouwd.'
      : 'Between the client’s own groups no difference is both large and statistically supported.';
  }
  const also =
    tied.length > 0
      ? nl
        ? ` Even groot: ${listJoin(
            tied.map(
              (other) => `${other.higher} tegen ${other.lower} op ${quoted(other.dimension)}`,
            ),
            language,
          )}.`
        : ` Equally large: ${listJoin(
            tied.map(
              (other) => `${other.higher} against ${other.lower} on ${quoted(other.dimension)}`,
            ),
            language,
          )}.`
      : '';
  return nl
    ? `Binnen de organisatie is de grootste onderbouwde kloof die tussen ${gap.higher} en ${gap.lower} op ${quoted(gap.dimension)}: ${score(gap.meanHigher, language)} tegen ${score(gap.meanLower, language)}, een verschil van ${points(gap.diff, language)}.${also}`
    : `Within the organisation the largest supported gap is between ${gap.higher} and ${gap.lower} on ${quoted(gap.dimension)}: ${score(gap.meanHigher, language)} against ${score(gap.meanLower, language)}, a difference of ${points(gap.diff, language)}.${also}`;
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
  const nl = language === 'nl';
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
  const opening = nl
    ? `${leader} vinden ${listJoin(top, language)} het belangrijkst.`
    : `${leader} consider ${listJoin(top, language)} most important.`;
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
      nl
        ? `${group.name} op plaats ${rank(first.rank[index])}`
        : `${group.name} ranks it ${rank(first.rank[index])}`,
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
  return nl
    ? `${opening} ${quoted(first.name)} staat bij ${places}; de rangcorrelatie van hun rangorde met die van ${leader} is ${listJoin(rhos, language)} (Spearman ρ).`
    : `${opening} Of ${quoted(first.name)}, ${places}; the rank correlation of their order with that of ${leader} is ${listJoin(rhos, language)} (Spearman ρ).`;
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
  const customer = data.questionnaire?.audience === 'customer';
  if (data.language === 'nl') return customer ? 'Klanten' : 'Medewerkers';
  return customer ? 'Customers' : 'Staff';
}

/** Titles that state the conclusion of a chart, drafted from the data (the consultant edits). */
export const actionTitles = {
  mirror(data: ReportData, mirror: Mirror): string {
    const nl = data.language === 'nl';
    if (mirror.lowerEverywhere > 0) {
      return nl
        ? `${mirror.customer.name} zien de organisatie op ${ofAll(mirror.lowerEverywhere, mirror.dimensionCount, data.language)} dimensies lager dan elke eigen groep`
        : `${mirror.customer.name} see the organisation lower than every one of its groups on ${ofAll(mirror.lowerEverywhere, mirror.dimensionCount, data.language)} dimensions`;
    }
    return nl
      ? `Hoe ${mirror.customer.name} en de eigen groepen de organisatie zien, per dimensie`
      : `How ${mirror.customer.name} and the organisation's own groups see it, per dimension`;
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
    return language === 'nl'
      ? `${audienceWord(data)} scoren het hoogst op ${quoted(best.name)} (${score(best.mean, language)}) en het laagst op ${quoted(worst.name)} (${score(worst.mean, language)})`
      : `${audienceWord(data)} score highest on ${quoted(best.name)} (${score(best.mean, language)}) and lowest on ${quoted(worst.name)} (${score(worst.mean, language)})`;
  },

  groupProfiles(data: ReportData): string | null {
    if (!data.gaps) return null;
    const { language } = data;
    const nl = language === 'nl';
    const widest = widestSpreads(data);
    const first = widest[0];
    if (!first) {
      return nl
        ? 'De groepen verschillen op geen enkele dimensie aantoonbaar'
        : 'The groups differ demonstrably on no dimension';
    }
    const names = listJoin(
      widest.map((spread) => quoted(spread.name)),
      language,
    );
    return nl
      ? `De groepen lopen het verst uiteen op ${names}: ${points(first.spread, language)} tussen hoogste en laagste`
      : `The groups differ most on ${names}: ${points(first.spread, language)} between highest and lowest`;
  },

  largestGaps(data: ReportData): string | null {
    const gap = data.gaps?.largest[0];
    if (!gap) return null;
    const { language } = data;
    return language === 'nl'
      ? `${gap.higher} en ${gap.lower} verschillen het meest op ${quoted(gap.dimension)}: ${score(gap.meanHigher, language)} tegen ${score(gap.meanLower, language)}`
      : `${gap.higher} and ${gap.lower} differ most on ${quoted(gap.dimension)}: ${score(gap.meanHigher, language)} against ${score(gap.meanLower, language)}`;
  },

  blindSpots(data: ReportData, customer: string): string {
    const { language } = data;
    const nl = language === 'nl';
    const rows = (data.gaps?.blindSpots ?? [])
      .filter((report) => report.customer === customer)
      .flatMap((report) =>
        report.rows
          .filter((row) => row.notable && row.direction === 'blindSpot' && row.diff !== null)
          .map((row) => ({ group: report.group, dimension: row.dimension, diff: row.diff! })),
      )
      .sort((a, b) => b.diff - a.diff);
    const largest = rows[0];
    if (!largest) {
      return nl
        ? `Geen onderbouwde blinde vlek tegenover ${customer}`
        : `No supported blind spot against ${customer}`;
    }
    return nl
      ? `Grootste blinde vlek: ${largest.group} schat ${quoted(largest.dimension)} ${points(largest.diff, language)} hoger in dan ${customer}`
      : `Largest blind spot: ${largest.group} rate ${quoted(largest.dimension)} ${points(largest.diff, language)} higher than ${customer} do`;
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
    return data.language === 'nl'
      ? `${group} vinden ${quoted(first.name)} het belangrijkst`
      : `${group} consider ${quoted(first.name)} most important`;
  },

  ipa(data: ReportData, grid: NonNullable<ReportGaps['needs']>['ipa'][number]): string {
    const focus = grid.needs
      .filter((need) => need.quadrant === 'concentrateHere')
      .map((need) => quoted(need.name));
    const nl = data.language === 'nl';
    if (focus.length === 0) {
      return nl
        ? `Volgens ${grid.group} vraagt geen behoefte om extra inzet: belangrijk én laag beoordeeld is er geen`
        : `According to ${grid.group} no need calls for extra effort: none is both important and rated low`;
    }
    const quadrant = IPA_QUADRANT_NAMES.concentrateHere[data.language];
    return nl
      ? `${quoted(quadrant)} volgens ${grid.group}: ${listJoin(focus, data.language)} (belangrijk, prestatie laag)`
      : `${quoted(quadrant)} according to ${grid.group}: ${listJoin(focus, data.language)} (important, performance low)`;
  },

  themeCounts(data: ReportData): string | null {
    const theme = data.interviews.themes
      .filter((candidate) => candidate.parentId === null && candidate.quoteCount > 0)
      .sort((a, b) => b.quoteCount - a.quoteCount)[0];
    if (!theme) return null;
    return data.language === 'nl'
      ? `${quoted(theme.name)} kwam in de gesprekken het vaakst terug (${theme.quoteCount} citaten)`
      : `${quoted(theme.name)} came up most often in the interviews (${theme.quoteCount} quotes)`;
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
      if (!largest) {
        return data.language === 'nl'
          ? 'Geen verschil tussen de groepen is groot én onderbouwd'
          : 'No difference between the groups is both large and supported';
      }
      return data.language === 'nl'
        ? `${largest.higher} en ${largest.lower} kijken het verst uiteen op ${quoted(largest.dimension)}`
        : `${largest.higher} and ${largest.lower} see ${quoted(largest.dimension)} most differently`;
    }
    case 'needs':
      return actionTitles.needsImportance(data);
    case 'interviews':
      return actionTitles.themeCounts(data);
  }
}
