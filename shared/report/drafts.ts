/**
 * Draft narratives: the text each section starts with, written from the data in the engagement's
 * language, for the consultant to edit. Plain text: paragraphs separated by a blank line, lines
 * starting with "- " become a bulleted list (see narrative.ts).
 *
 * Drafts state what the figures show and no more; interpretation is the consultant's.
 */
import { LOW_ALPHA } from '../questionnaire/results';
import type { Language } from '../questionnaire/instrument';
import { formatPercent, SCALE_DIGITS } from '../i18n/format';
import type { ReportData, ReportGap } from './data';
import { interval, listJoin, num, period, whole } from './format';
import { NARRATIVE_SECTIONS, type SectionId } from './sections';
import {
  internalGapSentence,
  mirrorOf,
  mirrorSentence,
  needsAgreementSentence,
  noMirrorSentence,
  widestSpreads,
} from './story';
import { wordsFor } from './words';

type Draft = (data: ReportData) => string;

const paragraphs = (...parts: (string | null | undefined | false)[]) =>
  parts.filter((part): part is string => typeof part === 'string' && part.length > 0).join('\n\n');

const quoted = (text: string) => `‘${text}’`;

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
  const text = num(Math.abs(value), language, SCALE_DIGITS);
  if (language === 'nl') return `${text} punt`;
  return Math.abs(value) === 1 ? `${text} point` : `${text} points`;
}

/** Two means as printed, the higher first: "(4,21 tegen 2,86)". */
function means(higher: number, lower: number, language: Language): string {
  const word = language === 'nl' ? 'tegen' : 'against';
  return `(${num(higher, language, SCALE_DIGITS)} ${word} ${num(lower, language, SCALE_DIGITS)})`;
}

const onLinked = (gap: { linked: boolean }, language: Language) =>
  gap.linked
    ? language === 'nl'
      ? ', op de stellingen die in beide vragenlijsten staan'
      : ', on the statements both questionnaires share'
    : '';

/**
 * "De grootste kloof ligt tussen Productie en Verkoop op ‘X’: Productie scoort 1,35 punt hoger
 * (4,21 tegen 2,86)." Gaps that share the first place are all named.
 */
export function largestGapSentence(gaps: ReportGap[], language: Language): string {
  const first = gaps.filter((gap) => gap.rank === 1);
  if (first.length > 1) {
    const parts = first.map((gap) =>
      language === 'nl'
        ? `tussen ${gap.higher} en ${gap.lower} op ${quoted(gap.dimension)}`
        : `between ${gap.higher} and ${gap.lower} on ${quoted(gap.dimension)}`,
    );
    return language === 'nl'
      ? `De grootste kloven zijn even groot, ${points(first[0]!.diff, language)}: ${listJoin(parts, language)}.`
      : `The largest gaps are equally large, ${points(first[0]!.diff, language)}: ${listJoin(parts, language)}.`;
  }
  const gap = first[0] ?? gaps[0]!;
  if (language === 'nl') {
    return `De grootste kloof ligt tussen ${gap.higher} en ${gap.lower} op ${quoted(gap.dimension)}: ${gap.higher} scoort ${points(gap.diff, language)} hoger ${means(gap.meanHigher, gap.meanLower, language)}${onLinked(gap, language)}.`;
  }
  return `The largest gap lies between ${gap.higher} and ${gap.lower} on ${quoted(gap.dimension)}: ${gap.higher} scores ${points(gap.diff, language)} higher ${means(gap.meanHigher, gap.meanLower, language)}${onLinked(gap, language)}.`;
}

function gapLine(gap: ReportGap, language: Language): string {
  const tie = gap.tied ? (language === 'nl' ? ' (gedeelde plaats)' : ' (shared place)') : '';
  return language === 'nl'
    ? `${gap.higher} scoort ${quoted(gap.dimension)} ${points(gap.diff, language)} hoger dan ${gap.lower} ${means(gap.meanHigher, gap.meanLower, language)}${onLinked(gap, language)}${tie}`
    : `${gap.higher} scores ${quoted(gap.dimension)} ${points(gap.diff, language)} higher than ${gap.lower} ${means(gap.meanHigher, gap.meanLower, language)}${onLinked(gap, language)}${tie}`;
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
    .map(([kind, count]) => {
      const label = words.kinds[kind as keyof typeof words.kinds];
      return `${count} ${count === 1 ? label.one : label.many}`;
    });
  return listJoin(parts, data.language);
}

function participationSentence(data: ReportData): string {
  const { language } = data;
  const parts = data.groups.map((group) => {
    if (group.invited === null || group.responseRate === null) {
      return `${group.name} (${group.respondents})`;
    }
    const of = language === 'nl' ? 'van' : 'of';
    return `${group.name} (${group.respondents} ${of} ${group.invited}, ${formatPercent(group.responseRate, language)})`;
  });
  if (parts.length === 0) return '';
  return language === 'nl'
    ? `Aan de vragenlijst deden mee: ${listJoin(parts, language)}.`
    : `Taking part in the questionnaire: ${listJoin(parts, language)}.`;
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
  const nl = language === 'nl';
  const mirror = mirrorOf(data);
  const opening = mirror
    ? mirrorSentence(data, mirror)
    : data.gaps || q
      ? noMirrorSentence(language)
      : nl
        ? `Dit rapport laat zien hoe ${data.clientName} naar haar klanten kijkt en hoe klanten de samenwerking ervaren. Er zijn nog geen resultaten van de vragenlijst om hier samen te vatten.`
        : `This report shows how ${data.clientName} sees its customers and how customers experience working with it. There are no questionnaire results to summarise yet.`;
  const themes = topThemes(data, 2);
  const themeLine =
    themes.length > 0
      ? nl
        ? `In de gesprekken ${themes.length > 1 ? 'kwamen' : 'kwam'} vooral ${listJoin(
            themes.map((theme) => quoted(theme.name)),
            language,
          )} naar voren.`
        : `In the interviews, ${listJoin(
            themes.map((theme) => quoted(theme.name)),
            language,
          )} came up most.`
      : null;
  const norm = q?.benchmark && !q.benchmark.illustrative ? q.benchmark.overall : null;
  const normLine =
    norm?.position && q?.overall.index100 !== null && q?.overall.index100 !== undefined
      ? nl
        ? `De totaalscore van de ${q.audience === 'customer' ? 'klanten' : 'medewerkers'} is ${whole(q.overall.index100, language)} op een schaal van 0 tot 100; dat is ${{ above: 'boven de norm', below: 'onder de norm', level: 'niet aantoonbaar anders dan de norm' }[norm.position]} (${q.benchmark!.name}, percentiel ${whole(norm.percentile, language)}).`
        : `The ${q.audience === 'customer' ? 'customers’' : 'staff’s'} overall score is ${whole(q.overall.index100, language)} on a scale from 0 to 100; that is ${{ above: 'above the norm', below: 'below the norm', level: 'not shown to differ from the norm' }[norm.position]} (${q.benchmark!.name}, percentile ${whole(norm.percentile, language)}).`
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
  const nl = language === 'nl';
  const q = data.questionnaire;
  const when = period(data.startDate, data.endDate, language);
  const first = q
    ? nl
      ? `${when ? `Tussen ${when.replace(' – ', ' en ')}` : 'Tijdens de opdracht'} vulden medewerkers${data.groups.some((group) => group.kind === 'customer') ? ' en klanten' : ''} van ${data.clientName} de ${q.instrumentName} in. De vragenlijst meet klantgerichtheid op ${q.dimensions.length} dimensies, met stellingen op een schaal van ${q.scale.min} tot ${q.scale.max}.`
      : `${when ? `Between ${when.replace(' – ', ' and ')}` : 'During the engagement'}, staff${data.groups.some((group) => group.kind === 'customer') ? ' and customers' : ''} of ${data.clientName} completed the ${q.instrumentName}. The questionnaire measures customer centricity on ${q.dimensions.length} dimensions, with statements on a scale from ${q.scale.min} to ${q.scale.max}.`
    : null;
  const interviews =
    data.interviews.total > 0
      ? nl
        ? `Daarnaast voerden we ${data.interviews.total} gesprekken: ${interviewKindsSentence(data)}. Citaten zijn anoniem weergegeven, tenzij de geïnterviewde toestemming gaf voor vermelding van de naam.`
        : `We also held ${data.interviews.total} interviews: ${interviewKindsSentence(data)}. Quotes are anonymous unless the interviewee agreed to be named.`
      : null;
  return paragraphs(first, participationSentence(data), interviews);
};

const results: Draft = (data) => {
  const { language } = data;
  const nl = language === 'nl';
  const q = data.questionnaire;
  if (!q) {
    return data.questionnaireWithheld
      ? wordsFor(language).questionnaireWithheld(data.anonymityThreshold)
      : wordsFor(language).noQuestionnaire;
  }
  const overall = nl
    ? `Gemiddeld scoren de ${q.audience === 'customer' ? 'klanten' : 'medewerkers'} ${num(q.overall.mean, language, SCALE_DIGITS)} op een schaal van ${q.scale.min} tot ${q.scale.max} (95%-betrouwbaarheidsinterval ${interval(q.overall.ciLow, q.overall.ciHigh, language, SCALE_DIGITS)}); dat is ${whole(q.overall.index100, language)} op een schaal van 0 tot 100.`
    : `On average, ${q.audience === 'customer' ? 'customers' : 'staff'} score ${num(q.overall.mean, language, SCALE_DIGITS)} on a scale from ${q.scale.min} to ${q.scale.max} (95% confidence interval ${interval(q.overall.ciLow, q.overall.ciHigh, language, SCALE_DIGITS)}); that is ${whole(q.overall.index100, language)} on a scale from 0 to 100.`;
  if (!q.benchmark) return overall;
  // Above or below only when the whole 95 % interval lies on that side of the norm.
  const above = q.dimensions.filter((d) => d.norm?.position === 'above').map((d) => quoted(d.name));
  const below = q.dimensions.filter((d) => d.norm?.position === 'below').map((d) => quoted(d.name));
  const comparison = nl
    ? [
        `Vergeleken met de norm (${q.benchmark.name}):`,
        above.length > 0 ? `- boven de norm: ${listJoin(above, language)}` : null,
        below.length > 0 ? `- onder de norm: ${listJoin(below, language)}` : null,
        above.length + below.length < q.dimensions.length
          ? '- bij de overige dimensies valt de norm binnen het 95%-betrouwbaarheidsinterval van de score: daar is geen verschil met de norm aangetoond'
          : null,
      ]
    : [
        `Compared with the norm (${q.benchmark.name}):`,
        above.length > 0 ? `- above the norm: ${listJoin(above, language)}` : null,
        below.length > 0 ? `- below the norm: ${listJoin(below, language)}` : null,
        above.length + below.length < q.dimensions.length
          ? '- for the other dimensions the norm lies within the 95% confidence interval of the score: no difference from the norm is shown there'
          : null,
      ];
  return paragraphs(
    overall,
    punctuateList(comparison.filter((line): line is string => Boolean(line))),
  );
};

const dimensions: Draft = (data) => {
  const { language } = data;
  const nl = language === 'nl';
  const gaps = data.gaps;
  if (!gaps) {
    return nl
      ? 'Hieronder volgt per dimensie de score, met tips voor de dimensies die het meest aandacht vragen.'
      : 'Below, each dimension is described with its score, with tips for the dimensions that need attention most.';
  }
  const intro = nl
    ? 'Hieronder volgt per dimensie de score van elke groep, met tips voor de dimensies die het meest aandacht vragen.'
    : 'Below, each dimension is shown with the score of every group, with tips for the dimensions that need attention most.';
  // Only a spread that Welch's ANOVA supports is named; dimensions that tie are all named.
  const widest = widestSpreads(data);
  const spread = widest[0];
  const names = listJoin(
    widest.map((entry) => quoted(entry.name)),
    language,
  );
  const anySupported = gaps.anova.some((row) => row.supported);
  return paragraphs(
    intro,
    spread
      ? nl
        ? widest.length > 1
          ? `De groepen lopen het verst uiteen op ${names}, elk ${num(spread.spread, language, SCALE_DIGITS)} punt tussen hoogste en laagste; die verschillen tussen de groepen zijn statistisch onderbouwd (Welch-ANOVA).`
          : `De groepen lopen het verst uiteen op ${names}: van ${num(spread.low, language, SCALE_DIGITS)} tot ${num(spread.high, language, SCALE_DIGITS)}; dat verschil tussen de groepen is statistisch onderbouwd (Welch-ANOVA, ω² = ${num(spread.omega, language, 2)}).`
        : widest.length > 1
          ? `The groups differ most on ${names}, each ${num(spread.spread, language, SCALE_DIGITS)} points between highest and lowest; these differences between the groups are statistically supported (Welch's ANOVA).`
          : `The groups differ most on ${names}: from ${num(spread.low, language, SCALE_DIGITS)} to ${num(spread.high, language, SCALE_DIGITS)}; that difference between the groups is statistically supported (Welch's ANOVA, ω² = ${num(spread.omega, language, 2)}).`
      : anySupported
        ? null
        : nl
          ? 'Op geen enkele dimensie zijn de verschillen tussen de groepen statistisch onderbouwd.'
          : 'On no dimension are the differences between the groups statistically supported.',
  );
};

const gapsDraft: Draft = (data) => {
  const { language } = data;
  const nl = language === 'nl';
  const gaps = data.gaps;
  if (!gaps) return wordsFor(language).noComparison;
  const rule = nl
    ? `Een verschil noemen we opvallend als het groot is (vanaf ${num(gaps.notableDiff, language, 2)} punt of bij een effectgrootte |g| van minstens ${num(gaps.absG, language, 1)}) én statistisch onderbouwd: p < ${num(gaps.significance, language, 2)} na correctie voor alle ${gaps.dimensionTests} vergelijkingen tussen groepen op dimensies (Holm).`
    : `We call a difference notable when it is large (from ${num(gaps.notableDiff, language, 2)} points or with an effect size |g| of at least ${num(gaps.absG, language, 1)}) and statistically supported: p < ${num(gaps.significance, language, 2)} after correcting for all ${gaps.dimensionTests} comparisons between groups on dimensions (Holm).`;
  if (gaps.largest.length === 0) {
    return paragraphs(
      nl
        ? 'Geen verschil tussen de groepen is zowel groot als statistisch onderbouwd. Verschillen in de tabellen hieronder kunnen toeval zijn en zijn daarom geen bevinding.'
        : 'No difference between the groups is both large and statistically supported. Differences in the tables below may be chance and are therefore not findings.',
      rule,
    );
  }
  const rest = gaps.largest.filter((gap) => gap.rank !== 1).slice(0, 3);
  const blind = largestCustomerGap(data, 'blindSpot');
  const hidden = largestCustomerGap(data, 'hiddenStrength');
  return paragraphs(
    largestGapSentence(gaps.largest, language),
    rest.length > 0
      ? `${nl ? 'Andere opvallende verschillen:' : 'Other notable differences:'}\n${rest.map((gap) => `- ${gapLine(gap, language)}`).join('\n')}`
      : null,
    blind
      ? nl
        ? `Een blinde vlek is een onderwerp waarop een groep zichzelf hoger inschat dan de klanten doen. De grootste opvallende: ${blind.group} scoort ${quoted(blind.dimension)} ${points(blind.diff, language)} hoger dan ${blind.customer} ${means(blind.internal, blind.customerMean, language)}${onLinked(blind, language)}.`
        : `A blind spot is a topic on which a group rates itself higher than the customers do. The largest notable one: ${blind.group} scores ${quoted(blind.dimension)} ${points(blind.diff, language)} higher than ${blind.customer} ${means(blind.internal, blind.customerMean, language)}${onLinked(blind, language)}.`
      : null,
    hidden
      ? nl
        ? `Een verborgen sterkte is het omgekeerde: de klanten zijn positiever dan de groep zelf. ${hidden.customer} scoren ${quoted(hidden.dimension)} ${points(hidden.diff, language)} hoger dan ${hidden.group} ${means(hidden.customerMean, hidden.internal, language)}${onLinked(hidden, language)}.`
        : `A hidden strength is the reverse: the customers are more positive than the group itself. ${hidden.customer} score ${quoted(hidden.dimension)} ${points(hidden.diff, language)} higher than ${hidden.group} ${means(hidden.customerMean, hidden.internal, language)}${onLinked(hidden, language)}.`
      : null,
    rule,
  );
};

const needs: Draft = (data) => {
  const { language } = data;
  const nl = language === 'nl';
  const picture = data.gaps?.needs;
  if (!picture) {
    return nl
      ? 'Er zijn te weinig gegevens over klantbehoeften om een gedeeld beeld te tonen.'
      : 'There is too little data on customer needs to show a shared picture.';
  }
  const top = topNeeds(data);
  const lowest = [...picture.correlations]
    .filter((pair) => pair.rho !== null)
    .sort((a, b) => (a.rho ?? 0) - (b.rho ?? 0))[0];
  const focus = concentrateHere(data);
  return paragraphs(
    nl
      ? 'Elke groep gaf aan hoe belangrijk klanten verschillende behoeften vinden. Zo zien we of de organisatie hetzelfde beeld van de klant heeft als de klanten zelf.'
      : 'Each group indicated how important customers find various needs. This shows whether the organisation sees the customer the way customers see themselves.',
    top
      ? nl
        ? `${top.group} zetten ${listJoin(top.needs, language)} bovenaan.`
        : `${top.group} put ${listJoin(top.needs, language)} at the top.`
      : null,
    lowest
      ? nl
        ? `De rangordes van ${lowest.a} en ${lowest.b} lijken het minst op elkaar (rangcorrelatie ρ = ${num(lowest.rho, language, 2)}).`
        : `The rankings of ${lowest.a} and ${lowest.b} are the least alike (rank correlation ρ = ${num(lowest.rho, language, 2)}).`
      : null,
    focus.length > 0
      ? nl
        ? `In het belang-prestatieschema staan ${listJoin(focus, language)} in het kwadrant ‘Hier concentreren’: klanten vinden ze belangrijker en de prestatie lager dan gemiddeld over de behoeften.`
        : `In the importance–performance grid, ${listJoin(focus, language)} fall in the ‘Concentrate here’ quadrant: customers find them more important, and the performance lower, than the average over the needs.`
      : null,
  );
};

const interviews: Draft = (data) => {
  const { language } = data;
  const nl = language === 'nl';
  if (data.interviews.total === 0) return wordsFor(language).noInterviews;
  const themes = topThemes(data);
  const when = period(data.interviews.firstDate, data.interviews.lastDate, language);
  return paragraphs(
    nl
      ? `We voerden ${data.interviews.total} gesprekken${when ? ` (${when})` : ''}: ${interviewKindsSentence(data)}.`
      : `We held ${data.interviews.total} interviews${when ? ` (${when})` : ''}: ${interviewKindsSentence(data)}.`,
    themes.length > 0
      ? nl
        ? `Het vaakst kwam ${quoted(themes[0]!.name)} naar voren (${themes[0]!.quoteCount} citaten)${
            themes.length > 1
              ? `, gevolgd door ${listJoin(
                  themes.slice(1).map((theme) => quoted(theme.name)),
                  language,
                )}`
              : ''
          }. Per thema volgen hieronder kenmerkende citaten.`
        : `${quoted(themes[0]!.name)} came up most often (${themes[0]!.quoteCount} quotes)${
            themes.length > 1
              ? `, followed by ${listJoin(
                  themes.slice(1).map((theme) => quoted(theme.name)),
                  language,
                )}`
              : ''
          }. Typical quotes per theme follow below.`
      : null,
  );
};

/** The recommendations themselves follow as structured blocks (recommendations.ts). */
const recommendations: Draft = (data) => {
  const nl = data.language === 'nl';
  return nl
    ? 'Hieronder staan de aanbevelingen in volgorde van prioriteit. Elke aanbeveling noemt de bevinding waarop zij rust; het actieplan daarna maakt ze concreet: wie doet wat, wanneer, en waaraan zie je dat het gelukt is.'
    : 'The recommendations follow in order of priority. Each names the finding it rests on; the action plan after them makes them concrete: who does what, by when, and how success will show.';
};

const appendix: Draft = (data) => {
  const { language } = data;
  const nl = language === 'nl';
  const q = data.questionnaire;
  const low = q?.reliability.filter((entry) => entry.low).map((entry) => quoted(entry.name)) ?? [];
  return paragraphs(
    nl
      ? 'Deze bijlage geeft de scores per stelling, de betrouwbaarheid van de dimensies en een toelichting op de methode.'
      : 'This appendix gives the scores per statement, the reliability of the dimensions and notes on the method.',
    low.length > 0
      ? nl
        ? `Bij ${listJoin(low, language)} is Cronbach’s α lager dan ${num(LOW_ALPHA, language, 1)}: de stellingen hangen daar minder sterk samen, dus lees die dimensiescores met voorzichtigheid.`
        : `For ${listJoin(low, language)}, Cronbach’s α is below ${num(LOW_ALPHA, language, 1)}: the statements hang together less well there, so read those dimension scores with care.`
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
  const nl = language === 'nl';
  const q = data.questionnaire;
  const gaps = data.gaps;
  const notes: string[] = [];
  if (q) {
    const favourable = listJoin(
      q.favourableLabels.map((label) => `‘${label}’`),
      language,
    );
    notes.push(
      nl
        ? `Dimensiescores zijn het gemiddelde van de stellingen van een dimensie (omgekeerd geformuleerde stellingen eerst omgedraaid), op de schaal van ${q.scale.min} tot ${q.scale.max}; de index zet die score om naar 0–100. Bij elk gemiddelde hoort een 95%-betrouwbaarheidsinterval (t-verdeling).`
        : `Dimension scores are the mean of a dimension's statements (reverse-worded statements turned around first), on the scale from ${q.scale.min} to ${q.scale.max}; the index converts that score to 0–100. Every mean has a 95% confidence interval (t distribution).`,
      nl
        ? `% gunstig is het aandeel antwoorden ${favourable} (bij omgekeerd geformuleerde stellingen: het omgekeerde), over alle stellingen van een dimensie samen.`
        : `% favourable is the share of answers ${favourable} (for reverse-worded statements: the reverse), over all statements of a dimension together.`,
      nl
        ? 'Betrouwbaarheid is Cronbachs α met het 95%-interval volgens Feldt. Gemiddelden en verschillen staan met twee decimalen; een verschil is steeds het verschil van de getoonde gemiddelden, zodat de getallen optellen.'
        : "Reliability is Cronbach's α with Feldt's 95% interval. Means and differences are shown with two decimals; a difference is always the difference of the means as shown, so the figures add up.",
    );
  }
  if (gaps) {
    notes.push(
      nl
        ? `Verschillen tussen twee groepen zijn getoetst met Welch’ t-toets; de p-waarden zijn gecorrigeerd voor alle vergelijkingen samen (Holm: ${gaps.dimensionTests} toetsen op dimensies en de totaalscore, ${gaps.statementTests} op stellingen). De effectgrootte is Hedges’ g. Een verschil heet opvallend als het groot is (vanaf ${num(gaps.notableDiff, language, 2)} punt of bij |g| ≥ ${num(gaps.absG, language, 1)}) én de gecorrigeerde p kleiner is dan ${num(gaps.significance, language, 2)}. Verschillen tussen alle groepen tegelijk zijn per dimensie getoetst met Welch’ ANOVA, met ω² als effectgrootte.`
        : `Differences between two groups were tested with Welch's t-test; the p-values are adjusted for all comparisons together (Holm: ${gaps.dimensionTests} tests on dimensions and the overall index, ${gaps.statementTests} on statements). The effect size is Hedges' g. A difference is called notable when it is large (from ${num(gaps.notableDiff, language, 2)} points or with |g| ≥ ${num(gaps.absG, language, 1)}) and its adjusted p is below ${num(gaps.significance, language, 2)}. Differences among all groups at once were tested per dimension with Welch's ANOVA, with ω² as the effect size.`,
    );
    if (gaps.commonBasis.kind === 'linked') {
      notes.push(
        nl
          ? `Medewerkers en klanten vulden elk een eigen versie van de vragenlijst in. Groepen met dezelfde versie zijn vergeleken op al haar stellingen; medewerkers en klanten alleen op de ${gaps.commonBasis.statements} stellingen die aan elkaar gekoppeld zijn${gaps.commonBasis.leftOut > 0 ? ` (${gaps.commonBasis.leftOut} stellingen vielen daarbij buiten de vergelijking)` : ''}. Figuren en tabellen met alle groepen naast elkaar gebruiken die gekoppelde stellingen.`
          : `Staff and customers each completed their own version of the questionnaire. Groups with the same version were compared on all its statements; staff and customers only on the ${gaps.commonBasis.statements} statements linked between them${gaps.commonBasis.leftOut > 0 ? ` (${gaps.commonBasis.leftOut} statements were left out of that comparison)` : ''}. Figures and tables with all groups side by side use those linked statements.`,
      );
    }
  }
  notes.push(
    nl
      ? `Anonimiteit: een groep met minder dan ${data.anonymityThreshold} respondenten wordt nooit apart getoond of vergeleken, en elk getal berust op minstens ${data.anonymityThreshold} antwoorden. De totaalscores tellen alleen de getoonde groepen${q && q.pooledRespondents > 0 ? ` en de ${q.pooledRespondents} respondenten van de kleinere groepen samen` : ''}, zodat geen kleine groep uit de getallen is terug te rekenen. Namen van geïnterviewden staan alleen in dit rapport als zij daar toestemming voor gaven; anders noemt een citaat alleen een groep van minstens ${data.anonymityThreshold} mensen.`
      : `Anonymity: a group with fewer than ${data.anonymityThreshold} respondents is never shown or compared on its own, and every figure rests on at least ${data.anonymityThreshold} answers. The overall scores count only the groups shown${q && q.pooledRespondents > 0 ? ` and the ${q.pooledRespondents} respondents of the smaller groups together` : ''}, so no small group can be worked out from the figures. Interviewees are named in this report only where they agreed to it; otherwise a quote names only a group of at least ${data.anonymityThreshold} people.`,
  );
  return notes;
}
