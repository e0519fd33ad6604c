import { mcnemarTest } from '../stats/mcnemar-test.js';
import { minimumDetectableEffect } from '../stats/minimum-detectable-effect.js';
import { twoProportionZTest } from '../stats/two-proportion-z-test.js';
import type { DatedAttempt } from '../store/store.js';

type Graded = Pick<DatedAttempt, 'date' | 'taskId' | 'taskVersion' | 'outcome' | 'startedAt'>;

/** A window compared with the baseline. Differences are window − baseline, in proportion units. */
export interface WindowComparison {
  difference: number | null;
  /** Pooled two-proportion z-test (unpaired). */
  unpaired: { z: number; pValue: number } | null;
  /**
   * McNemar's test on matched pairs: each window attempt of a task is paired with one of the same
   * task's most recent baseline attempts (a task version contributes min(window, baseline) pairs).
   * `b`: pairs that passed in the baseline and failed in the window; `c`: the reverse.
   */
  paired: { tasks: number; pairs: number; b: number; c: number; exactPValue: number; midPValue: number } | null;
  /** Smallest drop a two-sided test at 5% detects with 80% power at these sample sizes ("±x needed"). */
  mde: number | null;
}

const gradedOnly = (xs: readonly Graded[]): Graded[] => xs.filter((a) => a.outcome !== 'error');

/** Compares a window's attempts with the baseline's, unpaired and paired on shared task versions. */
export function compareWindow(baseline: readonly Graded[], window: readonly Graded[]): WindowComparison {
  const b = gradedOnly(baseline);
  const w = gradedOnly(window);
  const passes = (xs: Graded[]): number => xs.filter((a) => a.outcome === 'pass').length;
  if (b.length === 0 || w.length === 0) return { difference: null, unpaired: null, paired: null, mde: null };
  const p0 = passes(b) / b.length;
  const p1 = passes(w) / w.length;
  const unpaired = twoProportionZTest(passes(w), w.length, passes(b), b.length);
  const mde = minimumDetectableEffect(p0, b.length, w.length);
  return { difference: p1 - p0, unpaired: { z: unpaired.z, pValue: unpaired.pValue }, paired: matchedPairs(b, w), mde: Number.isFinite(mde) ? mde : null };
}

function matchedPairs(baseline: Graded[], window: Graded[]): WindowComparison['paired'] {
  const group = (xs: Graded[]): Map<string, Graded[]> => {
    const m = new Map<string, Graded[]>();
    for (const a of xs) {
      const k = `${a.taskId}@${a.taskVersion}`;
      const list = m.get(k);
      if (list) list.push(a);
      else m.set(k, [a]);
    }
    return m;
  };
  const order = (a: Graded, b: Graded): number => a.date.localeCompare(b.date) || a.startedAt.localeCompare(b.startedAt);
  const base = group(baseline);
  const win = group(window);
  let b = 0;
  let c = 0;
  let pairs = 0;
  let tasks = 0;
  for (const [key, wAttempts] of win) {
    const bAttempts = base.get(key);
    if (!bAttempts) continue;
    tasks += 1;
    const k = Math.min(bAttempts.length, wAttempts.length);
    const bRecent = [...bAttempts].sort(order).slice(-k);
    const wFirst = [...wAttempts].sort(order).slice(0, k);
    for (let i = 0; i < k; i++) {
      const before = bRecent[i]!.outcome === 'pass';
      const after = wFirst[i]!.outcome === 'pass';
      pairs += 1;
      if (before && !after) b += 1;
      else if (!before && after) c += 1;
    }
  }
  if (tasks === 0) return null;
  const t = mcnemarTest(b, c);
  return { tasks, pairs, b, c, exactPValue: t.exactPValue, midPValue: t.midPValue };
}
