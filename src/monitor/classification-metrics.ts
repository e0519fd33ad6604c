import { normalizeAnswer } from '../grading/match-answer.js';
import { wilsonInterval } from '../stats/wilson-interval.js';
import type { DatedAttempt } from '../store/store.js';

/** A proportion with its Wilson 95% interval. */
export interface Proportion {
  value: number | null;
  lower: number | null;
  upper: number | null;
  n: number;
}

/** Classification quality on labelled answer-key tasks (e.g. bug detection: buggy / not-buggy). */
export interface ClassificationMetrics {
  positive: string;
  negative: string;
  /**
   * Confusion counts. An answer that is neither label (`invalid`) is not a positive prediction: on a
   * negative task it counts in `tn` for precision and recall, but it is never counted as correct.
   */
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  invalid: number;
  accuracy: Proportion;
  precision: Proportion;
  recall: Proportion;
  /** F1 with a delta-free interval from the Wilson bounds of precision and recall (conservative). */
  f1: { value: number | null; lower: number | null; upper: number | null };
}

const prop = (k: number, n: number): Proportion => {
  if (n === 0) return { value: null, lower: null, upper: null, n };
  const ci = wilsonInterval(k, n);
  return { value: k / n, lower: ci.lower, upper: ci.upper, n };
};
const f1 = (p: number | null, r: number | null): number | null => (p === null || r === null || p + r === 0 ? (p === 0 || r === 0 ? 0 : null) : (2 * p * r) / (p + r));

/**
 * Accuracy, precision, recall and F1 of an agent's answers on tasks carrying a label, for a
 * two-class key (the positive class is `buggy` when present, else the first label alphabetically).
 * `labels` maps `id@version` to the task's true label. Returns null when fewer than two classes or no
 * labelled attempts are present. The F1 interval combines the precision and recall bounds (F1 is
 * monotone in both), which is conservative.
 */
export function classificationMetrics(attempts: readonly DatedAttempt[], labels: ReadonlyMap<string, string>): ClassificationMetrics | null {
  const rows: { truth: string; answer: string }[] = [];
  for (const a of attempts) {
    if (a.outcome === 'error') continue;
    const truth = labels.get(`${a.taskId}@${a.taskVersion}`);
    if (truth === undefined) continue;
    rows.push({ truth: normalizeAnswer(truth), answer: normalizeAnswer(a.answer ?? '') });
  }
  const classes = [...new Set(rows.map((r) => r.truth))].sort();
  if (rows.length === 0 || classes.length !== 2) return null;
  const positive = classes.includes('buggy') ? 'buggy' : classes[0]!;
  const negative = classes.find((c) => c !== positive)!;
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  let invalid = 0;
  let correct = 0;
  for (const r of rows) {
    const predicted = r.answer === positive ? positive : r.answer === negative ? negative : null;
    if (predicted === null) invalid += 1;
    if (predicted === r.truth) correct += 1;
    if (r.truth === positive) {
      if (predicted === positive) tp += 1;
      else fn += 1;
    } else if (predicted === positive) fp += 1;
    else tn += 1;
  }
  const precision = prop(tp, tp + fp);
  const recall = prop(tp, tp + fn);
  return {
    positive,
    negative,
    tp,
    fp,
    tn,
    fn,
    invalid,
    accuracy: prop(correct, rows.length),
    precision,
    recall,
    f1: { value: f1(precision.value, recall.value), lower: f1(precision.lower, recall.lower), upper: f1(precision.upper, recall.upper) },
  };
}
