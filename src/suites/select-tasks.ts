import { hashUniform } from '../core/random.js';
import type { PlannedAttempt } from '../core/run.js';
import type { Task } from '../core/task.js';

/**
 * The tasks of one day: all of them, or `perDay` chosen by a hash of (seed, date, task id), so a
 * rerun of the same day picks the same tasks and different days rotate through the suite. Returned
 * in id order.
 */
export function selectTasks(tasks: readonly Task[], options: { date: string; seed: number; perDay?: number | undefined }): Task[] {
  const { perDay } = options;
  if (perDay === undefined || perDay >= tasks.length) return [...tasks].sort((a, b) => a.id.localeCompare(b.id));
  return [...tasks]
    .map((t) => ({ t, key: hashUniform('select', options.seed, options.date, t.id) }))
    .sort((a, b) => a.key - b.key)
    .slice(0, perDay)
    .map((x) => x.t)
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The plan of a run: every selected task × trials 1..k. */
export function planAttempts(tasks: readonly Task[], trials: number): PlannedAttempt[] {
  return tasks.flatMap((t) => Array.from({ length: trials }, (_, i) => ({ taskId: t.id, trial: i + 1 })));
}
