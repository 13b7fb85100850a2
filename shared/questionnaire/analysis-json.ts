/**
 * The `klantspiegel analyze --json` document (docs/analysis.schema.json): scores for the whole
 * sample and per group, reliability, pairwise group comparisons and the needs rank correlations.
 * Full precision; "not computable" is null.
 */
import {
  compareAllPairs,
  comparisonRows,
  needsPicture,
  prepareGapData,
  type ComparisonRows,
} from '../gaps';
import { NOTABLE_ABS_G, NOTABLE_DIFF_FRACTION_OF_RANGE } from '../gaps/thresholds';
import { buildScoringModel, scoreResponses, type ResponseMatrix } from '../scoring';
import type { ScoreBlock, Summary } from '../scoring/score';
import type { Instrument } from './instrument';

export const ANALYSIS_FORMAT_VERSION = 1;

const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);
const summary = (value: Summary) => ({
  n: value.n,
  mean: finite(value.mean),
  sd: finite(value.sd),
});

function blockJson(block: ScoreBlock) {
  return {
    respondents: block.respondents,
    overall: summary(block.overall),
    overall100: summary(block.overall100),
    dimensions: block.dimensions.map((dimension) => ({
      code: dimension.code,
      ...summary(dimension),
    })),
    items: block.items.map((item) => ({
      code: item.code,
      dimension: item.dimension,
      reverse: item.reverse,
      ...summary(item),
      distribution: item.distribution,
    })),
    needs: block.needs.map((need) => ({
      code: need.code,
      importance: { ...summary(need.importance), distribution: need.importance.distribution },
      performance: { ...summary(need.performance), distribution: need.performance.distribution },
    })),
  };
}

export interface AnalysisInput {
  instrument: Instrument;
  matrix: ResponseMatrix;
  groupNames: string[];
  anonymityThreshold: number;
  minAnsweredFraction: number;
}

export function analysisJson(input: AnalysisInput) {
  const { instrument, matrix, groupNames } = input;
  const model = buildScoringModel(instrument, matrix.itemCodes, {
    minAnsweredFraction: input.minAnsweredFraction,
  });
  const scoring = scoreResponses(matrix, model, { anonymityThreshold: input.anonymityThreshold });
  const gapData = prepareGapData({
    matrix,
    model,
    groupNames,
    anonymityThreshold: input.anonymityThreshold,
    scored: scoring.scored,
  });
  const comparisons: ComparisonRows[] = compareAllPairs(gapData).map(comparisonRows);
  const needs = needsPicture(gapData);
  return {
    formatVersion: ANALYSIS_FORMAT_VERSION,
    instrument: { id: instrument.id, version: instrument.version },
    scale: { min: instrument.scale.min, max: instrument.scale.max },
    anonymityThreshold: scoring.anonymityThreshold,
    minAnsweredFraction: model.minAnsweredFraction,
    total: blockJson(scoring.total),
    groups: groupNames.map((name, index) => {
      const block = scoring.groups.find((candidate) => candidate.group === index);
      return block
        ? { name, suppressed: false as const, ...blockJson(block) }
        : { name, suppressed: true as const };
    }),
    reliability: scoring.reliability.map((entry) => ({
      dimension: entry.code,
      items: entry.itemCodes,
      nComplete: entry.nComplete,
      alpha: finite(entry.alpha),
      alphaIfDeleted: entry.alphaIfDeleted.map(finite),
      correctedItemTotal: entry.itemTotalCorrelation.map(finite),
    })),
    notableThresholds: {
      absDiff: (instrument.scale.max - instrument.scale.min) * NOTABLE_DIFF_FRACTION_OF_RANGE,
      absG: NOTABLE_ABS_G,
    },
    comparisons,
    needsRankCorrelation: {
      groups: needs.groupNames,
      needs: needs.needCodes,
      pairs: needs.correlations.map((pair) => ({
        groupA: pair.nameA,
        groupB: pair.nameB,
        rho: finite(pair.rho),
        needCount: pair.needCount,
      })),
    },
  };
}

export type AnalysisJson = ReturnType<typeof analysisJson>;
