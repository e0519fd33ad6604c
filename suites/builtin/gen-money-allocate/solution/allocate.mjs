// Money allocation helpers.

export function allocate(total, weights) {
  if (!Number.isSafeInteger(total)) throw new TypeError('total must be a safe integer');
  if (!Array.isArray(weights) || weights.length === 0 || !weights.every((w) => Number.isSafeInteger(w) && w >= 0)) {
    throw new RangeError('weights must be non-negative integers');
  }
  const T = BigInt(Math.abs(total));
  const W = weights.reduce((s, w) => s + BigInt(w), 0n);
  if (W === 0n) throw new RangeError('weights must have a positive sum');
  const shares = weights.map((w) => (T * BigInt(w)) / W);
  const rems = weights.map((w) => (T * BigInt(w)) % W);
  let rest = T - shares.reduce((s, x) => s + x, 0n);
  const order = weights.map((_, i) => i).sort((a, b) => (rems[b] > rems[a] ? 1 : rems[b] < rems[a] ? -1 : a - b));
  for (const i of order) {
    if (rest === 0n) break;
    shares[i] += 1n;
    rest -= 1n;
  }
  const sign = total < 0 ? -1 : 1;
  return shares.map((s) => (s === 0n ? 0 : sign * Number(s)));
}

export function splitEvenly(total, parts) {
  if (!Number.isInteger(parts) || parts < 1) throw new RangeError('parts must be a positive integer');
  return allocate(total, new Array(parts).fill(1));
}
