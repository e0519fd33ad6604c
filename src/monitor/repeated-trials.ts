import { passAtK } from '../stats/pass-at-k.js';
import { passHatK } from '../stats/pass-hat-k.js';
import type { DatedAttempt } from '../store/store.js';

/** pass@k and pass^k for k = 1..trials, averaged over (run, task) groups that have ≥ k graded trials. */
export interface RepeatedTrials {
  trials: number;
  groups: number;
  passAtK: Record<number, number>;
  passHatK: Record<number, number>;
}

/**
 * Unbiased pass@k (at least one of k trials passes) and pass^k (all k pass) from repeated trials:
 * attempts are grouped by run and task, each group with n graded trials and c passes gives
 * passAtK(n, c, k) and passHatK(n, c, k), and groups are averaged. Null when no group has 2+ trials.
 */
export function repeatedTrials(attempts: readonly DatedAttempt[]): RepeatedTrials | null {
  const groups = new Map<string, { n: number; c: number }>();
  for (const a of attempts) {
    if (a.outcome === 'error') continue;
    const key = `${a.runId}|${a.taskId}`;
    const g = groups.get(key) ?? { n: 0, c: 0 };
    g.n += 1;
    if (a.outcome === 'pass') g.c += 1;
    groups.set(key, g);
  }
  const maxN = Math.max(0, ...[...groups.values()].map((g) => g.n));
  if (maxN < 2) return null;
  const at: Record<number, number> = {};
  const hat: Record<number, number> = {};
  for (let k = 1; k <= maxN; k++) {
    const eligible = [...groups.values()].filter((g) => g.n >= k);
    at[k] = eligible.reduce((s, g) => s + passAtK(g.n, g.c, k), 0) / eligible.length;
    hat[k] = eligible.reduce((s, g) => s + passHatK(g.n, g.c, k), 0) / eligible.length;
  }
  return { trials: maxN, groups: groups.size, passAtK: at, passHatK: hat };
}
