import { logGamma, logGammaStirlingRemainder } from './log-gamma.js';
import { assertPositive } from './assert-count.js';

/** ½·ln(2π). */
const HALF_LOG_TWO_PI = 0.9189385332046727;

/** ln(part/sum) where sum = part + other, through log1p when part dominates (no rounding loss). */
function logShare(part: number, other: number, sum: number): number {
  return part < other ? Math.log(part / sum) : Math.log1p(-other / sum);
}

/**
 * The natural logarithm of the beta function, ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for
 * a, b > 0.
 *
 * When both shapes are at least 10 it uses Stirling's form
 * ½·ln 2π + (a − ½)·ln(a/(a+b)) + (b − ½)·ln(b/(a+b)) − ½·ln(a+b) + δ(a) + δ(b) − δ(a+b),
 * which avoids subtracting three large log-gamma values; otherwise the log-gamma values are small
 * enough to combine directly. Relative error is around 1e-15.
 *
 * @throws RangeError if a or b is not a finite positive number.
 */
export function logBeta(a: number, b: number): number {
  assertPositive('logBeta', 'a', a);
  assertPositive('logBeta', 'b', b);
  if (a < 10 || b < 10) {
    const big = Math.max(a, b);
    const small = Math.min(a, b);
    if (big < 10) return logGamma(a) + logGamma(b) - logGamma(a + b);
    // ln Γ(big) − ln Γ(big + small) through Stirling's form, exact ln Γ(small).
    const s = big + small;
    const diff =
      (big - 0.5) * logShare(big, small, s) -
      small * Math.log(s) +
      small +
      logGammaStirlingRemainder(big) -
      logGammaStirlingRemainder(s);
    // (big − ½)·ln big − big − [(s − ½)·ln s − s] = (big − ½)·ln(big/s) − small·ln s + small
    return logGamma(small) + diff;
  }
  const s = a + b;
  return (
    HALF_LOG_TWO_PI +
    (a - 0.5) * logShare(a, b, s) +
    (b - 0.5) * logShare(b, a, s) -
    0.5 * Math.log(s) +
    logGammaStirlingRemainder(a) +
    logGammaStirlingRemainder(b) -
    logGammaStirlingRemainder(s)
  );
}
