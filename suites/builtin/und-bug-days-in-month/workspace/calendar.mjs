/**
 * Number of days in `month` of `year` in the Gregorian calendar.
 * `month` is 1-based (1 = January ... 12 = December); `year` is an integer
 * between 1970 and 9999.
 */
export function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True if `year` (1970–9999) is a leap year. */
export function isLeapYear(year) {
  return daysInMonth(year, 2) === 29;
}

/**
 * The dates of every day of the month as YYYY-MM-DD strings, in order.
 * daysOf(2024, 2) -> ['2024-02-01', ..., '2024-02-29']
 */
export function daysOf(year, month) {
  const mm = String(month).padStart(2, '0');
  return Array.from({ length: daysInMonth(year, month) }, (_, i) => `${year}-${mm}-${String(i + 1).padStart(2, '0')}`);
}
