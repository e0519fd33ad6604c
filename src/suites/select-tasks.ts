import { hashUniform } from '../core/random.js';
import type { PlannedAttempt } from '../core/run.js';
import type { Task } from '../core/task.js';

/** How a day's tasks are sampled. */
export interface SelectOptions {
  date: string;
  seed: number;
  /** Tasks per day; all when undefined. */
  perDay?: number | undefined;
  /**
   * The fixed core attempted every day (for paired statistics): a number of fixed tasks chosen once
   * from the seed, or a list of task ids. Fresh template variants are never core (they change daily).
   */
  core?: number | readonly string[] | undefined;
}

const byId = (a: Task, b: Task): number => a.id.localeCompare(b.id);

/**
 * The tasks of one day: the core set (the same every day), then a rotating sample of the rest chosen
 * by a hash of (seed, date, task id) up to `perDay`, so a rerun of the same day picks the same tasks
 * and different days rotate through the suite. All tasks when `perDay` is undefined. Returned in id
 * order. Unknown core ids are ignored here (the config loader rejects them).
 */
export function selectTasks(tasks: readonly Task[], options: SelectOptions): Task[] {
  const { perDay, core } = options;
  if (perDay === undefined || perDay >= tasks.length) return [...tasks].sort(byId);
  const fixed = tasks.filter((t) => !t.template);
  const coreSet = new Set<string>(
    typeof core === 'number'
      ? [...fixed]
          .sort((a, b) => hashUniform('core', options.seed, a.id) - hashUniform('core', options.seed, b.id))
          .slice(0, Math.min(core, perDay))
          .map((t) => t.id)
      : (core ?? []).filter((id) => fixed.some((t) => t.id === id)).slice(0, perDay),
  );
  const rotating = tasks
    .filter((t) => !coreSet.has(t.id))
    .map((t) => ({ t, key: hashUniform('select', options.seed, options.date, t.id) }))
    .sort((a, b) => a.key - b.key)
    .slice(0, perDay - coreSet.size)
    .map((x) => x.t);
  return [...tasks.filter((t) => coreSet.has(t.id)), ...rotating].sort(byId);
}

/** The plan of a run: every selected task × trials 1..k. */
export function planAttempts(tasks: readonly Task[], trials: number): PlannedAttempt[] {
  return tasks.flatMap((t) => Array.from({ length: trials }, (_, i) => ({ taskId: t.id, trial: i + 1 })));
}
