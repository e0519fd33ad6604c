import type { Baseline } from '../config/config-schema.js';
import type { Store } from '../store/store.js';
import { adjustForMultipleSeries, buildAgentReport, type AgentReport } from './agent-report.js';
import { buildAgentStatus, type AgentStatus, type DetectionSettings } from './agent-status.js';

/** An agent's baseline: its own when configured, else the default. */
export type BaselineFor = (agent: string) => Baseline;

/**
 * The reports of several agents, with Benjamini–Hochberg adjustment across all of them (they are
 * tested at once). Agents without attempts are left out.
 */
export async function buildReports(store: Store, agents: readonly string[], baselineFor: BaselineFor, asOf?: string): Promise<AgentReport[]> {
  const labels = await store.taskLabels();
  const reports: AgentReport[] = [];
  for (const name of agents) {
    const r = await buildAgentReport(store, name, baselineFor(name), asOf, labels);
    if (r) reports.push(r);
  }
  adjustForMultipleSeries(reports);
  return reports;
}

/** The detector's verdict for several agents. Agents without attempts are left out. */
export async function buildStatuses(store: Store, agents: readonly string[], baselineFor: BaselineFor, settings: DetectionSettings, asOf?: string): Promise<AgentStatus[]> {
  const statuses: AgentStatus[] = [];
  for (const name of agents) {
    const s = await buildAgentStatus(store, name, baselineFor(name), settings, asOf);
    if (s) statuses.push(s);
  }
  return statuses;
}
