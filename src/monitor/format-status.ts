import type { AgentStatus } from './agent-status.js';

const pts = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}`;
const pct = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

/** Renders verdicts as text: one block per agent, the reason and the evidence. */
export function formatStatus(statuses: readonly AgentStatus[]): string {
  if (statuses.length === 0) return 'No runs recorded yet: run `barometer run --agent NAME` (or `barometer demo`).\n';
  const lines: string[] = [];
  for (const s of statuses) {
    const v = s.verdict;
    const head = s.status.toUpperCase();
    lines.push(`${s.agent}: ${head}  (as of ${s.asOf}; baseline ${s.baseline.from}..${s.baseline.to}: ${pct(v.baselineRate)})`);
    if (s.status === 'insufficient-data') {
      lines.push(`  ${v.reason ?? 'not enough data yet'}`);
    } else if (s.status === 'stable') {
      lines.push(`  no change detected: CUSUM statistic ${v.statistic.toFixed(2)} < threshold ${v.threshold.toFixed(2)} (false-alarm target: one per ${v.arl0} days)`);
      if (v.effect) lines.push(`  recent vs earlier, paired on tasks: ${pts(v.effect.estimate)} points [${pts(v.effect.lower)}, ${pts(v.effect.upper)}]`);
    } else {
      const e = v.effect;
      lines.push(
        `  ${s.status === 'degraded' ? 'worse' : 'better'} since ${v.changeDate} (alarm on ${v.alarmDate}): ` +
          `${pct(v.baselineRate)} → ${pct(v.currentRate)}` +
          (e ? `, ${pts(e.estimate)} points paired on tasks [${pts(e.lower)}, ${pts(e.upper)}]` : ''),
      );
      lines.push(`  evidence: CUSUM statistic ${v.statistic.toFixed(2)} ≥ threshold ${v.threshold.toFixed(2)} (calibrated to one false alarm per ${v.arl0} days)`);
      const a = s.attribution;
      if (a) {
        if (a.changes.length === 0) lines.push('  provenance: no change of agent version, model, settings or suite near the change day');
        for (const c of a.changes) lines.push(`  provenance: ${c.field} ${c.from ?? '—'} → ${c.to ?? '—'} on ${c.date}`);
        const cats = a.categories.map((c) => `${c.key} ${pts(c.difference)}`).join(', ');
        if (cats) lines.push(`  by category (points): ${cats}`);
        const tasks = a.tasks.slice(0, 5).map((t) => `${t.key} ${pct(t.before)}→${pct(t.after)}`).join(', ');
        if (tasks) lines.push(`  tasks that moved most: ${tasks}`);
      }
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
