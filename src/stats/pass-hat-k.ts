import { assertCount, assertCountWithin } from './assert-count.js';

/**
 * The unbiased pass^k estimator (pass-hat-k, as in τ-bench): given n trials of a task of which c
 * passed, the probability that all k of k trials drawn without replacement pass,
 * C(c, k)/C(n, k) = Π_{i=0}^{k−1} (c − i)/(n − i). It measures reliability: an agent that passes
 * half the time has pass^1 = 0.5 but pass^8 ≈ 0.004.
 *
 * Edge cases: k = 0 gives 1 (the empty set of trials all pass); c < k gives 0; c = n gives 1;
 * `passHatK(n, c, 1) = c/n`.
 *
 * @example passHatK(10, 8, 2) // → 0.6222 (= 8·7/(10·9))
 * @throws RangeError if n, c or k is not a non-negative integer, c > n, or k > n.
 */
export function passHatK(n: number, c: number, k: number): number {
  assertCountWithin('passHatK', 'c', c, 'n', n);
  assertCount('passHatK', 'k', k);
  if (k > n) throw new RangeError(`passHatK: k (${k}) must not exceed n (${n}), the number of trials`);
  if (c < k) return 0;
  if (c === n) return 1;
  let product = 1;
  for (let i = 0; i < k; i++) product *= (c - i) / (n - i);
  return product;
}
