/**
 * Index of the first element of `sorted` that is >= `target`, or
 * `sorted.length` if every element is smaller.
 *
 * `sorted` is an array of finite numbers in non-decreasing order (it may be
 * empty and may contain duplicates); `target` is a finite number. Arrays have
 * fewer than 2 ** 31 elements.
 *
 * lowerBound([1, 3, 3, 5], 3) === 1
 * lowerBound([1, 3, 3, 5], 4) === 3
 * lowerBound([1, 3, 3, 5], 9) === 4
 *
 * @param {number[]} sorted
 * @param {number} target
 * @returns {number}
 */
export function lowerBound(sorted, target) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < target) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}
