import { addDays } from '../core/clock.js';
import type { Baseline } from '../config/config-schema.js';
import type { DatedAttempt, Store } from '../store/store.js';
import { wilsonInterval } from '../stats/wilson-interval.js';
import { benjaminiHochberg } from '../stats/benjamini-hochberg.js';
import { TASK_CATEGORIES, type TaskCategory } from '../core/task.js';
import { classificationMetrics, type ClassificationMetrics } from './classification-metrics.js';
import { compareWindow, type WindowComparison } from './compare-windows.js';
import { dailyOperational, operationalDrift, type DailyOperational, type MetricDrift, type OperationalMetric } from './operational-metrics.js';
import { repeatedTrials, type RepeatedTrials } from './repeated-trials.js';
import { provenanceChanges, type ProvenanceChange } from './attribution.js';

/** Pass rate of a set of days with its Wilson 95% interval. Errors are outside the denominator. */
export interface RateSummary {
  from: string;
  to: string;
  /** Passes / (passes + fails); null when n = 0. */
  rate: number | null;
  lower: number | null;
  upper: number | null;
  /** Graded attempts (pass + fail). */
  n: number;
  passes: number;
  errors: number;
}

/** A window's rate and where its interval lies relative to the baseline rate (descriptive, not an alarm). */
export interface WindowSummary extends RateSummary {
  /** `below`/`above`: the whole interval is below/above the baseline rate; `within` otherwise. */
  vsBaseline: 'below' | 'above' | 'within' | null;
  /** Tests against the baseline, the minimum detectable effect, and BH-adjusted p-values. */
  comparison: WindowComparison & { adjusted: { unpaired: number | null; paired: number | null } };
}

/** The windows reported for every agent. */
export const WINDOWS = { '1d': 1, '7d': 7, '30d': 30 } as const;
export type WindowName = keyof typeof WINDOWS;

/** What `barometer report` shows for one agent. */
export interface AgentReport {
  agent: string;
  /** The last day with data: windows end here. */
  asOf: string;
  baseline: RateSummary & { source: 'configured' | 'first-days' };
  windows: Record<WindowName, WindowSummary>;
  /** Days with at least one attempt. */
  days: number;
  /** Baseline and windows per task category (categories with data only). */
  categories: Partial<Record<TaskCategory, { baseline: RateSummary; windows: Record<WindowName, RateSummary> }>>;
  /** Labelled answer-key tasks (bug detection): baseline and last 30 days. */
  classification: { baseline: ClassificationMetrics | null; '30d': ClassificationMetrics | null };
  /** Tokens, cost, time, turns and tool calls: the last 7 days against the baseline. */
  operational: Record<OperationalMetric, MetricDrift>;
  /** The same metrics' medians day by day over the last 30 days (for charts). */
  operationalDaily: DailyOperational[];
  /** pass@k and pass^k over the last 30 days, when runs have several trials. */
  repeatedTrials: RepeatedTrials | null;
  /**
   * Suite versions: when the suite changed between the baseline and now, pooled rates mix versions,
   * so the paired comparisons (which match task versions) are the ones to read; `sharedTasks` says
   * how many task versions the baseline and the 7-day window have in common.
   */
  versions: { suiteChanges: ProvenanceChange[]; sharedTasks: number };
}

/** Summarises attempts (already limited to a date range) as a pass rate with a Wilson interval. */
export function summarizeRate(attempts: readonly Pick<DatedAttempt, 'outcome'>[], from: string, to: string): RateSummary {
  let passes = 0;
  let fails = 0;
  let errors = 0;
  for (const a of attempts) {
    if (a.outcome === 'pass') passes += 1;
    else if (a.outcome === 'fail') fails += 1;
    else errors += 1;
  }
  const n = passes + fails;
  if (n === 0) return { from, to, rate: null, lower: null, upper: null, n, passes, errors };
  const ci = wilsonInterval(passes, n, 0.95);
  return { from, to, rate: passes / n, lower: ci.lower, upper: ci.upper, n, passes, errors };
}

/** The baseline's day range: configured, or the agent's first `days` days of history. */
export function baselineRange(baseline: Baseline, firstDay: string): { from: string; to: string; source: 'configured' | 'first-days' } {
  if ('from' in baseline) return { from: baseline.from, to: baseline.to, source: 'configured' };
  return { from: firstDay, to: addDays(firstDay, baseline.days - 1), source: 'first-days' };
}

/**
 * Builds one agent's report: 1-, 7- and 30-day windows ending on its last day with data (or `asOf`),
 * and its baseline. Returns null when the agent has no attempts.
 */
export async function buildAgentReport(
  store: Store,
  agent: string,
  baseline: Baseline,
  asOf?: string,
  labels?: ReadonlyMap<string, string>,
): Promise<AgentReport | null> {
  const all = await store.datedAttempts(agent, asOf ? { to: asOf } : {});
  if (all.length === 0) return null;
  const first = all[0]!.date;
  const last = asOf ?? all[all.length - 1]!.date;
  const range = baselineRange(baseline, first);
  const inRange = (from: string, to: string): DatedAttempt[] => all.filter((a) => a.date >= from && a.date <= to);
  const baselineAttempts = inRange(range.from, range.to);
  const base = { ...summarizeRate(baselineAttempts, range.from, range.to), source: range.source };
  const windows = {} as Record<WindowName, WindowSummary>;
  const windowAttempts = {} as Record<WindowName, DatedAttempt[]>;
  for (const [name, len] of Object.entries(WINDOWS) as [WindowName, number][]) {
    const from = addDays(last, -(len - 1));
    const attempts = (windowAttempts[name] = inRange(from, last));
    const s = summarizeRate(attempts, from, last);
    let vsBaseline: WindowSummary['vsBaseline'] = null;
    if (s.rate !== null && base.rate !== null) vsBaseline = s.upper! < base.rate ? 'below' : s.lower! > base.rate ? 'above' : 'within';
    const comparison = compareWindow(baselineAttempts, attempts);
    windows[name] = { ...s, vsBaseline, comparison: { ...comparison, adjusted: { unpaired: null, paired: null } } };
  }
  const categories: AgentReport['categories'] = {};
  for (const category of TASK_CATEGORIES) {
    const of = (xs: DatedAttempt[]): DatedAttempt[] => xs.filter((a) => a.category === category);
    if (!all.some((a) => a.category === category)) continue;
    const perWindow = {} as Record<WindowName, RateSummary>;
    for (const name of Object.keys(WINDOWS) as WindowName[]) perWindow[name] = summarizeRate(of(windowAttempts[name]), windows[name].from, last);
    categories[category] = { baseline: summarizeRate(of(baselineAttempts), range.from, range.to), windows: perWindow };
  }
  const labelMap = labels ?? new Map<string, string>();
  const runs = (await store.listRuns(agent)).filter((r) => r.date >= range.from && r.date <= last);
  const suiteChanges = provenanceChanges(runs, []).filter((c) => c.field === 'suiteVersion');
  const key = (a: DatedAttempt): string => `${a.taskId}@${a.taskVersion}`;
  const inBaseline = new Set(baselineAttempts.map(key));
  const sharedTasks = new Set(windowAttempts['7d'].map(key).filter((k) => inBaseline.has(k))).size;
  return {
    agent,
    asOf: last,
    baseline: base,
    windows,
    days: new Set(all.map((a) => a.date)).size,
    categories,
    classification: { baseline: classificationMetrics(baselineAttempts, labelMap), '30d': classificationMetrics(windowAttempts['30d'], labelMap) },
    operational: operationalDrift(baselineAttempts, windowAttempts['7d']),
    operationalDaily: dailyOperational(windowAttempts['30d']),
    repeatedTrials: repeatedTrials(windowAttempts['30d']),
    versions: { suiteChanges, sharedTasks },
  };
}

/**
 * Controls the false discovery rate across many series tested at once: every agent × window
 * comparison's p-values (unpaired and paired families separately) get Benjamini–Hochberg-adjusted
 * values, written into `comparison.adjusted`.
 */
export function adjustForMultipleSeries(reports: readonly AgentReport[]): void {
  for (const family of ['unpaired', 'paired'] as const) {
    const slots: { w: WindowSummary; p: number }[] = [];
    for (const r of reports) {
      for (const w of Object.values(r.windows)) {
        const p = family === 'unpaired' ? w.comparison.unpaired?.pValue : w.comparison.paired?.midPValue;
        if (p !== undefined) slots.push({ w, p });
      }
    }
    const adjusted = benjaminiHochberg(slots.map((s) => s.p));
    slots.forEach((s, i) => (s.w.comparison.adjusted[family] = adjusted[i]!));
  }
}
