export { answerDistribution, describe, mean, mergeMoments, withSd } from './descriptives';
export type { Descriptives, Moments } from './descriptives';
export { alphaConfidenceInterval, cronbachAlpha, cronbachAlphaOfMatrix } from './cronbach';
export type { Reliability } from './cronbach';
export { DEFAULT_CONFIDENCE_LEVEL, welchTTest, welchTTestOfSamples } from './welch';
export type { WelchResult } from './welch';
export { hedgesG, hedgesGOfSamples, twoSidedZ } from './hedges';
export type { HedgesResult } from './hedges';
export { holmAdjust } from './holm';
export { averageRanks } from './ranks';
export { pearson, spearman } from './correlation';
export { sampleSizeStatus, TEST_STATUSES } from './status';
export type { TestStatus } from './status';
export {
  fisherFCdf,
  fisherFQuantile,
  standardNormalQuantile,
  studentTCdf,
  studentTQuantile,
} from './distributions';
export { marginOfError, responseRate } from './response-rate';
export type { ResponseRate } from './response-rate';
export { meanConfidenceInterval } from './confidence';
export type { MeanInterval } from './confidence';
export { FAVOURABLE_POINTS, favourableCounts, favourableShare, favourableValues } from './top-box';
export { omegaSquared, welchAnova } from './welch-anova';
export type { WelchAnovaResult } from './welch-anova';
