/**
 * Benjamini–Hochberg adjusted p-values (step-up, controlling the false discovery rate), returned
 * in the same order as the input. Used when many agents × metrics are tested at once: rejecting
 * every hypothesis whose adjusted p-value is ≤ q keeps the expected share of false discoveries
 * at most q (for independent or positively dependent tests).
 *
 * With the p-values sorted ascending, p₍ᵢ₎ adjusted = min over j ≥ i of min(1, p₍ⱼ₎·m/j), which
 * makes the adjusted values monotone in the raw ones, never smaller than them, and at most 1
 * (same as R's `p.adjust(p, "BH")` and `scipy.stats.false_discovery_control`).
 *
 * Edge cases: an empty list gives an empty list; a single p-value is returned unchanged; tied raw
 * p-values get tied adjusted values.
 *
 * @example benjaminiHochberg([0.01, 0.04, 0.03]) // → [0.03, 0.04, 0.04]
 * @throws RangeError if a p-value is not in [0, 1] (including NaN).
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  pValues.forEach((p, i) => {
    if (!(p >= 0 && p <= 1)) {
      throw new RangeError(`benjaminiHochberg: p-value at index ${i} must be between 0 and 1, got ${String(p)}`);
    }
  });
  const order = pValues.map((_, i) => i).sort((i, j) => pValues[i]! - pValues[j]! || i - j);
  const adjusted = new Array<number>(m).fill(1);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const index = order[rank - 1]!;
    // p·(m/rank) with m/rank ≥ 1 rounds to at least p, so adjusted ≥ raw holds exactly.
    running = Math.min(running, pValues[index]! * (m / rank));
    adjusted[index] = running;
  }
  return adjusted;
}
