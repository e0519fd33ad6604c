import { assertOpenUnit, assertUnit } from './assert-count.js';
import { normalCdf } from './normal-cdf.js';
import { normalQuantile } from './normal-quantile.js';

/** Options of {@link minimumDetectableEffect}. */
export interface MinimumDetectableEffectOptions {
  /** Two-sided significance level of the test; default 0.05. */
  readonly alpha?: number;
  /** Required probability of detecting the drop; default 0.8. */
  readonly power?: number;
}

/** Grid resolution of the scan for the first δ that reaches the power (then refined by bisection). */
const GRID = 1000;

/**
 * The minimum detectable effect: the smallest absolute drop δ in pass rate, from the baseline rate
 * `p0` to p₁ = p0 − δ, that a two-sided pooled two-proportion z-test ({@link twoProportionZTest})
 * at level `alpha` detects with probability at least `power`, given `n0` baseline attempts and
 * `n1` window attempts. This is the "a drop of x points is needed for significance" figure shown
 * next to every comparison.
 *
 * Formula (the normal approximation of Fleiss, Levin & Paik, solved for δ rather than for n).
 * Under the alternative, p̂₀ − p̂₁ ≈ N(δ, σ₁²) with σ₁² = p0(1 − p0)/n0 + p₁(1 − p₁)/n1, and the
 * pooled standard error is approximately σ₀ = √(p̄(1 − p̄)(1/n0 + 1/n1)) with
 * p̄ = (n0·p0 + n1·p₁)/(n0 + n1). With z = Φ⁻¹(1 − alpha/2) the test rejects when
 * |p̂₀ − p̂₁| > z·σ₀, so
 *   power(δ) = Φ((δ − z·σ₀)/σ₁) + Φ((−δ − z·σ₀)/σ₁),
 * and the result is the smallest δ in [0, p0] with power(δ) ≥ `power`, found by a scan of
 * 1000 steps over [0, p0] and bisection to full precision. For p₁ close to p0 it reduces to the
 * textbook δ ≈ (z₁₋α/₂ + z_power)·√(p0(1 − p0)(1/n0 + 1/n1)).
 *
 * Edge cases: returns `Infinity` when no drop is detectable with that power, even one to p₁ = 0
 * (p0 = 0, n0 = 0 or n1 = 0, or samples too small); returns 0 when `power` ≤ `alpha` (the test
 * "detects" a zero drop at rate alpha). Sample sizes may be fractional (expected counts) when
 * planning a budget.
 *
 * @example minimumDetectableEffect(0.7, 300, 50) // → 0.204: a 70% agent must fall to ~50% to be caught
 * @throws RangeError if p0 is outside [0, 1], a sample size is negative or not finite, or alpha or
 * power is not strictly between 0 and 1.
 */
export function minimumDetectableEffect(
  p0: number,
  n0: number,
  n1: number,
  options: MinimumDetectableEffectOptions = {},
): number {
  const fn = 'minimumDetectableEffect';
  const alpha = options.alpha ?? 0.05;
  const power = options.power ?? 0.8;
  assertUnit(fn, 'p0', p0);
  for (const [name, n] of [['n0', n0], ['n1', n1]] as const) {
    if (!(n >= 0 && Number.isFinite(n))) {
      throw new RangeError(`${fn}: ${name} must be a finite non-negative sample size, got ${String(n)}`);
    }
  }
  assertOpenUnit(fn, 'alpha', alpha);
  assertOpenUnit(fn, 'power', power);
  if (power <= alpha) return 0;
  if (p0 === 0 || n0 === 0 || n1 === 0) return Infinity;

  const z = normalQuantile(1 - alpha / 2);
  const powerAt = (delta: number): number => {
    const p1 = Math.max(0, p0 - delta);
    const pBar = (n0 * p0 + n1 * p1) / (n0 + n1);
    const sigma0 = Math.sqrt(pBar * (1 - pBar) * (1 / n0 + 1 / n1));
    const sigma1 = Math.sqrt((p0 * (1 - p0)) / n0 + (p1 * (1 - p1)) / n1);
    const threshold = z * sigma0;
    if (sigma1 === 0) return delta > threshold ? 1 : 0;
    return normalCdf((delta - threshold) / sigma1) + normalCdf((-delta - threshold) / sigma1);
  };

  let previous = 0;
  for (let i = 1; i <= GRID; i++) {
    const delta = i === GRID ? p0 : (p0 * i) / GRID;
    if (powerAt(delta) >= power) {
      let lo = previous;
      let hi = delta;
      for (let step = 0; step < 200 && hi - lo > Number.EPSILON * hi; step++) {
        const mid = lo + (hi - lo) / 2;
        if (mid <= lo || mid >= hi) break;
        if (powerAt(mid) >= power) hi = mid;
        else lo = mid;
      }
      return hi;
    }
    previous = delta;
  }
  return Infinity;
}
