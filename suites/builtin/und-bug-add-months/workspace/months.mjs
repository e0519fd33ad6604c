/**
 * Adds `n` calendar months to a UTC date and returns a new Date with the same
 * UTC time of day. `n` is any integer (negative, zero or positive); `date` is
 * a valid Date between the years 1970 and 9999 and is not modified.
 *
 * When the target month is shorter than the day of the month, the result is
 * clamped to the target month's last day:
 *   addMonths(2024-01-31, 1)  -> 2024-02-29
 *   addMonths(2024-03-31, -1) -> 2024-02-29
 *   addMonths(2024-05-15, -2) -> 2024-03-15
 */
export function addMonths(date, n) {
  const result = new Date(date.getTime());
  const targetMonth = (date.getUTCMonth() + n) % 12;
  result.setUTCMonth(date.getUTCMonth() + n);
  if (result.getUTCMonth() !== targetMonth) {
    // The day overflowed into the following month: step back to the last
    // day of the target month.
    result.setUTCDate(0);
  }
  return result;
}

/**
 * The billing period that starts `k` periods (k >= 0) after `anchor`, for
 * monthly billing: [addMonths(anchor, k), addMonths(anchor, k + 1)).
 */
export function billingPeriod(anchor, k) {
  return { start: addMonths(anchor, k), end: addMonths(anchor, k + 1) };
}
