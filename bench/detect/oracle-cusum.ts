/**
 * Daily log-likelihood ratios of the oracle: it knows every task's true probability pᵢ before the
 * change and the true common log-odds shift δ after it, so day t adds
 * δ·passesₜ − Σᵢ log(1 + pᵢ(e^δ − 1)) — the increments of the optimal (Page/Lorden) CUSUM.
 */
export function oracleIncrements(before: ArrayLike<number>, shift: number, passes: ArrayLike<number>): Float64Array {
  let c = 0;
  const g = Math.expm1(shift);
  for (let i = 0; i < before.length; i++) c += Math.log1p((before[i] ?? 0) * g);
  const out = new Float64Array(passes.length);
  for (let t = 0; t < passes.length; t++) out[t] = shift * (passes[t] ?? 0) - c;
  return out;
}

/**
 * Runs a one-sided CUSUM on the increments with threshold h, restarting from 0 after each alarm, and
 * returns the alarm days.
 */
export function cusumAlarms(increments: ArrayLike<number>, h: number): number[] {
  const alarms: number[] = [];
  let s = 0;
  for (let t = 0; t < increments.length; t++) {
    s = Math.max(0, s + (increments[t] ?? 0));
    if (s >= h) {
      alarms.push(t);
      s = 0;
    }
  }
  return alarms;
}

/**
 * The oracle threshold at which the CUSUM raises `rate` false alarms per stream-year over the given
 * stable streams (bisection; alarms restart the chart).
 *
 * @param streams daily increments of each stable stream
 * @param daysPerYear 365
 */
export function calibrateOracle(streams: readonly Float64Array[], rate: number, daysPerYear = 365): number {
  let days = 0;
  for (const s of streams) days += s.length;
  const years = days / daysPerYear;
  const rateAt = (h: number): number => {
    let alarms = 0;
    for (const s of streams) alarms += cusumAlarms(s, h).length;
    return alarms / years;
  };
  let lo = 0;
  let hi = 50;
  for (let it = 0; it < 50; it++) {
    const mid = (lo + hi) / 2;
    if (rateAt(mid) > rate) lo = mid;
    else hi = mid;
  }
  return hi;
}
