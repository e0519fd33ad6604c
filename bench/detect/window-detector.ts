/** Windows of the fixed-window baseline detector, in days. */
export const WINDOWS: readonly number[] = [1, 7, 30];
/** One-sided 5% critical value of the standard normal. */
const Z_CRIT = -1.6448536269514722;

/**
 * The naive detector the sequential one replaces: after a baseline of `baselineDays` days, every day
 * tests the last 1, 7 and 30 days (each once that many days exist after the baseline) against the
 * baseline's pooled rate with a one-sided pooled two-proportion z-test at p < 0.05, and alarms if any
 * window is significantly lower. Returns the index of the first alarming day at or after `from`, or
 * null.
 *
 * @param passes passes per day
 * @param attempts attempts per day
 */
export function windowDetector(passes: ArrayLike<number>, attempts: ArrayLike<number>, from: number, baselineDays: number): number | null {
  const start = from + baselineDays;
  if (start > passes.length) return null;
  let x0 = 0;
  let n0 = 0;
  for (let t = from; t < start; t++) {
    x0 += passes[t] ?? 0;
    n0 += attempts[t] ?? 0;
  }
  if (n0 === 0) return null;
  const p0 = x0 / n0;
  for (let t = start; t < passes.length; t++) {
    for (const w of WINDOWS) {
      if (t - start + 1 < w) continue;
      let x = 0;
      let n = 0;
      for (let u = t - w + 1; u <= t; u++) {
        x += passes[u] ?? 0;
        n += attempts[u] ?? 0;
      }
      if (n === 0) continue;
      const pooled = (x0 + x) / (n0 + n);
      const se = Math.sqrt(pooled * (1 - pooled) * (1 / n0 + 1 / n));
      if (se > 0 && (x / n - p0) / se < Z_CRIT) return t;
    }
  }
  return null;
}
