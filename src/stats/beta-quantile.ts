import { assertPositive } from './assert-count.js';
import { logBeta } from './log-beta.js';
import { regularizedIncompleteBeta } from './regularized-incomplete-beta.js';

const MAX_ITERATIONS = 300;

/** The starting point of Numerical Recipes' `invbetai` (good to a few digits in most cases). */
function initialGuess(p: number, a: number, b: number): number {
  if (a >= 1 && b >= 1) {
    const pp = p < 0.5 ? p : 1 - p;
    const t = Math.sqrt(-2 * Math.log(pp));
    let x = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    if (p < 0.5) x = -x;
    const al = (x * x - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w = (x * Math.sqrt(al + h)) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
    return a / (a + b * Math.exp(2 * w));
  }
  const lna = Math.log(a / (a + b));
  const lnb = Math.log(b / (a + b));
  const t = Math.exp(a * lna) / a;
  const u = Math.exp(b * lnb) / b;
  const w = t + u;
  return p < t / w ? Math.pow(a * w * p, 1 / a) : 1 - Math.pow(b * w * (1 - p), 1 / b);
}

/**
 * The quantile function of the Beta(a, b) distribution: the x in [0, 1] with I_x(a, b) = p, where
 * I is {@link regularizedIncompleteBeta}. Used for the Clopper–Pearson interval.
 *
 * Newton's method from Numerical Recipes' starting point, on ln I against ln x (for p ≤ ½; on
 * ln(1 − I) against ln(1 − x) above), which is exact in one step on a power-law tail, so tiny
 * quantiles such as 1e-150 need a handful of steps. It is safeguarded by a bracket [lo, hi] that
 * always contains the root: whenever a Newton step would leave the bracket (or a value
 * underflows) the step is replaced by a bisection (geometric when the bracket spans orders of
 * magnitude), so convergence is guaranteed. Iterates until the
 * step is below two units in the last place of x, i.e. to full double precision (limited only by
 * the ~1e-14 accuracy of I itself).
 *
 * Edge cases: p = 0 gives 0 and p = 1 gives 1; Beta(1, 1) is uniform so the result is p. A
 * quantile below the smallest positive double (tiny p with a tiny shape a) underflows to 0; one
 * closer to 1 than 1.1e-16 is returned within one unit in the last place of 1.
 *
 * @throws RangeError if a or b is not a finite positive number or p is outside [0, 1].
 */
export function betaQuantile(p: number, a: number, b: number): number {
  assertPositive('betaQuantile', 'a', a);
  assertPositive('betaQuantile', 'b', b);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`betaQuantile: p must be between 0 and 1, got ${String(p)}`);
  if (p === 0) return 0;
  if (p === 1) return 1;
  const logB = logBeta(a, b);
  const lower = p <= 0.5;
  const logTarget = lower ? Math.log(p) : Math.log1p(-p);
  let lo = 0;
  let hi = 1;
  let x = initialGuess(p, a, b);
  if (!(x > 0 && x < 1)) x = 0.5;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const cdf = regularizedIncompleteBeta(x, a, b);
    if (cdf === p) return x;
    if (cdf < p) lo = x;
    else hi = x;
    // Newton on the log of the relevant tail against the log of x (or of 1 − x): exact in one
    // step for a power-law tail, so quantiles like 1e-150 are reached quickly, and quadratic in
    // the bulk.
    const density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logB);
    let next: number;
    if (lower) {
      const slope = (x * density) / cdf; // d ln I / d ln x
      next = x * Math.exp(-(Math.log(cdf) - logTarget) / slope);
    } else {
      const tail = 1 - cdf;
      const slope = ((1 - x) * density) / tail; // d ln(1 − I) / d ln(1 − x)
      next = 1 - (1 - x) * Math.exp(-(Math.log(tail) - logTarget) / slope);
    }
    const newtonOk = Number.isFinite(next) && next > lo && next < hi;
    if (!newtonOk) {
      if (lo === 0) {
        // Nothing known below: shrink fast (squaring doubles |ln x|), for quantiles like 1e-200.
        if (hi === Number.MIN_VALUE) return 0; // the quantile is below the smallest positive double
        next = hi * hi > 0 ? Math.min(hi * hi, hi / 2) : Number.MIN_VALUE;
      } else if (hi === 1) {
        // Nothing known above: the mirror image, towards the largest double below 1.
        const candidate = 1 - (1 - lo) * (1 - lo);
        next = candidate < 1 ? Math.max(candidate, lo + (1 - lo) / 2) : 1 - Number.EPSILON / 2;
      } else if (hi / lo > 16) {
        next = Math.sqrt(lo) * Math.sqrt(hi); // geometric bisection (no underflow of lo·hi)
      } else if (hi < 1 && (1 - lo) / (1 - hi) > 16) {
        next = 1 - Math.sqrt(1 - lo) * Math.sqrt(1 - hi);
      } else {
        next = lo + (hi - lo) / 2;
      }
    }
    if (next === x || next <= lo || next >= hi) {
      return x;
    }
    const step = Math.abs(next - x);
    x = next;
    if (newtonOk && step <= 2 * Number.EPSILON * x) {
      return x;
    }
  }
  return x;
}
