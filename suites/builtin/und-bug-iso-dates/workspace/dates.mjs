/**
 * Every event has a `date` string in the form YYYY-MM-DD: a four-digit year
 * between 1000 and 9999, a two-digit month and a two-digit day (zero-padded),
 * forming a valid calendar date.
 */

/**
 * The distinct dates of `events`, oldest first. Neither the array nor the
 * events are modified.
 * @param {{ date: string }[]} events
 * @returns {string[]}
 */
export function distinctDates(events) {
  return [...new Set(events.map((e) => e.date))].sort();
}

/**
 * The most recent date among `events`, or null when there are none.
 * @param {{ date: string }[]} events
 * @returns {string | null}
 */
export function latestDate(events) {
  if (events.length === 0) return null;
  return events.reduce((max, e) => (e.date > max ? e.date : max), events[0].date);
}

/**
 * The events that happened on or after `from` and on or before `to`
 * (both YYYY-MM-DD), in their original order.
 */
export function between(events, from, to) {
  return events.filter((e) => e.date >= from && e.date <= to);
}
