import { normalQuantile } from '../normal-quantile.js';
import type { BetaPrior } from './beta-prior.js';
import { logistic, logit, MAX_SHIFT } from './log-odds-shift.js';
import type { EncodedDay } from './shift-cusum.js';

/** A change in pass rate measured on the same tasks, with an interval. */
export interface PairedEffect {
  /** Change in pass rate, in proportion units (−0.1 is a drop of 10 points). */
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
  readonly confidence: number;
  /** Maximum-likelihood common log-odds shift of every task's probability. */
  readonly logOddsShift: number;
  /** Attempts in the compared window. */
  readonly attempts: number;
}

/**
 * The change in pass rate of the attempts in `window` against what the reference predicts for the
 * same tasks: mean of (yₖ − p̃ᵢ₍ₖ₎), where p̃ᵢ = (α + sᵢ)/(α + β + nᵢ) is task i's posterior mean from
 * the reference counts (the pool's prior for unseen tasks). Pairing on tasks removes the task-mix
 * variance that a pooled comparison carries. The variance adds the window's Bernoulli variance
 * Σ p̃(1−p̃) and the reference's estimation variance Σᵢ mᵢ²·p̃ᵢ(1−p̃ᵢ)/(α+β+nᵢ+1) (mᵢ = window attempts
 * of task i); the interval is the normal (Wald) interval, clipped to [−1, 1]. Returns null for an
 * empty window.
 */
export function pairedEffect(
  refAttempts: ArrayLike<number>,
  refPasses: ArrayLike<number>,
  prior: BetaPrior,
  window: readonly EncodedDay[],
  confidence: number,
): PairedEffect | null {
  const strength = prior.alpha + prior.beta;
  const prob = (i: number): number => (prior.alpha + (refPasses[i] ?? 0)) / (strength + (refAttempts[i] ?? 0));
  const uses = new Map<number, number>();
  let n = 0;
  let passed = 0;
  let expected = 0;
  let variance = 0;
  const logits: number[] = [];
  for (const day of window) {
    for (let a = 0; a < day.tasks.length; a++) {
      const i = day.tasks[a] ?? 0;
      const p = prob(i);
      n += 1;
      passed += day.passed[a] ?? 0;
      expected += p;
      variance += p * (1 - p);
      uses.set(i, (uses.get(i) ?? 0) + 1);
      logits.push(logit(p));
    }
  }
  if (n === 0) return null;
  for (const [i, mi] of uses) {
    const p = prob(i);
    variance += (mi * mi * p * (1 - p)) / (strength + (refAttempts[i] ?? 0) + 1);
  }
  const estimate = (passed - expected) / n;
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const half = (z * Math.sqrt(variance)) / n;
  let lo = -MAX_SHIFT;
  let hi = MAX_SHIFT;
  for (let it = 0; it < 50; it++) {
    const mid = (lo + hi) / 2;
    let sum = 0;
    for (const l of logits) sum += logistic(l + mid);
    if (sum < passed) lo = mid;
    else hi = mid;
  }
  return {
    estimate,
    lower: Math.max(-1, estimate - half),
    upper: Math.min(1, estimate + half),
    confidence,
    logOddsShift: (lo + hi) / 2,
    attempts: n,
  };
}
