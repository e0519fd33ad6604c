/** A Beta(alpha, beta) prior for per-task pass probabilities, fitted to a pool of tasks. */
export interface BetaPrior {
  readonly alpha: number;
  readonly beta: number;
}

/** Prior strength (alpha + beta) used when the data cannot separate task differences from noise. */
const POOLED_STRENGTH = 1000;
/** Bounds on alpha + beta: below 0.2 a single observation would be trusted almost blindly. */
const MIN_STRENGTH = 0.2;
const MAX_STRENGTH = 1000;

/**
 * Fits a Beta prior to per-task pass counts by the method of moments of the beta-binomial model,
 * allowing a different number of attempts per task.
 *
 * With m the pooled rate, S² the attempt-weighted variance of the per-task rates, K tasks and N
 * attempts, E[S²] = m(1−m)·(K/N + ρ(1 − K/N)) where ρ = 1/(α+β+1) is the intra-task correlation;
 * solving for ρ gives α+β. Tasks that are almost always or almost never solved make ρ large (a
 * U-shaped prior), identical tasks make it small (strong pooling). When tasks hardly repeat
 * (K/N > 0.95) the split is not identifiable and the prior pools strongly. The pooled rate is kept
 * away from 0 and 1 by half an attempt so that an always-solved pool still gives α, β > 0.
 *
 * @param attempts attempts per task (entries with 0 attempts are ignored)
 * @param passes passes per task, same length
 */
export function fitBetaPrior(attempts: ArrayLike<number>, passes: ArrayLike<number>): BetaPrior {
  let n = 0;
  let s = 0;
  let k = 0;
  for (let i = 0; i < attempts.length; i++) {
    const ni = attempts[i] ?? 0;
    if (ni <= 0) continue;
    n += ni;
    s += passes[i] ?? 0;
    k += 1;
  }
  if (n === 0) return { alpha: 1, beta: 1 };
  const m = Math.min(Math.max(s / n, 0.5 / n), 1 - 0.5 / n);
  let strength = POOLED_STRENGTH;
  const repeat = 1 - k / n;
  if (repeat > 0.05) {
    let ss = 0;
    for (let i = 0; i < attempts.length; i++) {
      const ni = attempts[i] ?? 0;
      if (ni <= 0) continue;
      const d = (passes[i] ?? 0) / ni - m;
      ss += ni * d * d;
    }
    const rho = (ss / n / (m * (1 - m)) - k / n) / repeat;
    strength = rho <= 1 / (MAX_STRENGTH + 1) ? MAX_STRENGTH : Math.max(MIN_STRENGTH, 1 / Math.min(rho, 0.999) - 1);
  }
  return { alpha: m * strength, beta: (1 - m) * strength };
}
