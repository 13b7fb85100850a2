/**
 * Recommendations drafted from the data, each citing its evidence: the largest notable gap
 * between groups, the largest blind spot against the customers, the needs in the
 * importance–performance grid's "concentrate here" quadrant, the interview theme heard most (with
 * a quote), and the weakest dimension's first tip. A priority and a success measure are proposed;
 * the owner and the deadline are the client's to decide and start empty, so the app flags them.
 */
import type { ReportData } from './data';
import { points } from './story';
import { wordsFor } from './words';
import { SCALE_DIGITS } from '../i18n/format';
import { listJoin, num, whole } from './format';
import { emptyRecommendation, PRIORITIES, type Priority, type Recommendation } from './settings';

const quoted = (text: string) => `‘${text}’`;

function gapRecommendation(data: ReportData): Recommendation | null {
  // The largest gaps are notable ones only (large and supported after Holm).
  const gap = data.gaps?.largest[0];
  if (!gap || !data.gaps) return null;
  const nl = data.language === 'nl';
  const target = num(data.gaps.notableDiff, data.language, SCALE_DIGITS);
  return {
    ...emptyRecommendation(),
    action: nl
      ? `Breng ${gap.higher} en ${gap.lower} samen rond ${quoted(gap.dimension)} en maak afspraken over wat de klant daarvan merkt`
      : `Bring ${gap.higher} and ${gap.lower} together on ${quoted(gap.dimension)} and agree what the customer will notice`,
    evidenceKind: 'gap',
    evidence: nl
      ? `${gap.higher} scoort ${quoted(gap.dimension)} ${points(gap.diff, data.language)} hoger dan ${gap.lower}: de grootste kloof tussen de groepen.`
      : `${gap.higher} rates ${quoted(gap.dimension)} ${points(gap.diff, data.language)} higher than ${gap.lower}: the largest gap between the groups.`,
    evidenceRef: 'chart:largestGaps',
    priority: 'high',
    successMeasure: nl
      ? `Bij de volgende meting is de kloof op ${quoted(gap.dimension)} kleiner dan ${target} punt.`
      : `At the next measurement the gap on ${quoted(gap.dimension)} is below ${target} points.`,
  };
}

function blindSpotRecommendation(data: ReportData): Recommendation | null {
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
  if (!best) return null;
  const nl = data.language === 'nl';
  return {
    ...emptyRecommendation(),
    action: nl
      ? `Laat ${best.group} zien hoe klanten ${quoted(best.dimension)} ervaren, met de klant erbij`
      : `Show ${best.group} how customers experience ${quoted(best.dimension)}, with customers in the room`,
    evidenceKind: 'blindSpot',
    evidence: nl
      ? `${best.group} schat ${quoted(best.dimension)} ${points(best.diff, data.language)} hoger in dan ${best.customer}.`
      : `${best.group} rates ${quoted(best.dimension)} ${points(best.diff, data.language)} higher than ${best.customer} do.`,
    evidenceRef: 'chart:blindSpots',
    priority: 'high',
    successMeasure: nl
      ? `${best.customer} en ${best.group} liggen bij de volgende meting op ${quoted(best.dimension)} minder dan een half punt uiteen.`
      : `${best.customer} and ${best.group} are less than half a point apart on ${quoted(best.dimension)} at the next measurement.`,
  };
}

function quadrantRecommendation(data: ReportData): Recommendation | null {
  const grid = data.gaps?.needs?.ipa[0];
  const needs = grid?.needs.filter((need) => need.quadrant === 'concentrateHere') ?? [];
  if (!grid || needs.length === 0) return null;
  const nl = data.language === 'nl';
  const names = listJoin(
    needs.map((need) => quoted(need.name)),
    data.language,
  );
  return {
    ...emptyRecommendation(),
    action: nl ? `Verbeter de prestatie op ${names}` : `Improve performance on ${names}`,
    evidenceKind: 'quadrant',
    evidence: nl
      ? `${grid.group} vinden ${names} belangrijk (boven ${num(grid.importanceSplit, data.language, SCALE_DIGITS)}) maar beoordelen de prestatie daarop onder ${num(grid.performanceSplit, data.language, SCALE_DIGITS)}: het kwadrant ‘${wordsFor(data.language).quadrants.concentrateHere}’.`
      : `${grid.group} find ${names} important (above ${num(grid.importanceSplit, data.language, SCALE_DIGITS)}) but rate performance on ${needs.length > 1 ? 'them' : 'it'} below ${num(grid.performanceSplit, data.language, SCALE_DIGITS)}: the ‘${wordsFor(data.language).quadrants.concentrateHere}’ quadrant.`,
    evidenceRef: 'chart:ipa',
    priority: 'high',
    successMeasure: nl
      ? `${grid.group} beoordelen de prestatie op ${names} bij de volgende meting met minstens ${num(grid.performanceSplit, data.language, SCALE_DIGITS)}.`
      : `${grid.group} rate performance on ${names} at least ${num(grid.performanceSplit, data.language, SCALE_DIGITS)} at the next measurement.`,
  };
}

function themeRecommendation(data: ReportData): Recommendation | null {
  const theme = data.interviews.themes
    .filter((candidate) => candidate.parentId === null && candidate.quoteCount > 0)
    .sort((a, b) => b.quoteCount - a.quoteCount)[0];
  if (!theme) return null;
  const family = new Set([
    theme.id,
    ...data.interviews.themes.filter((t) => t.parentId === theme.id).map((t) => t.id),
  ]);
  // Interview quotes (open answers have no quote id a recommendation could keep).
  const quoteIds = data.interviews.quotes
    .filter((quote) => quote.id !== null && quote.themeIds.some((id) => family.has(id)))
    .map((quote) => quote.id!);
  const nl = data.language === 'nl';
  return {
    ...emptyRecommendation(),
    action: nl
      ? `Pak ${quoted(theme.name)} op met een concreet verbeterplan`
      : `Address ${quoted(theme.name)} with a concrete improvement plan`,
    evidenceKind: 'theme',
    evidence: nl
      ? `${quoted(theme.name)} kwam in de gesprekken het vaakst naar voren (${theme.quoteCount} citaten).`
      : `${quoted(theme.name)} came up most often in the interviews (${theme.quoteCount} quotes).`,
    evidenceRef: 'chart:themeCounts',
    quoteIds: quoteIds.slice(0, 1),
    priority: 'medium',
  };
}

function dimensionRecommendation(data: ReportData): Recommendation | null {
  const entry = [...(data.questionnaire?.tips ?? [])].sort((a, b) => a.index - b.index)[0];
  const tip = entry?.tips[0];
  if (!entry || !tip) return null;
  const nl = data.language === 'nl';
  const title = `${tip.title.charAt(0).toLocaleLowerCase(data.language)}${tip.title.slice(1)}`;
  return {
    ...emptyRecommendation(),
    action: nl
      ? `Werk aan ${quoted(entry.dimensionName)}: ${title}`
      : `Work on ${quoted(entry.dimensionName)}: ${title}`,
    evidenceKind: 'dimension',
    evidence: nl
      ? `${quoted(entry.dimensionName)} heeft de laagste index (${whole(entry.index, data.language)} op 100).`
      : `${quoted(entry.dimensionName)} has the lowest index (${whole(entry.index, data.language)} out of 100).`,
    evidenceRef: 'chart:dimensionScores',
    priority: 'medium',
  };
}

/** The drafted recommendations, most important first. */
export function draftRecommendations(data: ReportData): Recommendation[] {
  return [
    gapRecommendation(data),
    blindSpotRecommendation(data),
    quadrantRecommendation(data),
    themeRecommendation(data),
    dimensionRecommendation(data),
  ].filter((entry): entry is Recommendation => entry !== null);
}

const RANK: Record<Priority, number> = Object.fromEntries(
  PRIORITIES.map((priority, index) => [priority, index]),
) as Record<Priority, number>;

/** Recommendations in order of priority (the consultant's order within a priority). */
export function byPriority(recommendations: readonly Recommendation[]): Recommendation[] {
  return recommendations
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) =>
        (a.entry.priority === null ? 9 : RANK[a.entry.priority]) -
          (b.entry.priority === null ? 9 : RANK[b.entry.priority]) || a.index - b.index,
    )
    .map(({ entry }) => entry);
}
