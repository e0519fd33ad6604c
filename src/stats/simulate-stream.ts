import { seededRandom } from '../core/random.js';
import type { DayResults } from './detect-change.js';
import { logistic, logit, solveLogOddsShift } from './detector/log-odds-shift.js';
import { betaVariate } from './detector/random-variates.js';

/** How a simulated stream is generated. */
export interface StreamSpec {
  /** Days in the stream. */
  readonly days: number;
  /** Tasks attempted every day (a fixed task set). */
  readonly tasks: number;
  /** Beta(a, b) of the per-task success probabilities: (0.6, 0.4) has mean 0.6 and is U-shaped. */
  readonly a: number;
  readonly b: number;
  /** Drop of the mean success probability in proportion units (0 = stable). */
  readonly drop: number;
  /** Index of the first day after the change. */
  readonly changeDay: number;
}

/** A simulated stream: true probabilities before/after, the log-odds shift, and the daily outcomes. */
export interface Stream {
  readonly before: Float64Array;
  readonly after: Float64Array;
  /** The common log-odds shift that lowers the mean probability by `drop` exactly (0 when stable). */
  readonly shift: number;
  /** outcomes[t * tasks + i] = 1 when task i passed on day t. */
  readonly outcomes: Uint8Array;
  readonly spec: StreamSpec;
}

/** A 32-bit seed from a list of integers (FNV-1a), for independent per-stream generators. */
export function mixSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    h ^= p >>> 0;
    h = Math.imul(h, 0x01000193);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

/**
 * Simulates one stream: per-task probabilities pᵢ ~ Beta(a, b); from `changeDay` on, every task's
 * log-odds moves by the shift δ that lowers the mean of pᵢ by `drop` exactly; each day every task is
 * attempted once. Deterministic from the seed.
 */
export function simulateStream(spec: StreamSpec, seed: number): Stream {
  const rand = seededRandom(seed);
  const before = new Float64Array(spec.tasks);
  for (let i = 0; i < spec.tasks; i++) before[i] = betaVariate(rand, spec.a, spec.b);
  const shift = spec.drop === 0 ? 0 : solveLogOddsShift(before, -spec.drop);
  const after = before.map((p) => logistic(logit(p) + shift));
  const outcomes = new Uint8Array(spec.days * spec.tasks);
  for (let t = 0; t < spec.days; t++) {
    const probs = t >= spec.changeDay ? after : before;
    for (let i = 0; i < spec.tasks; i++) outcomes[t * spec.tasks + i] = rand() < (probs[i] ?? 0) ? 1 : 0;
  }
  return { before, after, shift, outcomes, spec };
}

/** The stream as `detectChange` input (task ids `t0`…, dates as day numbers). */
export function toDayResults(stream: Stream): DayResults[] {
  const { days, tasks } = stream.spec;
  const out: DayResults[] = [];
  for (let t = 0; t < days; t++) {
    const results = [];
    for (let i = 0; i < tasks; i++) results.push({ taskId: `t${i}`, passed: stream.outcomes[t * tasks + i] === 1 });
    out.push({ date: `day-${t}`, results });
  }
  return out;
}

/** Passes per day. */
export function dailyPasses(stream: Stream): Int32Array {
  const { days, tasks } = stream.spec;
  const out = new Int32Array(days);
  for (let t = 0; t < days; t++) {
    let s = 0;
    for (let i = 0; i < tasks; i++) s += stream.outcomes[t * tasks + i] ?? 0;
    out[t] = s;
  }
  return out;
}
