// Formatting of elapsed times for the job dashboard. All inputs are
// non-negative integers of milliseconds.

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const pad = (n) => String(n).padStart(2, '0');

/** Splits a duration into whole days, hours (0-23), minutes (0-59) and seconds (0-59). */
export function toParts(ms) {
  const totalSeconds = Math.floor(ms / SECOND);
  return {
    days: Math.floor(totalSeconds / 86400),
    hours: Math.floor(totalSeconds / 3600) % 24,
    minutes: Math.floor(totalSeconds / 60) % 60,
    seconds: totalSeconds % 60,
  };
}

/** "1d 2h 3m 4s", leaving out zero parts; "0s" for durations under a second. */
export function formatDuration(ms) {
  const { days, hours, minutes, seconds } = toParts(ms);
  const parts = [];
  if (days) parts.push(`${days}d`);
  if (hours) parts.push(`${hours}h`);
  if (minutes) parts.push(`${minutes}m`);
  if (seconds || parts.length === 0) parts.push(`${seconds}s`);
  return parts.join(' ');
}

/**
 * A stopwatch-style "H:MM:SS" where H is the total number of whole hours
 * (it may exceed 23 and is not padded): 90061000 ms -> "25:01:01".
 */
export function formatClock(ms) {
  const { days, hours, minutes, seconds } = toParts(ms);
  const totalHours = days * 24 + hours;
  return `${totalHours}:${pad(minutes)}:${pad(seconds)}`;
}

/** Rounds a duration to the nearest whole minute (halves up), in ms. */
export function roundToMinute(ms) {
  return Math.floor((ms + MINUTE / 2) / MINUTE) * MINUTE;
}

/** "in 5m" / "5m ago" relative to `now`, using formatDuration(|delta|) rounded to minutes. */
export function relative(ms, now) {
  const delta = ms - now;
  const text = formatDuration(roundToMinute(Math.abs(delta)));
  return delta >= 0 ? `in ${text}` : `${text} ago`;
}

/** The average of `durations` (an array of ms values), formatted; "-" when empty. */
export function formatAverage(durations) {
  if (durations.length === 0) return '-';
  const total = durations.reduce((sum, d) => sum + d, 0);
  return formatDuration(Math.round(total / durations.length));
}

/** Estimated time left when `done` of `total` units took `elapsedMs`; null if nothing is done yet. */
export function eta(done, total, elapsedMs) {
  if (done === 0) return null;
  const perUnit = elapsedMs / done;
  return formatClock(Math.round(perUnit * (total - done)) * SECOND);
}
