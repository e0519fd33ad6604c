import type { DayResults } from '../stats/detect-change.js';
import type { DatedAttempt } from '../store/store.js';

/**
 * Turns attempts into the detector's daily series: one entry per day with data, in date order,
 * infrastructure errors left out. A task is identified by id and version (`id@version`), so a task
 * whose content changed is a different task and never borrows its old self's baseline.
 */
export function toDailySeries(attempts: readonly Pick<DatedAttempt, 'date' | 'taskId' | 'taskVersion' | 'outcome'>[]): DayResults[] {
  const byDay = new Map<string, { taskId: string; passed: boolean }[]>();
  for (const a of attempts) {
    if (a.outcome === 'error') continue;
    let day = byDay.get(a.date);
    if (!day) byDay.set(a.date, (day = []));
    day.push({ taskId: `${a.taskId}@${a.taskVersion}`, passed: a.outcome === 'pass' });
  }
  return [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, results]) => ({ date, results }));
}
