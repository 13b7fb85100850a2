/**
 * The Importance–Performance grid (Martilla & James), defined once for the screen and the report:
 * - horizontal axis: performance as the customers rate it; vertical axis: importance;
 * - the grid is split at the mean of the needs' mean importances and at the mean of their mean
 *   performances (the data-centred split: quadrants relative to this client's own profile); the
 *   cut-offs are printed on the chart;
 * - quadrants: high importance and low performance "concentrate here" (top left), high and high
 *   "keep up the good work" (top right), low and low "low priority" (bottom left), low
 *   importance and high performance "possible overkill" (bottom right). A value exactly on a
 *   split counts as high.
 */
import { formatNumber, SCALE_DIGITS } from '../i18n/format';
import { fill, inBothLanguages } from '../i18n/texts';
import { GAPS_TEXT, gapsText } from './texts';
import type { Language, LocalizedText } from '../questionnaire/instrument';

export type IpaQuadrant =
  'concentrateHere' | 'keepUpTheGoodWork' | 'lowPriority' | 'possibleOverkill';

export const IPA_AXES = { x: 'performance', y: 'importance' } as const;

/** Quadrants as drawn: top left, top right, bottom left, bottom right. */
export const IPA_QUADRANT_LAYOUT: readonly [IpaQuadrant, IpaQuadrant, IpaQuadrant, IpaQuadrant] = [
  'concentrateHere',
  'keepUpTheGoodWork',
  'lowPriority',
  'possibleOverkill',
];

const quadrantName = (quadrant: IpaQuadrant): LocalizedText =>
  inBothLanguages(GAPS_TEXT, (texts) => texts.ipa.quadrants[quadrant]);

export const IPA_QUADRANT_NAMES: Record<IpaQuadrant, LocalizedText> = {
  concentrateHere: quadrantName('concentrateHere'),
  keepUpTheGoodWork: quadrantName('keepUpTheGoodWork'),
  lowPriority: quadrantName('lowPriority'),
  possibleOverkill: quadrantName('possibleOverkill'),
};

export const IPA_AXIS_NAMES: Record<'importance' | 'performance', LocalizedText> = {
  importance: inBothLanguages(GAPS_TEXT, (texts) => texts.ipa.axes.importance),
  performance: inBothLanguages(GAPS_TEXT, (texts) => texts.ipa.axes.performance),
};

export function ipaQuadrant(
  importance: number,
  performance: number,
  importanceSplit: number,
  performanceSplit: number,
): IpaQuadrant | null {
  if ([importance, performance, importanceSplit, performanceSplit].some(Number.isNaN)) return null;
  const important = importance >= importanceSplit;
  const performing = performance >= performanceSplit;
  if (important) return performing ? 'keepUpTheGoodWork' : 'concentrateHere';
  return performing ? 'possibleOverkill' : 'lowPriority';
}

export interface IpaPoint {
  code: string;
  importance: number;
  performance: number;
  quadrant: IpaQuadrant | null;
}

/**
 * Splits and quadrants from the needs' mean importance and performance (NaN where not shown).
 * Null when no need has both.
 */
export function ipaGrid(
  points: readonly { code: string; importance: number; performance: number }[],
): { importanceSplit: number; performanceSplit: number; needs: IpaPoint[] } | null {
  const complete = points.filter(
    (point) => !Number.isNaN(point.importance) && !Number.isNaN(point.performance),
  );
  if (complete.length === 0) return null;
  const importanceSplit = complete.reduce((sum, p) => sum + p.importance, 0) / complete.length;
  const performanceSplit = complete.reduce((sum, p) => sum + p.performance, 0) / complete.length;
  return {
    importanceSplit,
    performanceSplit,
    needs: points.map((point) => ({
      ...point,
      quadrant: ipaQuadrant(point.importance, point.performance, importanceSplit, performanceSplit),
    })),
  };
}

/** The cut-offs as printed beside the grid, on screen and in the report. */
export function ipaCutOffText(
  importanceSplit: number,
  performanceSplit: number,
  language: Language,
): string {
  const importance = formatNumber(importanceSplit, language, SCALE_DIGITS);
  const performance = formatNumber(performanceSplit, language, SCALE_DIGITS);
  return fill(gapsText(language).ipa.cutOff, { importance, performance });
}
