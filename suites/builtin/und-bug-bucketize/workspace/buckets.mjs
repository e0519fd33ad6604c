/**
 * Groups log entries into `count` consecutive time buckets of `width` ms for
 * the activity chart. Bucket k covers [start + k * width, start + (k + 1) * width).
 *
 * Returns an array of `count` arrays; bucket k holds, in input order, the
 * entries whose `time` falls in its range. Entries outside every bucket are
 * ignored. The input array is not modified.
 *
 * @param {{ time: number }[]} entries   times are finite numbers (ms)
 * @param {number} start                 finite number
 * @param {number} width                 positive integer
 * @param {number} count                 positive integer
 * @returns {{ time: number }[][]}
 */
export function bucketize(entries, start, width, count) {
  const buckets = new Array(count).fill([]);
  for (const entry of entries) {
    const k = Math.floor((entry.time - start) / width);
    if (k < 0 || k >= count) continue;
    buckets[k].push(entry);
  }
  return buckets;
}

/**
 * The number of entries in each bucket (same bucketing as bucketize).
 * @returns {number[]}
 */
export function bucketSizes(entries, start, width, count) {
  return bucketize(entries, start, width, count).map((b) => b.length);
}
