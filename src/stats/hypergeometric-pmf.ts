import { assertCount } from './assert-count.js';
import { logBinomialCoefficient } from './log-binomial-coefficient.js';

/**
 * ln P(X = k) for X ~ Hypergeometric: k successes in `draws` draws without replacement from a
 * population of `population` items of which `successes` are successes (scipy's
 * `hypergeom.logpmf(k, M=population, n=successes, N=draws)`).
 *
 * Edge cases: k outside the support max(0, draws − (population − successes)) … min(successes, draws)
 * gives −Infinity; a degenerate support of one point gives 0.
 *
 * @throws RangeError if any argument is not a non-negative integer, or successes or draws exceed
 * the population.
 */
export function hypergeometricLogPmf(k: number, population: number, successes: number, draws: number): number {
  const fn = 'hypergeometricLogPmf';
  assertCount(fn, 'k', k);
  assertCount(fn, 'population', population);
  assertCount(fn, 'successes', successes);
  assertCount(fn, 'draws', draws);
  if (successes > population) {
    throw new RangeError(`${fn}: successes (${successes}) must not exceed population (${population})`);
  }
  if (draws > population) throw new RangeError(`${fn}: draws (${draws}) must not exceed population (${population})`);
  const failures = population - successes;
  if (k > successes || k > draws || draws - k > failures) return -Infinity;
  return (
    logBinomialCoefficient(successes, k) +
    logBinomialCoefficient(failures, draws - k) -
    logBinomialCoefficient(population, draws)
  );
}

/**
 * P(X = k) for the hypergeometric distribution: `Math.exp(hypergeometricLogPmf(...))`.
 *
 * @throws RangeError as {@link hypergeometricLogPmf}.
 */
export function hypergeometricPmf(k: number, population: number, successes: number, draws: number): number {
  return Math.exp(hypergeometricLogPmf(k, population, successes, draws));
}
