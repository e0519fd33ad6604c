/**
 * Merge overlapping or touching closed intervals.
 * @param {Array<[number, number]>} intervals
 * @returns {Array<[number, number]>}
 */
export function mergeIntervals(intervals) {
  for (const [s, e] of intervals) {
    if (s > e) throw new RangeError(`invalid interval [${s}, ${e}]`);
  }
  const sorted = intervals.map(([s, e]) => [s, e]).sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const cur of sorted) {
    const last = out[out.length - 1];
    if (last && cur[0] <= last[1]) last[1] = cur[1];
    else out.push(cur);
  }
  return out;
}
