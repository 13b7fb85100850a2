export type { ResponseMatrix } from './response-matrix';
export { respondentCountOf } from './response-matrix';
export {
  buildScoringModel,
  DEFAULT_MIN_ANSWERED_FRACTION,
  requiredCount,
  toPercentOfScale,
} from './model';
export type {
  ModelDimension,
  ModelItem,
  ModelNeed,
  ScaleRange,
  ScoringModel,
  ScoringOptions,
} from './model';
export { scoredColumn, scoredLayout, scoreRespondents } from './respondent-scores';
export type { ScoredLayout, ScoredResponses } from './respondent-scores';
export { computeGroupDistributions, computeGroupMoments, momentsAt } from './group-moments';
export type { GroupMoments, ScoredGroupMoments } from './group-moments';
export {
  DEFAULT_ANONYMITY_THRESHOLD,
  effectiveAnonymityThreshold,
  groupSizes,
  isShownCell,
  MIN_ANONYMITY_THRESHOLD,
  planDisclosure,
  visibleGroups,
} from './anonymity';
export type { DisclosurePlan } from './anonymity';
export { scoreResponses } from './score';
export type {
  DimensionReliability,
  DimensionScore,
  DistributionSummary,
  Favourable,
  GroupScoreBlock,
  ItemScore,
  NeedScore,
  ScoreBlock,
  ScoreOptions,
  ScoringResult,
  Summary,
} from './score';
