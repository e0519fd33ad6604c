/** Throws a RangeError unless `values` is a non-empty list of finite numbers. */
function assertSample(name: string, values: readonly number[]): void {
  if (values.length === 0) throw new RangeError(`hodgesLehmannShift: ${name} must not be empty`);
  for (const v of values) {
    if (!Number.isFinite(v)) {
      throw new RangeError(`hodgesLehmannShift: ${name} must contain only finite numbers, got ${v}`);
    }
  }
}

const scratchFloat = new Float64Array(1);
const scratchBits = new BigInt64Array(scratchFloat.buffer);
const SIGN_BIT = 1n << 63n;
const MAGNITUDE_MASK = SIGN_BIT - 1n;

/** Maps a double to an integer key with the same order (−0 and +0 share the key 0). */
function orderKey(v: number): bigint {
  scratchFloat[0] = v;
  const bits = scratchBits[0]!;
  return bits >= 0n ? bits : -(bits & MAGNITUDE_MASK);
}

/** The inverse of {@link orderKey}. */
function fromOrderKey(key: bigint): number {
  scratchBits[0] = key >= 0n ? key : BigInt.asIntN(64, -key | SIGN_BIT);
  return scratchFloat[0]!;
}

/** #{(i, j) : xs[i] − ys[j] ≤ t} for ascending xs and ys, in O(n₁ + n₂) with two pointers. */
function countAtMost(xs: Float64Array, ys: Float64Array, t: number): number {
  let count = 0;
  let j = 0;
  for (let i = 0; i < xs.length; i++) {
    // xs[i] − ys[j] is non-increasing in j and non-decreasing in i (rounding is monotone).
    while (j < ys.length && xs[i]! - ys[j]! > t) j++;
    count += ys.length - j;
  }
  return count;
}

/**
 * The k-th smallest (1-based) of the n₁·n₂ differences xs[i] − ys[j], without materialising them:
 * bisection over the ordered bit patterns of doubles (at most 64 steps), each step counting in
 * O(n₁ + n₂). The answer is exactly one of the floating-point differences.
 */
function kthDifference(xs: Float64Array, ys: Float64Array, k: number): number {
  const smallest = xs[0]! - ys[ys.length - 1]!;
  const largest = xs[xs.length - 1]! - ys[0]!;
  if (countAtMost(xs, ys, smallest) >= k) return smallest;
  // Invariant: count(lo) < k ≤ count(hi).
  let lo = orderKey(smallest);
  let hi = orderKey(largest);
  while (hi - lo > 1n) {
    const mid = (lo + hi) >> 1n;
    if (countAtMost(xs, ys, fromOrderKey(mid)) >= k) hi = mid;
    else lo = mid;
  }
  return fromOrderKey(hi);
}

/**
 * The Hodges–Lehmann estimate of the shift between two samples: the median of all n₁·n₂ pairwise
 * differences xᵢ − yⱼ. Positive when x tends to be larger than y. It is the estimate that goes
 * with {@link mannWhitneyU}: robust to outliers and heavy tails, unlike the difference of means.
 *
 * For a relative change ("it now uses 40% more tokens") apply it to logarithms:
 * `Math.exp(hodgesLehmannShift(now.map(Math.log), before.map(Math.log))) - 1` → 0.4.
 *
 * Computed exactly by selection, without materialising the differences: O((n₁ + n₂)·log) time
 * and O(n₁ + n₂) memory, so windows of thousands of attempts are cheap. With an even number of
 * differences the median is the mean of the two middle ones.
 *
 * Edge cases: a single pair gives x₀ − y₀; identical samples give 0; when all values are tied
 * the result is 0.
 *
 * @example hodgesLehmannShift([10, 12, 14], [9, 10]) // → 2.5
 * @throws RangeError if x or y is empty or contains a non-finite number.
 */
export function hodgesLehmannShift(x: readonly number[], y: readonly number[]): number {
  assertSample('x', x);
  assertSample('y', y);
  const xs = Float64Array.from(x).sort();
  const ys = Float64Array.from(y).sort();
  const total = xs.length * ys.length;
  let median: number;
  if (total % 2 === 1) {
    median = kthDifference(xs, ys, (total + 1) / 2);
  } else {
    median = kthDifference(xs, ys, total / 2) / 2 + kthDifference(xs, ys, total / 2 + 1) / 2;
  }
  return median === 0 ? 0 : median; // never −0
}
