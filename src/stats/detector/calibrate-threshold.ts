import { seededRandom } from '../../core/random.js';
import { fitBetaPrior, type BetaPrior } from './beta-prior.js';
import { betaVariate } from './random-variates.js';
import { runShiftCusum, ShiftCusum, type EncodedDay } from './shift-cusum.js';
import { chartOffsets, shiftGrid, type DetectionSides } from './shift-grid.js';

/** What the threshold calibration needs to know about the baseline. */
export interface CalibrationInput {
  /** The baseline days that have attempts; their task lists are replayed as the future schedule. */
  readonly schedule: readonly EncodedDay[];
  /** Attempts per task in the baseline (tasks are indexed 0..length−1). */
  readonly attempts: ArrayLike<number>;
  /** Passes per task in the baseline. */
  readonly passes: ArrayLike<number>;
  /** The Beta prior fitted to the baseline. */
  readonly prior: BetaPrior;
  readonly arl0: number;
  readonly minEffect: number;
  readonly sides: DetectionSides;
  /** Share of the false-alarm budget spent on drops when both sides are watched (see `chartOffsets`). */
  readonly dropShare: number;
  /** Number of simulated streams. */
  readonly paths: number;
  /** Seed of the simulation (derive it from the data so that calibrations of different series are independent). */
  readonly seed: number;
}

/** The calibrated threshold and how it was obtained. */
export interface Calibration {
  /** The CUSUM threshold h (log-likelihood-ratio units; chart j alarms at h + its offset). */
  readonly threshold: number;
  /** Simulated streams. */
  readonly paths: number;
  /** Days monitored per simulated stream. */
  readonly horizon: number;
  /** Alarms in the simulation at the threshold used for the direct fit. */
  readonly alarms: number;
  /** True when the threshold was extrapolated beyond the simulated alarm rate (ARL₀ above ~3900 days). */
  readonly extrapolated: boolean;
}

/**
 * The calibration aims at an ARL₀ this much longer than asked for. It absorbs the Monte Carlo error
 * of a 64-path calibration (whose effect on the false-alarm rate is convex, so it errs high on
 * average) and the extra early alarms after a restart with a fresh baseline, so that the realized
 * rate does not exceed the target.
 */
export const SAFETY_FACTOR = 1.2;

/** The longest simulated stream, in days. */
export const MAX_HORIZON = 730;
/** Fewest simulated alarms a direct fit may rest on; rarer targets are extrapolated. */
const MIN_ALARMS = 12;

/**
 * Calibrates the chart bank's threshold to a false-alarm rate of one per `arl0` days by simulating
 * the whole procedure under "no change" (a parametric bootstrap): for each path, true task
 * probabilities are drawn from their posterior given the real baseline, a new baseline is simulated
 * on the real baseline's schedule, the prior, reference and shift grid are re-estimated from it
 * exactly as the detector does, and the detector then runs on `horizon` simulated days (the
 * baseline's daily task lists, replayed in order) with its growing reference. The uncertainty of
 * the baseline estimates — the main source of excess false alarms for a short baseline — is thus
 * inside the calibration.
 *
 * The threshold h is the one at which alarms / days-at-risk = 1/(1.2·arl0) (see {@link SAFETY_FACTOR}), where each path counts the
 * days until its first crossing of h (or the whole horizon). All crossings for every h come from one
 * pass per path (the running maximum's records), then h is found by bisection. When the target is
 * rarer than the simulation can resolve (fewer than 12 expected alarms), h is fitted at the rarest
 * resolvable rate and raised by log(rate ratio), the exponential tail of the CUSUM run length
 * (ARL₀ ∝ e^h). Deterministic for a given input and seed.
 */
export function calibrateThreshold(input: CalibrationInput): Calibration {
  const rand = seededRandom(input.seed);
  const m = input.attempts.length;
  const horizon = Math.max(1, Math.min(MAX_HORIZON, Math.round(input.arl0)));
  const paths = Math.max(1, input.paths);
  const schedule = input.schedule;
  const period = schedule.length;
  // Days with the same task list share a cache slot in the charts (a fixed task set has one).
  const patternOf = new Map<string, number>();
  const patterns = schedule.map((day) => {
    const key = Array.from(day.tasks).sort((x, y) => x - y).join(',');
    let id = patternOf.get(key);
    if (id === undefined) {
      id = patternOf.size;
      patternOf.set(key, id);
    }
    return id;
  });
  const truth = new Float64Array(m);
  const simAttempts = new Float64Array(m);
  const simPasses = new Float64Array(m);
  const probs = new Float64Array(m);
  const cut = new Float64Array(m);
  const days: EncodedDay[] = [];
  for (let t = 0; t < horizon; t++) {
    const tasks = schedule[t % period]?.tasks ?? new Int32Array(0);
    days.push({ tasks, passed: new Uint8Array(tasks.length), pattern: patterns[t % period] ?? 0 });
  }
  const recordValues: number[] = [];
  const recordDays: number[] = [];
  const pathEnds: number[] = [];
  for (let path = 0; path < paths; path++) {
    for (let i = 0; i < m; i++) {
      const n = input.attempts[i] ?? 0;
      const s = input.passes[i] ?? 0;
      truth[i] = betaVariate(rand, input.prior.alpha + s, input.prior.beta + n - s);
    }
    simAttempts.fill(0);
    simPasses.fill(0);
    for (const day of schedule) {
      for (let a = 0; a < day.tasks.length; a++) {
        const i = day.tasks[a] ?? 0;
        simAttempts[i] = (simAttempts[i] ?? 0) + 1;
        if (rand() < (truth[i] ?? 0)) simPasses[i] = (simPasses[i] ?? 0) + 1;
      }
    }
    const prior = fitBetaPrior(simAttempts, simPasses);
    for (let i = 0; i < m; i++) probs[i] = (prior.alpha + (simPasses[i] ?? 0)) / (prior.alpha + prior.beta + (simAttempts[i] ?? 0));
    const shifts = shiftGrid(probs, simAttempts, input.minEffect, input.sides);
    const cusum = new ShiftCusum(shifts, chartOffsets(shifts, probs, simAttempts, input.dropShare), prior, simAttempts, simPasses, patternOf.size);
    // The bulk of the random numbers: an inline xorshift32 (seeded from the main generator) compared
    // in 32-bit integer space, several times faster than a float generator per attempt.
    for (let i = 0; i < m; i++) cut[i] = Math.floor((truth[i] ?? 0) * 4294967296);
    let x = (Math.floor(rand() * 4294967296) | 1) >>> 0;
    for (const day of days) {
      const passed = day.passed;
      const tasks = day.tasks;
      for (let a = 0; a < tasks.length; a++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        passed[a] = x >>> 0 < (cut[tasks[a] ?? 0] ?? 0) ? 1 : 0;
      }
    }
    let best = -Infinity;
    runShiftCusum(cusum, days, 0, horizon, Infinity, (t, value) => {
      if (value > best) {
        best = value;
        recordValues.push(value);
        recordDays.push(t);
      }
    });
    pathEnds.push(recordValues.length);
  }

  /** Alarms and days at risk at threshold h. */
  const tally = (h: number): { alarms: number; risk: number } => {
    let alarms = 0;
    let risk = 0;
    let begin = 0;
    for (const end of pathEnds) {
      let hit = -1;
      // records are increasing within a path: binary search the first ≥ h
      let lo = begin;
      let hi = end;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((recordValues[mid] ?? 0) >= h) hi = mid;
        else lo = mid + 1;
      }
      if (lo < end) hit = recordDays[lo] ?? 0;
      if (hit >= 0) {
        alarms += 1;
        risk += hit + 1;
      } else risk += horizon;
      begin = end;
    }
    return { alarms, risk };
  };
  const solve = (rate: number): number => {
    let lo = -1;
    let hi = 1;
    for (const v of recordValues) if (v > hi) hi = v;
    hi += 1e-9;
    for (let it = 0; it < 60; it++) {
      const mid = (lo + hi) / 2;
      const { alarms, risk } = tally(mid);
      if (alarms / risk > rate) lo = mid;
      else hi = mid;
    }
    return hi;
  };
  const target = 1 / (SAFETY_FACTOR * input.arl0);
  const resolvable = MIN_ALARMS / (paths * horizon);
  if (target >= resolvable) {
    const threshold = solve(target);
    return { threshold, paths, horizon, alarms: tally(threshold).alarms, extrapolated: false };
  }
  const base = solve(resolvable);
  return {
    threshold: base + Math.log(resolvable / target),
    paths,
    horizon,
    alarms: tally(base).alarms,
    extrapolated: true,
  };
}
