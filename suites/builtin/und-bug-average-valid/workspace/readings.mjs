/**
 * Average of the valid readings from a sensor.
 *
 * Readings that are zero or negative are sensor errors and must be ignored:
 * they count neither toward the sum nor toward the number of readings.
 * Returns 0 when there is no valid reading (including for an empty array).
 *
 * @param {number[]} readings finite numbers
 * @returns {number}
 */
export function averageValid(readings) {
  let sum = 0;
  for (const r of readings) {
    if (r > 0) sum += r;
  }
  if (sum === 0) return 0;
  return sum / readings.length;
}
