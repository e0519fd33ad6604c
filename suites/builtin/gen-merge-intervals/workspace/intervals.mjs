/**
 * Merge overlapping or touching closed intervals (see instruction.md).
 * @param {Array<[number, number]>} intervals
 * @returns {Array<[number, number]>}
 */
export function mergeIntervals(intervals) {
  throw new Error('not implemented');
}
