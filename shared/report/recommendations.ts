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
import { fill, plural, type TextParams } from '../i18n/texts';
import { listJoin, num, whole } from './format';
import { reportText } from './texts';
import { emptyRecommendation, PRIORITIES, type Priority, type Recommendation } from './settings';

const quoted = (text: string) => `‘${text}’`;

const texts = (data: ReportData) => reportText(data.language).recommendations;

/**
 * A drafted recommendation: its words filled with the figures (`evidence` given already filled
 * where it depends on a count); owner, deadline and the rest are left for the consultant.
 */
function drafted(
  words: { action: string; evidence?: string; successMeasure?: string },
  params: TextParams,
  fields: Pick<Recommendation, 'evidenceKind' | 'evidenceRef' | 'priority'> &
    Partial<Pick<Recommendation, 'evidence' | 'quoteIds'>>,
): Recommendation {
  return {
    ...emptyRecommendation(),
    action: fill(words.action, params),
    ...(words.evidence !== undefined && { evidence: fill(words.evidence, params) }),
    ...(words.successMeasure !== undefined && {
      successMeasure: fill(words.successMeasure, params),
    }),
    ...fields,
  };
}

function gapRecommendation(data: ReportData): Recommendation | null {
  // The largest gaps are notable ones only (large and supported after Holm).
  const gap = data.gaps?.largest[0];
  if (!gap || !data.gaps) return null;
  const words = texts(data).gap;
  const params = {
    higher: gap.higher,
    lower: gap.lower,
    dimension: quoted(gap.dimension),
    points: points(gap.diff, data.language),
    target: num(data.gaps.notableDiff, data.language, SCALE_DIGITS),
  };
  return drafted(words, params, {
    evidenceKind: 'gap',
    evidenceRef: 'chart:largestGaps',
    priority: 'high',
  });
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
  const words = texts(data).blindSpot;
  const params = {
    group: best.group,
    customer: best.customer,
    dimension: quoted(best.dimension),
    points: points(best.diff, data.language),
  };
  return drafted(words, params, {
    evidenceKind: 'blindSpot',
    evidenceRef: 'chart:blindSpots',
    priority: 'high',
  });
}

function quadrantRecommendation(data: ReportData): Recommendation | null {
  const grid = data.gaps?.needs?.ipa[0];
  const needs = grid?.needs.filter((need) => need.quadrant === 'concentrateHere') ?? [];
  if (!grid || needs.length === 0) return null;
  const words = texts(data).quadrant;
  const params = {
    group: grid.group,
    needs: listJoin(
      needs.map((need) => quoted(need.name)),
      data.language,
    ),
    importance: num(grid.importanceSplit, data.language, SCALE_DIGITS),
    performance: num(grid.performanceSplit, data.language, SCALE_DIGITS),
    quadrant: wordsFor(data.language).quadrants.concentrateHere,
  };
  return drafted(words, params, {
    evidenceKind: 'quadrant',
    evidenceRef: 'chart:ipa',
    priority: 'high',
    evidence: plural(data.language, words, 'evidence', needs.length, params),
  });
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
  const words = texts(data).theme;
  const params = { theme: quoted(theme.name), quotes: theme.quoteCount };
  return drafted(words, params, {
    evidenceKind: 'theme',
    evidenceRef: 'chart:themeCounts',
    priority: 'medium',
    quoteIds: quoteIds.slice(0, 1),
  });
}

function dimensionRecommendation(data: ReportData): Recommendation | null {
  const entry = [...(data.questionnaire?.tips ?? [])].sort((a, b) => a.index - b.index)[0];
  const tip = entry?.tips[0];
  if (!entry || !tip) return null;
  const words = texts(data).dimension;
  const params = {
    dimension: quoted(entry.dimensionName),
    tip: `${tip.title.charAt(0).toLocaleLowerCase(data.language)}${tip.title.slice(1)}`,
    index: whole(entry.index, data.language),
  };
  return drafted(words, params, {
    evidenceKind: 'dimension',
    evidenceRef: 'chart:dimensionScores',
    priority: 'medium',
  });
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
