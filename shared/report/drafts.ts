/**
 * Draft narratives: the text each section starts with, written from the data in the engagement's
 * language, for the consultant to edit. Plain text: paragraphs separated by a blank line, lines
 * starting with "- " become a bulleted list (see narrative.ts).
 *
 * Drafts state what the figures show and no more; interpretation is the consultant's.
 */
import { LOW_ALPHA } from '../questionnaire/results';
import type { Language } from '../questionnaire/instrument';
import type { ReportData, ReportDimension, ReportGap } from './data';
import { listJoin, num, period, whole } from './format';
import { NARRATIVE_SECTIONS, type SectionId } from './sections';
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

function points(value: number, language: Language): string {
  const text = num(Math.abs(value), language, 1);
  if (language === 'nl') return `${text} punt`;
  return Math.round(Math.abs(value) * 10) / 10 === 1 ? `${text} point` : `${text} points`;
}

/** Scored dimensions, highest mean first. */
function ranked(dimensions: ReportDimension[]): ReportDimension[] {
  return dimensions
    .filter((dimension) => dimension.mean !== null)
    .sort((a, b) => (b.mean ?? 0) - (a.mean ?? 0));
}

/** "De grootste kloof ligt tussen Productie en Verkoop op ‘X’: Productie scoort 1,4 punt hoger." */
export function largestGapSentence(gap: ReportGap, language: Language): string {
  if (language === 'nl') {
    return `De grootste kloof ligt tussen ${gap.higher} en ${gap.lower} op ${quoted(gap.dimension)}: ${gap.higher} scoort ${points(gap.diff, language)} hoger.`;
  }
  return `The largest gap lies between ${gap.higher} and ${gap.lower} on ${quoted(gap.dimension)}: ${gap.higher} scores ${points(gap.diff, language)} higher.`;
}

function gapLine(gap: ReportGap, language: Language): string {
  return language === 'nl'
    ? `${gap.higher} scoort ${quoted(gap.dimension)} ${points(gap.diff, language)} hoger dan ${gap.lower}.`
    : `${gap.higher} scores ${quoted(gap.dimension)} ${points(gap.diff, language)} higher than ${gap.lower}.`;
}

/** The largest blind spot (internal group higher than the customers) over all groups. */
function largestBlindSpot(data: ReportData) {
  let best: { group: string; customer: string; dimension: string; diff: number } | null = null;
  for (const report of data.gaps?.blindSpots ?? []) {
    for (const row of report.rows) {
      if (row.direction !== 'blindSpot' || !row.notable || row.diff === null) continue;
      if (!best || row.diff > best.diff) {
        best = {
          group: report.group,
          customer: report.customer,
          dimension: row.dimension,
          diff: row.diff,
        };
      }
    }
  }
  return best;
}

function largestHiddenStrength(data: ReportData) {
  let best: { group: string; customer: string; dimension: string; diff: number } | null = null;
  for (const report of data.gaps?.blindSpots ?? []) {
    for (const row of report.rows) {
      if (row.direction !== 'hiddenStrength' || !row.notable || row.diff === null) continue;
      if (!best || -row.diff > best.diff) {
        best = {
          group: report.group,
          customer: report.customer,
          dimension: row.dimension,
          diff: -row.diff,
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
  const customerIndex = needs.groups.findIndex((name) =>
    data.groups.some((group) => group.name === name && group.kind === 'customer'),
  );
  const index = customerIndex >= 0 ? customerIndex : 0;
  const ordered = needs.rankings
    .filter((ranking) => ranking.rank[index] !== null && ranking.rank[index] !== undefined)
    .sort((a, b) => (a.rank[index] ?? 0) - (b.rank[index] ?? 0))
    .slice(0, count)
    .map((ranking) => ranking.name);
  return ordered.length > 0 ? { group: needs.groups[index] ?? '', needs: ordered } : null;
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
  const parts = data.groups.map((group) =>
    language === 'nl'
      ? `${group.name} (${group.respondents})`
      : `${group.name} (${group.respondents})`,
  );
  if (parts.length === 0) return '';
  return language === 'nl'
    ? `Aan de vragenlijst deden mee: ${listJoin(parts, language)}.`
    : `Taking part in the questionnaire: ${listJoin(parts, language)}.`;
}

const summary: Draft = (data) => {
  const { language } = data;
  const q = data.questionnaire;
  const nl = language === 'nl';
  const intro = nl
    ? `Dit rapport laat zien hoe ${data.clientName} naar haar klanten kijkt en hoe klanten de samenwerking ervaren. Het bouwt op ${
        [
          q ? 'een vragenlijst onder medewerkers en klanten' : null,
          data.interviews.total > 0 ? `${data.interviews.total} gesprekken` : null,
        ]
          .filter(Boolean)
          .join(' en ') || 'de gegevens van deze opdracht'
      }.`
    : `This report shows how ${data.clientName} sees its customers and how customers experience working with it. It builds on ${
        [
          q ? 'a questionnaire among staff and customers' : null,
          data.interviews.total > 0 ? `${data.interviews.total} interviews` : null,
        ]
          .filter(Boolean)
          .join(' and ') || 'the data of this engagement'
      }.`;
  const findings: string[] = [];
  if (q && q.overall.index100 !== null) {
    const norm = q.benchmark?.overall;
    const base = nl
      ? `De totaalscore op klantgerichtheid is ${whole(q.overall.index100, language)} op een schaal van 0 tot 100`
      : `The overall customer-centricity score is ${whole(q.overall.index100, language)} on a scale from 0 to 100`;
    const comparison =
      norm && norm.diff !== null
        ? nl
          ? `; dat is ${Math.abs(norm.diff) < 0.05 ? 'gelijk aan' : norm.diff > 0 ? 'boven' : 'onder'} de norm (percentiel ${whole(norm.percentile, language)})`
          : `; that is ${Math.abs(norm.diff) < 0.05 ? 'level with' : norm.diff > 0 ? 'above' : 'below'} the norm (percentile ${whole(norm.percentile, language)})`
        : '';
    findings.push(`${base}${comparison}.`);
    const order = ranked(q.dimensions);
    const best = order[0];
    const worst = order.at(-1);
    if (best && worst && best !== worst) {
      findings.push(
        nl
          ? `Het sterkst scoort de organisatie op ${quoted(best.name)} (${num(best.mean, language)}), het zwakst op ${quoted(worst.name)} (${num(worst.mean, language)}).`
          : `The organisation scores highest on ${quoted(best.name)} (${num(best.mean, language)}) and lowest on ${quoted(worst.name)} (${num(worst.mean, language)}).`,
      );
    }
  }
  const gap = data.gaps?.largest[0];
  if (gap) findings.push(largestGapSentence(gap, language));
  const blind = largestBlindSpot(data);
  if (blind) {
    findings.push(
      nl
        ? `De grootste blinde vlek: ${blind.group} schat ${quoted(blind.dimension)} ${points(blind.diff, language)} hoger in dan ${blind.customer}.`
        : `The largest blind spot: ${blind.group} rates ${quoted(blind.dimension)} ${points(blind.diff, language)} higher than ${blind.customer} do.`,
    );
  }
  const needs = topNeeds(data);
  if (needs) {
    findings.push(
      nl
        ? `${needs.group} vinden ${listJoin(needs.needs, language)} het belangrijkst.`
        : `${needs.group} consider ${listJoin(needs.needs, language)} most important.`,
    );
  }
  const themes = topThemes(data, 2);
  if (themes.length > 0) {
    findings.push(
      nl
        ? `In de gesprekken ${themes.length > 1 ? 'kwamen' : 'kwam'} vooral ${listJoin(
            themes.map((theme) => quoted(theme.name)),
            language,
          )} naar voren.`
        : `In the interviews, ${listJoin(
            themes.map((theme) => quoted(theme.name)),
            language,
          )} came up most.`,
    );
  }
  const heading = nl ? 'De belangrijkste bevindingen:' : 'The main findings:';
  return paragraphs(
    intro,
    findings.length > 0 ? `${heading}\n${findings.map((line) => `- ${line}`).join('\n')}` : null,
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
  if (!q) return wordsFor(language).noQuestionnaire;
  const overall = nl
    ? `Gemiddeld scoren de respondenten ${num(q.overall.mean, language)} op een schaal van ${q.scale.min} tot ${q.scale.max}; dat is ${whole(q.overall.index100, language)} op een schaal van 0 tot 100.`
    : `On average, respondents score ${num(q.overall.mean, language)} on a scale from ${q.scale.min} to ${q.scale.max}; that is ${whole(q.overall.index100, language)} on a scale from 0 to 100.`;
  if (!q.benchmark) return overall;
  const above = q.dimensions.filter((d) => (d.norm?.diff ?? 0) >= 0.1).map((d) => quoted(d.name));
  const below = q.dimensions.filter((d) => (d.norm?.diff ?? 0) <= -0.1).map((d) => quoted(d.name));
  const comparison = nl
    ? [
        `Vergeleken met de norm (${q.benchmark.name}):`,
        above.length > 0 ? `- boven de norm: ${listJoin(above, language)}` : null,
        below.length > 0 ? `- onder de norm: ${listJoin(below, language)}` : null,
        above.length + below.length < q.dimensions.length
          ? '- de overige dimensies liggen binnen 0,1 punt van de norm'
          : null,
      ]
    : [
        `Compared with the norm (${q.benchmark.name}):`,
        above.length > 0 ? `- above the norm: ${listJoin(above, language)}` : null,
        below.length > 0 ? `- below the norm: ${listJoin(below, language)}` : null,
        above.length + below.length < q.dimensions.length
          ? '- the other dimensions are within 0.1 points of the norm'
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
  let widest: { name: string; range: number } | null = null;
  gaps.dimensions.forEach((dimension, index) => {
    const means = gaps.profiles
      .map((profile) => profile.dimensions[index])
      .filter((value): value is number => value !== null && value !== undefined);
    if (means.length < 2) return;
    const range = Math.max(...means) - Math.min(...means);
    if (!widest || range > widest.range) widest = { name: dimension.name, range };
  });
  const intro = nl
    ? 'Hieronder volgt per dimensie de score van elke groep, met tips voor de dimensies die het meest aandacht vragen.'
    : 'Below, each dimension is shown with the score of every group, with tips for the dimensions that need attention most.';
  const spread = widest as { name: string; range: number } | null;
  return paragraphs(
    intro,
    spread
      ? nl
        ? `De groepen lopen het verst uiteen op ${quoted(spread.name)}: ${points(spread.range, language)} tussen de hoogste en de laagste groep.`
        : `The groups differ most on ${quoted(spread.name)}: ${points(spread.range, language)} between the highest and the lowest group.`
      : null,
  );
};

const gapsDraft: Draft = (data) => {
  const { language } = data;
  const nl = language === 'nl';
  const gaps = data.gaps;
  if (!gaps || gaps.largest.length === 0) return wordsFor(language).noComparison;
  const [first, ...rest] = gaps.largest;
  const notable = rest.filter((gap) => gap.notable).slice(0, 3);
  const blind = largestBlindSpot(data);
  const hidden = largestHiddenStrength(data);
  return paragraphs(
    first ? largestGapSentence(first, language) : null,
    notable.length > 0
      ? `${nl ? 'Andere opvallende verschillen:' : 'Other notable differences:'}\n${notable.map((gap) => `- ${gapLine(gap, language)}`).join('\n')}`
      : null,
    blind
      ? nl
        ? `Een blinde vlek is een onderwerp waarop een groep zichzelf hoger inschat dan de klanten doen. De grootste: ${blind.group} scoort ${quoted(blind.dimension)} ${points(blind.diff, language)} hoger dan ${blind.customer}.`
        : `A blind spot is a topic on which a group rates itself higher than the customers do. The largest: ${blind.group} scores ${quoted(blind.dimension)} ${points(blind.diff, language)} higher than ${blind.customer}.`
      : null,
    hidden
      ? nl
        ? `Een verborgen sterkte is het omgekeerde: de klanten zijn positiever dan de groep zelf. ${hidden.customer} scoren ${quoted(hidden.dimension)} ${points(hidden.diff, language)} hoger dan ${hidden.group}.`
        : `A hidden strength is the reverse: the customers are more positive than the group itself. ${hidden.customer} score ${quoted(hidden.dimension)} ${points(hidden.diff, language)} higher than ${hidden.group}.`
      : null,
    nl
      ? `Een verschil noemen we opvallend vanaf ${num(gaps.notableDiff, language, 2)} punt of bij een effectgrootte |g| van minstens ${num(gaps.absG, language, 1)}.`
      : `We call a difference notable from ${num(gaps.notableDiff, language, 2)} points or with an effect size |g| of at least ${num(gaps.absG, language, 1)}.`,
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
        ? `Klanten vinden ${listJoin(focus, language)} belangrijk, maar beoordelen de prestatie daarop lager: daar is de meeste winst te halen.`
        : `Customers find ${listJoin(focus, language)} important but rate the performance on them lower: that is where most is to be gained.`
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
    notes.push(
      nl
        ? `Dimensiescores zijn het gemiddelde van de stellingen van een dimensie (omgekeerd geformuleerde stellingen eerst omgedraaid), op de schaal van ${q.scale.min} tot ${q.scale.max}; de index zet die score om naar 0–100.`
        : `Dimension scores are the mean of a dimension's statements (reverse-worded statements turned around first), on the scale from ${q.scale.min} to ${q.scale.max}; the index converts that score to 0–100.`,
    );
  }
  if (gaps) {
    notes.push(
      nl
        ? `Verschillen tussen groepen zijn getoetst met Welch’ t-toets; p-waarden zijn gecorrigeerd voor meervoudig toetsen (Holm). De effectgrootte is Hedges’ g. Een verschil heet opvallend vanaf ${num(gaps.notableDiff, language, 2)} punt of bij |g| ≥ ${num(gaps.absG, language, 1)}.`
        : `Differences between groups were tested with Welch's t-test; p-values are adjusted for multiple testing (Holm). The effect size is Hedges' g. A difference is called notable from ${num(gaps.notableDiff, language, 2)} points or with |g| ≥ ${num(gaps.absG, language, 1)}.`,
    );
    if (gaps.basisKind === 'parallel') {
      notes.push(
        nl
          ? `Medewerkers en klanten vulden elk een eigen versie van de vragenlijst in. Groepen zijn alleen vergeleken op de stellingen die in beide versies staan${gaps.leftOutItems > 0 ? ` (${gaps.leftOutItems} stellingen vielen daardoor buiten de vergelijking)` : ''}.`
          : `Staff and customers each completed their own version of the questionnaire. Groups were compared only on the statements both versions share${gaps.leftOutItems > 0 ? ` (${gaps.leftOutItems} statements were therefore left out of the comparison)` : ''}.`,
      );
    }
  }
  notes.push(
    nl
      ? `Anonimiteit: een groep met minder dan ${data.anonymityThreshold} respondenten wordt nooit apart getoond of vergeleken; de antwoorden tellen wel mee in de totaalscores. Namen van geïnterviewden staan alleen in dit rapport als zij daar toestemming voor gaven.`
      : `Anonymity: a group with fewer than ${data.anonymityThreshold} respondents is never shown or compared on its own; its answers do count in the overall scores. Interviewees are named in this report only where they agreed to it.`,
  );
  if (q && q.respondents === null) notes.push(wordsFor(language).totalWithheldNote);
  return notes;
}
