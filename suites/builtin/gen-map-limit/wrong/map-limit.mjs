/**
 * Like Promise.all(items.map(fn)) but with at most `limit` calls in flight.
 * @template T, R
 * @param {T[]} items
 * @param {number} limit
 * @param {(item: T, index: number) => R | Promise<R>} fn
 * @returns {Promise<R[]>}
 */
export async function mapLimit(items, limit, fn) {
  if (!(limit === Infinity || (Number.isInteger(limit) && limit >= 1))) {
    throw new RangeError('limit must be a positive integer or Infinity');
  }
  const results = [];
  const size = Math.min(limit, items.length);
  for (let start = 0; start < items.length; start += size) {
    const batch = items.slice(start, start + size);
    const values = await Promise.all(batch.map((item, j) => fn(item, start + j)));
    results.push(...values);
  }
  return results;
}
