import type { Baseline } from '../config/config-schema.js';
import { detectChange, type ChangeVerdict } from '../stats/detect-change.js';
import type { Store } from '../store/store.js';
import { attributeChange, provenanceChanges, type Attribution, type ProvenanceChange } from './attribution.js';
import { baselineRange } from './agent-report.js';
import { toDailySeries } from './daily-series.js';

/** Settings of the sequential detector. */
export interface DetectionSettings {
  /** Target average run length to a false alarm on a stable agent, in days with data. */
  arl0Days: number;
  /** Smallest change in pass rate that matters (0.05 = 5 points). */
  minEffect: number;
  /** Share of the false-alarm budget spent on drops (default 0.9). */
  dropShare?: number;
}

/** What `barometer status` says about one agent. */
export interface AgentStatus {
  agent: string;
  asOf: string;
  status: ChangeVerdict['status'];
  baseline: { from: string; to: string; source: 'configured' | 'first-days' };
  verdict: ChangeVerdict;
  /** With an alarm: what changed around it. */
  attribution: Attribution | null;
  /** Every provenance change in the agent's history (for context, also without an alarm). */
  history: ProvenanceChange[];
}

/**
 * Runs the sequential detector on an agent's daily series from its baseline on, and, when it alarms,
 * attributes the change (provenance changes near the change day, categories and tasks that moved).
 * Returns null when the agent has no attempts.
 */
export async function buildAgentStatus(store: Store, agent: string, baseline: Baseline, settings: DetectionSettings, asOf?: string): Promise<AgentStatus | null> {
  const all = await store.datedAttempts(agent, asOf ? { to: asOf } : {});
  if (all.length === 0) return null;
  const range = baselineRange(baseline, all[0]!.date);
  const attempts = all.filter((a) => a.date >= range.from);
  const series = toDailySeries(attempts);
  const baselineDays = Math.max(1, series.filter((d) => d.date <= range.to).length);
  const verdict = detectChange(series, { baselineDays, arl0: settings.arl0Days, minEffect: settings.minEffect, ...(settings.dropShare !== undefined ? { dropShare: settings.dropShare } : {}) });
  const runs = (await store.listRuns(agent)).filter((r) => !asOf || r.date <= asOf);
  let attribution: Attribution | null = null;
  if ((verdict.status === 'degraded' || verdict.status === 'improved') && verdict.changeDate && verdict.alarmDate) {
    attribution = attributeChange({
      runs,
      attempts,
      before: attempts.filter((a) => a.date >= range.from && a.date <= range.to),
      changeDate: verdict.changeDate,
      alarmDate: verdict.alarmDate,
      direction: verdict.status === 'degraded' ? -1 : 1,
    });
  }
  return {
    agent,
    asOf: all[all.length - 1]!.date,
    status: verdict.status,
    baseline: range,
    verdict,
    attribution,
    history: provenanceChanges(runs, all),
  };
}
