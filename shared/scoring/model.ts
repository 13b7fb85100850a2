/**
 * The scoring model: which matrix columns feed which item, dimension and customer need, derived
 * once from an Instrument so that the scoring loop only does array arithmetic.
 */
import type { Instrument, Scale } from '../questionnaire/instrument';

export interface ScaleRange {
  min: number;
  max: number;
}

/** A likert item as scored. */
export interface ModelItem {
  code: string;
  /** Column in the response matrix; −1 when the matrix has no such column (all missing). */
  column: number;
  /** Index into `ScoringModel.dimensions`; −1 when the item belongs to no known dimension. */
  dimension: number;
  reverse: boolean;
}

export interface ModelDimension {
  code: string;
  /** Indices into `ScoringModel.items`. */
  items: number[];
  /** Answered items needed for a respondent's dimension score. */
  requiredAnswers: number;
}

export interface ModelNeed {
  code: string;
  /** Codes of the importance / performance items of this need (the first of each kind). */
  importanceItem: string | null;
  performanceItem: string | null;
  /** Matrix columns; −1 when absent. */
  importanceColumn: number;
  performanceColumn: number;
}

export interface ScoringModel {
  /** Scale of the likert items. */
  scale: ScaleRange;
  /** Scale of the importance and performance items. */
  needsScale: ScaleRange;
  /** Likert items in questionnaire order: the only items that count toward dimensions. */
  items: ModelItem[];
  dimensions: ModelDimension[];
  needs: ModelNeed[];
  minAnsweredFraction: number;
  /**
   * Dimension scores needed for the overall index: the same fraction rule as for items, applied to
   * the dimensions that have items.
   */
  requiredDimensions: number;
}

export interface ScoringOptions {
  /** Fraction of a dimension's items that must be answered (default 0.5, clamped to 0 … 1). */
  minAnsweredFraction?: number;
}

export const DEFAULT_MIN_ANSWERED_FRACTION = 0.5;

/**
 * At least `fraction` of `count`, and at least one (a mean of nothing is undefined). The small
 * epsilon keeps e.g. 0.6 × 5 = 3.0000000000000004 from demanding 4.
 */
export function requiredCount(count: number, fraction: number): number {
  return Math.max(1, Math.ceil(fraction * count - 1e-9));
}

export function buildScoringModel(
  instrument: Instrument,
  itemCodes: readonly string[],
  options: ScoringOptions = {},
): ScoringModel {
  const fraction = clampFraction(options.minAnsweredFraction);
  const columnOf = new Map<string, number>();
  itemCodes.forEach((code, column) => {
    if (!columnOf.has(code)) columnOf.set(code, column);
  });
  const column = (code: string): number => columnOf.get(code) ?? -1;

  const dimensionIndex = new Map(instrument.dimensions.map((d, index) => [d.code, index]));
  const dimensions: ModelDimension[] = instrument.dimensions.map((d) => ({
    code: d.code,
    items: [],
    requiredAnswers: 1,
  }));
  const items: ModelItem[] = [];
  for (const item of instrument.items) {
    if (item.kind !== 'likert') continue;
    const dimension = item.dimension === null ? -1 : (dimensionIndex.get(item.dimension) ?? -1);
    if (dimension >= 0) dimensions[dimension]!.items.push(items.length);
    items.push({ code: item.code, column: column(item.code), dimension, reverse: item.reverse });
  }
  for (const d of dimensions) d.requiredAnswers = requiredCount(d.items.length, fraction);

  const needs: ModelNeed[] = instrument.needs.map((need) => {
    const importance = instrument.items.find(
      (i) => i.kind === 'importance' && i.need === need.code,
    );
    const performance = instrument.items.find(
      (i) => i.kind === 'performance' && i.need === need.code,
    );
    return {
      code: need.code,
      importanceItem: importance?.code ?? null,
      performanceItem: performance?.code ?? null,
      importanceColumn: importance ? column(importance.code) : -1,
      performanceColumn: performance ? column(performance.code) : -1,
    };
  });

  const scoredDimensions = dimensions.filter((d) => d.items.length > 0).length;
  return {
    scale: rangeOf(instrument.scale),
    needsScale: rangeOf(instrument.needsScale),
    items,
    dimensions,
    needs,
    minAnsweredFraction: fraction,
    requiredDimensions: requiredCount(scoredDimensions, fraction),
  };
}

function rangeOf(scale: Scale): ScaleRange {
  return { min: scale.min, max: scale.max };
}

function clampFraction(fraction: number | undefined): number {
  if (fraction === undefined || !Number.isFinite(fraction)) return DEFAULT_MIN_ANSWERED_FRACTION;
  return Math.min(1, Math.max(0, fraction));
}

/** (x − min) / (max − min) · 100: a score on the 0–100 scale. */
export function toPercentOfScale(x: number, scale: ScaleRange): number {
  return ((x - scale.min) / (scale.max - scale.min)) * 100;
}
