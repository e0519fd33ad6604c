/**
 * Split `array` into pieces of `size` elements.
 * @template T
 * @param {T[]} array
 * @param {number} size
 * @returns {T[][]}
 */
export function chunk(array, size) {
  if (!Array.isArray(array)) throw new TypeError('array must be an array');
  if (!Number.isSafeInteger(size) || size < 1) throw new RangeError('size must be a positive integer');
  const out = [];
  for (let i = 0; i < array.length; i += size) out.push(array.slice(i, i + size));
  return out;
}
