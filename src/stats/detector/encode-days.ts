import type { EncodedDay } from './shift-cusum.js';

/** One attempt's graded result (infrastructure errors already excluded). */
export interface TaskResult {
  readonly taskId: string;
  readonly passed: boolean;
}

/** One day of a series: its date and the graded results of that day's attempts. */
export interface DayResults {
  readonly date: string;
  readonly results: readonly TaskResult[];
}

/** A series with task ids replaced by indices. */
export interface EncodedSeries {
  readonly days: EncodedDay[];
  /** Task id of each index. */
  readonly taskIds: string[];
  /** Tasks seen in the baseline get indices 0..baselineTasks−1; later tasks follow in order of appearance. */
  readonly baselineTasks: number;
}

/**
 * Replaces task ids by dense indices, baseline tasks first, so per-task arrays can be typed arrays
 * and the baseline's tasks form a prefix. Several results of one task on one day (repeated trials)
 * stay separate attempts.
 */
export function encodeDays(days: readonly DayResults[], baselineDays: number): EncodedSeries {
  const index = new Map<string, number>();
  const taskIds: string[] = [];
  const lookup = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = taskIds.length;
      index.set(id, i);
      taskIds.push(id);
    }
    return i;
  };
  let baselineTasks = 0;
  const encoded: EncodedDay[] = days.map((day, t) => {
    const n = day.results.length;
    const tasks = new Int32Array(n);
    const passed = new Uint8Array(n);
    for (let a = 0; a < n; a++) {
      const r = day.results[a];
      if (r === undefined) continue;
      tasks[a] = lookup(r.taskId);
      passed[a] = r.passed ? 1 : 0;
    }
    if (t < baselineDays) baselineTasks = taskIds.length;
    return { tasks, passed };
  });
  return { days: encoded, taskIds, baselineTasks };
}

/**
 * A 32-bit seed derived from the baseline's data (FNV-1a over task indices and outcomes), so that the
 * threshold calibration is deterministic for a series yet independent between different series.
 */
export function baselineSeed(days: readonly EncodedDay[], baselineDays: number): number {
  let h = 0x811c9dc5;
  const mix = (x: number): void => {
    h ^= x & 0xffff;
    h = Math.imul(h, 0x01000193);
    h ^= x >>> 16;
    h = Math.imul(h, 0x01000193);
  };
  for (let t = 0; t < baselineDays && t < days.length; t++) {
    const day = days[t];
    if (day === undefined) continue;
    mix(0xfffffff0 + t);
    for (let a = 0; a < day.tasks.length; a++) mix(((day.tasks[a] ?? 0) << 1) | (day.passed[a] ?? 0));
  }
  return h >>> 0;
}
