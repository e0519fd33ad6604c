// barometer/stats: pure statistics. No I/O, no clock.
// ── §1 interval estimates and tests (owner: stats library) ──
export type { Interval } from './interval.js';
export { wilsonInterval } from './wilson-interval.js';
export { clopperPearsonInterval } from './clopper-pearson-interval.js';
export { twoProportionZTest, type TwoProportionZTestResult } from './two-proportion-z-test.js';
export {
  fisherExactTest,
  type FisherAlternative,
  type FisherExactTestResult,
  type TwoByTwoTable,
} from './fisher-exact-test.js';
export { mcnemarTest, type McNemarTestResult } from './mcnemar-test.js';
export { mannWhitneyU, type MannWhitneyUResult } from './mann-whitney-u.js';
export { hodgesLehmannShift } from './hodges-lehmann-shift.js';
export { benjaminiHochberg } from './benjamini-hochberg.js';
export { passAtK } from './pass-at-k.js';
export { passHatK } from './pass-hat-k.js';
export { minimumDetectableEffect, type MinimumDetectableEffectOptions } from './minimum-detectable-effect.js';
// special functions
export { normalCdf } from './normal-cdf.js';
export { normalQuantile } from './normal-quantile.js';
export { logGamma, logGammaStirlingRemainder } from './log-gamma.js';
export { logBeta } from './log-beta.js';
export { logBinomialCoefficient } from './log-binomial-coefficient.js';
export { regularizedIncompleteBeta } from './regularized-incomplete-beta.js';
export { betaQuantile } from './beta-quantile.js';
export { binomialLogPmf, binomialPmf } from './binomial-pmf.js';
export { binomialLogCdf, binomialCdf } from './binomial-cdf.js';
export { hypergeometricLogPmf, hypergeometricPmf } from './hypergeometric-pmf.js';
export { logSumExp } from './log-sum-exp.js';
// ── §2 sequential change detection (owner: detector) ──
export * from './detect-change.js';
