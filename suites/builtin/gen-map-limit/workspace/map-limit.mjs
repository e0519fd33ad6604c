/**
 * Like Promise.all(items.map(fn)) but with at most `limit` calls in flight.
 * See instruction.md for the exact contract.
 * @template T, R
 * @param {T[]} items
 * @param {number} limit
 * @param {(item: T, index: number) => R | Promise<R>} fn
 * @returns {Promise<R[]>}
 */
export async function mapLimit(items, limit, fn) {
  throw new Error('not implemented');
}
