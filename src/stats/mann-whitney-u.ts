import { normalCdf } from './normal-cdf.js';

/** The result of {@link mannWhitneyU}. */
export interface MannWhitneyUResult {
  /**
   * The U statistic of the first sample (scipy's convention): the number of pairs (xᵢ, yⱼ) with
   * xᵢ > yⱼ, ties counting ½; equals R₁ − n₁(n₁ + 1)/2 with R₁ the rank sum of x. Ranges over
   * [0, n₁n₂] with expectation n₁n₂/2 under H₀.
   */
  readonly u: number;
  /** The two-sided p-value (normal approximation, tie- and continuity-corrected), in [0, 1]. */
  readonly pValue: number;
}

/** Throws a RangeError unless `values` is a non-empty list of finite numbers. */
function assertSample(name: string, values: readonly number[]): void {
  if (values.length === 0) throw new RangeError(`mannWhitneyU: ${name} must not be empty`);
  for (const v of values) {
    if (!Number.isFinite(v)) throw new RangeError(`mannWhitneyU: ${name} must contain only finite numbers, got ${v}`);
  }
}

/**
 * The Mann–Whitney U test (Wilcoxon rank-sum test) of whether values in `x` tend to be larger or
 * smaller than values in `y`, for operational metrics such as tokens, cost and agent time, which
 * are skewed and heavy-tailed.
 *
 * Matches `scipy.stats.mannwhitneyu(x, y, method='asymptotic')`: ranks are averaged over ties,
 * U = R₁ − n₁(n₁ + 1)/2, and with N = n₁ + n₂ and tᵢ the sizes of the tie groups,
 * σ = √(n₁n₂/12 · ((N + 1) − Σ(tᵢ³ − tᵢ)/(N(N − 1)))),
 * z = (max(U, n₁n₂ − U) − n₁n₂/2 − ½)/σ and pValue = min(1, 2·(1 − Φ(z))).
 * Pair it with {@link hodgesLehmannShift} to say how large the shift is.
 *
 * Edge cases: when every value is tied (σ = 0) there is no evidence and pValue = 1 (U = n₁n₂/2).
 * The approximation is rough for very small samples (n₁ or n₂ below ~8).
 *
 * @example mannWhitneyU([3, 4, 5], [1, 2]) // → { u: 6, pValue: 0.1489 }
 * @throws RangeError if x or y is empty or contains a non-finite number.
 */
export function mannWhitneyU(x: readonly number[], y: readonly number[]): MannWhitneyUResult {
  assertSample('x', x);
  assertSample('y', y);
  const n1 = x.length;
  const n2 = y.length;
  const total = n1 + n2;
  const pooled = [...x.map((value) => ({ value, first: true })), ...y.map((value) => ({ value, first: false }))];
  pooled.sort((p, q) => p.value - q.value);
  let rankSumX = 0;
  let tieTerm = 0;
  for (let i = 0; i < total; ) {
    let j = i;
    while (j + 1 < total && pooled[j + 1]!.value === pooled[i]!.value) j++;
    const t = j - i + 1;
    const averageRank = (i + 1 + j + 1) / 2;
    for (let k = i; k <= j; k++) if (pooled[k]!.first) rankSumX += averageRank;
    tieTerm += t * t * t - t;
    i = j + 1;
  }
  const u = rankSumX - (n1 * (n1 + 1)) / 2;
  const mean = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (total + 1 - tieTerm / (total * (total - 1)));
  if (!(variance > 0)) return { u, pValue: 1 };
  const z = (Math.max(u, n1 * n2 - u) - mean - 0.5) / Math.sqrt(variance);
  return { u, pValue: Math.min(1, Math.max(0, 2 * normalCdf(-z))) };
}
