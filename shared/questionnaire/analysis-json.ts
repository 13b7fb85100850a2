/**
 * The `klantspiegel analyze --json` document (docs/analysis.schema.json): scores for the whole
 * sample and per group (the Results tab's figures), reliability, and the gap analysis — every
 * pairwise comparison, Welch's ANOVA per dimension, the largest notable gaps and the needs rank
 * correlations — computed by the very functions the app uses (`scoreResponses`, `buildResults`'
 * blocks and `analyseFamily`), under the same anonymity rules. Full precision; "not computable"
 * or "not shown" is null.
 */
import { analyseFamily } from '../gaps/analysis';
import { MULTIPLICITY_METHOD, SIGNIFICANCE_LEVEL } from '../gaps/thresholds';
import { SCALE_DIGITS } from '../i18n/format';
import { buildScoringModel, scoreResponses, type ResponseMatrix } from '../scoring';
import type { Instrument } from './instrument';
import { favourableDefinition, toResultBlock } from './result-block';

export const ANALYSIS_FORMAT_VERSION = 2;

export interface AnalysisInput {
  instrument: Instrument;
  matrix: ResponseMatrix;
  groupNames: string[];
  anonymityThreshold: number;
  minAnsweredFraction: number;
}

const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);

export function analysisJson(input: AnalysisInput) {
  const { instrument, matrix, groupNames } = input;
  const model = buildScoringModel(instrument, matrix.itemCodes, {
    minAnsweredFraction: input.minAnsweredFraction,
  });
  const scoring = scoreResponses(matrix, model, { anonymityThreshold: input.anonymityThreshold });
  const gaps = analyseFamily({
    versions: [
      {
        instrumentId: 1,
        key: instrument.id,
        version: instrument.version,
        instrument,
        matrix,
        // The Results figures' scoring: the analysis scores nobody again.
        scored: scoring.groupMoments,
      },
    ],
    groups: groupNames.map((name, index) => ({
      id: index + 1,
      name,
      kind: 'department',
      invited: null,
    })),
    selected: groupNames.map((_, index) => index),
    anonymityThreshold: input.anonymityThreshold,
    minAnsweredFraction: input.minAnsweredFraction,
  });
  const needs = gaps.needsPicture;
  return {
    formatVersion: ANALYSIS_FORMAT_VERSION,
    instrument: { id: instrument.id, version: instrument.version, family: instrument.family },
    scale: { min: instrument.scale.min, max: instrument.scale.max },
    anonymityThreshold: scoring.anonymityThreshold,
    minAnsweredFraction: model.minAnsweredFraction,
    /** Figures on the answer scale are shown with this many decimals on every surface. */
    shownDecimals: SCALE_DIGITS,
    favourable: favourableDefinition(instrument),
    total: scoring.total ? toResultBlock(scoring.total, instrument) : null,
    pooledRespondents: scoring.pooledRespondents,
    groups: groupNames.map((name, index) => {
      const block = scoring.groups.find((candidate) => candidate.group === index);
      return block
        ? { name, suppressed: false as const, ...toResultBlock(block, instrument) }
        : { name, suppressed: true as const };
    }),
    reliability: scoring.reliability.map((entry) => ({
      dimension: entry.code,
      items: entry.itemCodes,
      nComplete: entry.nComplete,
      alpha: finite(entry.alpha),
      ciLow: finite(entry.ciLow),
      ciHigh: finite(entry.ciHigh),
      alphaIfDeleted: entry.alphaIfDeleted.map(finite),
      correctedItemTotal: entry.itemTotalCorrelation.map(finite),
    })),
    notableThresholds: {
      absDiff: gaps.thresholds.notableDiff,
      absG: gaps.thresholds.absG,
      adjustedP: SIGNIFICANCE_LEVEL,
      multiplicity: MULTIPLICITY_METHOD,
    },
    multiplicity: gaps.multiplicity,
    comparisons: gaps.comparisons.map((comparison) => ({
      groupA: comparison.nameA,
      groupB: comparison.nameB,
      items: comparison.items,
      dimensions: comparison.dimensions,
      overall: comparison.overall,
    })),
    anova: gaps.anova,
    largestGaps: gaps.largestGaps.map((gap) => ({
      dimension: gap.code,
      higher: gap.higherName,
      lower: gap.lowerName,
      meanHigher: gap.meanHigher,
      meanLower: gap.meanLower,
      diff: gap.diff,
      pHolm: gap.pHolm,
      rank: gap.rank,
      tied: gap.tied,
    })),
    needsRankCorrelation: {
      groups: needs.groups.map((group) => group.name),
      needs: needs.rankings.map((ranking) => ranking.code),
      pairs: needs.correlations.map((pair) => ({
        groupA: pair.nameA,
        groupB: pair.nameB,
        rho: pair.rho,
        needCount: pair.needCount,
      })),
    },
  };
}

export type AnalysisJson = ReturnType<typeof analysisJson>;
