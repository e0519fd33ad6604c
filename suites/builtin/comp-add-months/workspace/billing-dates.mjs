// Billing date helpers. Dates are 'YYYY-MM-DD' calendar dates.

/** '2024-02-29' → { year: 2024, month: 2, day: 29 }; throws SyntaxError on bad input. */
export function parseDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new SyntaxError(`invalid date: ${text}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw new SyntaxError(`invalid date: ${text}`);
  return { year, month, day };
}

export function formatDate({ year, month, day }) {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days in a month (month 1-12), Gregorian leap years. */
export function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Add a whole number of months, clamping the day to the end of the target month.
 * addMonths('2024-01-31', 1) → '2024-02-29'
 * @param {string} date 'YYYY-MM-DD'
 * @param {number} months integer, may be negative
 * @returns {string}
 */
export function addMonths(date, months) {
  // TODO: implement as documented above.
  throw new Error('not implemented');
}

/** `count` monthly dates starting at `anchor` (anchor included), each computed from the anchor. */
export function billingSchedule(anchor, count) {
  return Array.from({ length: count }, (_, i) => addMonths(anchor, i));
}
