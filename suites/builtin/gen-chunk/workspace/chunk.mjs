/**
 * Split `array` into pieces of `size` elements (see instruction.md).
 * @template T
 * @param {T[]} array
 * @param {number} size
 * @returns {T[][]}
 */
export function chunk(array, size) {
  // TODO: implement
  return [];
}
