/**
 * ln Σ exp(vᵢ), computed without overflow or underflow by factoring out the largest term. Terms of
 * −Infinity (probability 0) are allowed; an empty list or all −Infinity gives −Infinity.
 */
export function logSumExp(values: readonly number[]): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  if (max === -Infinity) return -Infinity;
  if (max === Infinity) return Infinity;
  // Sum the smallest terms first to limit rounding.
  const scaled = values.map((v) => Math.exp(v - max)).sort((x, y) => x - y);
  let sum = 0;
  for (const s of scaled) sum += s;
  return max + Math.log(sum);
}
