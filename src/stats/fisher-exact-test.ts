import { assertCount } from './assert-count.js';
import { hypergeometricLogPmf } from './hypergeometric-pmf.js';

/** A 2×2 contingency table [[a, b], [c, d]] of non-negative integer counts. */
export type TwoByTwoTable = readonly [readonly [number, number], readonly [number, number]];

/** The alternative hypothesis of {@link fisherExactTest}, about the odds ratio ad/bc. */
export type FisherAlternative = 'two-sided' | 'less' | 'greater';

/** The result of {@link fisherExactTest}. */
export interface FisherExactTestResult {
  /** The p-value, in [0, 1]. */
  readonly pValue: number;
}

/**
 * Relative tolerance for "no more likely than the observed table" in the two-sided test. It only
 * has to absorb floating-point noise between tables whose probabilities are mathematically equal
 * (distinct hypergeometric probabilities differ by far more). R's `fisher.test` uses 1 + 1e-7;
 * scipy uses 1 + 1e-14 with a more precise pmf; the two agree on every non-tied table.
 */
const RELATIVE_TOLERANCE = 1 + 1e-7;

/**
 * Fisher's exact test on a 2×2 table [[a, b], [c, d]], conditional on the margins, with the same
 * conventions as `scipy.stats.fisher_exact`. Under H₀ (odds ratio 1) the top-left count a follows
 * a hypergeometric distribution with population a + b + c + d, a + b successes and a + c draws.
 *
 * - `'less'`: P(X ≤ a), evidence that the odds ratio of the first row is below 1;
 * - `'greater'`: P(X ≥ a), evidence that it is above 1;
 * - `'two-sided'`: the sum of P(X = x) over every table no more likely than the observed one,
 *   P(X = x) ≤ P(X = a)·(1 + 1e-7) (the tolerance only absorbs rounding between tied tables).
 *
 * Probabilities are computed in log space, so tiny p-values (1e-300) keep their relative precision.
 * Used for the exact unpaired comparison of two pass rates when counts are small: a = passes and
 * b = failures in the window, c = passes and d = failures in the baseline.
 *
 * Edge cases: a row or a column summing to 0 gives pValue 1 for every alternative (as scipy);
 * p-values are capped at 1.
 *
 * @example fisherExactTest([[8, 2], [1, 5]]) // → { pValue: 0.03497 }
 * @throws RangeError if a cell is not a non-negative integer or `alternative` is unknown.
 */
export function fisherExactTest(
  table: TwoByTwoTable,
  alternative: FisherAlternative = 'two-sided',
): FisherExactTestResult {
  const [[a, b], [c, d]] = table;
  assertCount('fisherExactTest', 'table[0][0]', a);
  assertCount('fisherExactTest', 'table[0][1]', b);
  assertCount('fisherExactTest', 'table[1][0]', c);
  assertCount('fisherExactTest', 'table[1][1]', d);
  if (alternative !== 'two-sided' && alternative !== 'less' && alternative !== 'greater') {
    throw new RangeError(
      `fisherExactTest: alternative must be 'two-sided', 'less' or 'greater', got ${String(alternative)}`,
    );
  }
  const row1 = a + b;
  const column1 = a + c;
  const population = a + b + c + d;
  if (row1 === 0 || c + d === 0 || column1 === 0 || b + d === 0) return { pValue: 1 };
  const low = Math.max(0, column1 - (c + d));
  const high = Math.min(row1, column1);
  const logPmf = (x: number): number => hypergeometricLogPmf(x, population, row1, column1);

  let sum = 0;
  if (alternative === 'less') {
    for (let x = low; x <= a; x++) sum += Math.exp(logPmf(x));
  } else if (alternative === 'greater') {
    for (let x = high; x >= a; x--) sum += Math.exp(logPmf(x));
  } else {
    const observed = logPmf(a) + Math.log(RELATIVE_TOLERANCE);
    const terms: number[] = [];
    for (let x = low; x <= high; x++) {
      const lp = logPmf(x);
      if (lp <= observed) terms.push(Math.exp(lp));
    }
    terms.sort((u, v) => u - v);
    for (const t of terms) sum += t;
  }
  return { pValue: Math.min(1, sum) };
}
