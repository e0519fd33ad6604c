// Summary statistics for the daily report. All functions take an array of
// finite numbers and never modify it.

export function sum(values) {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Arithmetic mean; NaN for an empty array. */
export function mean(values) {
  if (values.length === 0) return NaN;
  return sum(values) / values.length;
}

/** Middle value (mean of the two middle values for even lengths); NaN if empty. */
export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid];
  return (sorted[mid] + sorted[mid + 1]) / 2;
}

/** Population variance; NaN if empty. */
export function variance(values) {
  if (values.length === 0) return NaN;
  const m = mean(values);
  return sum(values.map((v) => (v - m) ** 2)) / values.length;
}

/** Largest minus smallest value; NaN if empty. */
export function range(values) {
  if (values.length === 0) return NaN;
  return Math.max(...values) - Math.min(...values);
}
