import { detectChange, type DetectChangeOptions } from '../../src/stats/detect-change.js';
import { solveLogOddsShift } from '../../src/stats/detector/log-odds-shift.js';
import { cusumAlarms, oracleIncrements } from './oracle-cusum.js';
import { dailyPasses, mixSeed, simulateStream, toDayResults, type StreamSpec } from '../../src/stats/simulate-stream.js';
import { windowDetector } from './window-detector.js';


/** Baseline length used by every detector in the benchmark (barometer's default). */
export const BASELINE_DAYS = 14;

/** One stream to simulate and score. */
export interface StreamJob {
  readonly scenario: string;
  readonly index: number;
  readonly seed: number;
  readonly spec: StreamSpec;
  /** Oracle thresholds per drop size (points → h); absent for stable streams. */
  readonly oracleThreshold?: number;
}

/** An alarm of barometer's detector, with what it estimated. */
export interface BarometerAlarm {
  readonly day: number;
  readonly status: string;
  readonly changeDay: number | null;
  readonly effect: number | null;
}

/** The configurations of barometer's detector that the benchmark runs: the default, and drops only. */
export const BAROMETER_VARIANTS: Readonly<Record<string, DetectChangeOptions>> = {
  'two-sided': {},
  lower: { sides: 'lower' },
};

/** What one stream produced, for every detector. */
export interface StreamOutcome {
  readonly scenario: string;
  readonly index: number;
  readonly changeDay: number;
  /** Alarms of each barometer variant (see {@link BAROMETER_VARIANTS}). */
  readonly barometer: Record<string, BarometerAlarm[]>;
  readonly window: number[];
  readonly oracle: number[];
  /** For stable streams: oracle increments for a 5- and a 10-point drop (from the end of the baseline). */
  readonly oracleIncrements?: { readonly [points: string]: number[] };
  /** Milliseconds spent in detectChange, and the number of calls. */
  readonly detectMs: number;
  readonly detectCalls: number;
}

/**
 * Simulates a stream and runs the three detectors on it. After an alarm, barometer and the window
 * detector start over with a fresh baseline on the following days (a user re-anchoring after a false
 * alarm); the oracle restarts its chart. A drop stream stops at the first alarm on or after its change.
 */
export function runStream(job: StreamJob): StreamOutcome {
  const stream = simulateStream(job.spec, job.seed);
  const days = toDayResults(stream);
  const passes = dailyPasses(stream);
  const attempts = new Int32Array(job.spec.days).fill(job.spec.tasks);
  const stopAt = job.spec.drop > 0 ? job.spec.changeDay : Infinity;

  const barometer: Record<string, BarometerAlarm[]> = {};
  let detectMs = 0;
  let detectCalls = 0;
  for (const [variant, options] of Object.entries(BAROMETER_VARIANTS)) {
    const alarms: BarometerAlarm[] = [];
    for (let start = 0; days.length - start > BASELINE_DAYS; ) {
      const t0 = performance.now();
      const v = detectChange(days.slice(start), { ...options, baselineDays: BASELINE_DAYS });
      detectMs += performance.now() - t0;
      detectCalls += 1;
      if (v.firstAlarm === null) break;
      const day = start + v.firstAlarm;
      alarms.push({
        day,
        status: v.status,
        changeDay: v.changeDay === null ? null : start + v.changeDay,
        effect: v.effect?.estimate ?? null,
      });
      if (day >= stopAt) break;
      start = day + 1;
    }
    barometer[variant] = alarms;
  }

  const window: number[] = [];
  for (let start = 0; ; ) {
    const a = windowDetector(passes, attempts, start, BASELINE_DAYS);
    if (a === null) break;
    window.push(a);
    if (a >= stopAt) break;
    start = a + 1;
  }

  const monitored = passes.subarray(BASELINE_DAYS);
  let oracle: number[] = [];
  let increments: { [points: string]: number[] } | undefined;
  if (job.oracleThreshold !== undefined) {
    const inc = oracleIncrements(stream.before, stream.shift, monitored);
    oracle = cusumAlarms(inc, job.oracleThreshold).map((t) => t + BASELINE_DAYS);
    const first = oracle.findIndex((t) => t >= stopAt);
    if (first >= 0) oracle = oracle.slice(0, first + 1);
  } else {
    increments = {};
    for (const points of [5, 10]) {
      const shift = solveLogOddsShift(stream.before, -points / 100);
      increments[String(points)] = Array.from(oracleIncrements(stream.before, shift, monitored));
    }
  }
  return {
    scenario: job.scenario,
    index: job.index,
    changeDay: job.spec.drop > 0 ? job.spec.changeDay : -1,
    barometer,
    window,
    oracle,
    ...(increments === undefined ? {} : { oracleIncrements: increments }),
    detectMs,
    detectCalls,
  };
}

export { mixSeed };
