import type { AgentReport, RateSummary } from './agent-report.js';
import type { MetricDrift } from './operational-metrics.js';

const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)}%`);
const pts = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}`);
const ci = (s: RateSummary): string => (s.lower === null ? '' : `[${pct(s.lower)}, ${pct(s.upper)}]`);
const pv = (p: number | null | undefined): string => (p === null || p === undefined ? '—' : p < 0.001 ? '<0.001' : p.toFixed(3));
const pEq = (p: number | null | undefined): string => (p !== null && p !== undefined && p < 0.001 ? 'p<0.001' : `p=${pv(p)}`);
const num = (x: number | null): string => (x === null ? '—' : Math.abs(x) >= 100 ? Math.round(x).toString() : x.toPrecision(3));

function driftLine(name: string, d: MetricDrift): string | null {
  if (d.window.median === null || d.baseline.median === null) return null;
  if (d.window.median === 0 && d.baseline.median === 0) return null; // not measured by this agent
  const relPct = d.relativeShift === null ? null : Math.round(d.relativeShift * 100);
  const rel = relPct === null ? '' : ` (${relPct > 0 ? '+' : relPct === 0 ? '±' : ''}${relPct}%, ${pEq(d.pValue)})`;
  return `    ${name.padEnd(13)} median ${num(d.window.median)} vs ${num(d.baseline.median)}${rel}`;
}

/** Renders reports as plain text for the terminal. */
export function formatReport(reports: readonly AgentReport[]): string {
  if (reports.length === 0) return 'No runs recorded yet: run `barometer run --agent NAME` (or `barometer demo`).\n';
  const lines: string[] = [];
  for (const r of reports) {
    const b = r.baseline;
    lines.push(`${r.agent}  (as of ${r.asOf}, ${r.days} day${r.days === 1 ? '' : 's'} of data)`);
    lines.push(`  baseline ${b.from}..${b.to}${b.source === 'first-days' ? ' (first days)' : ''}: ${pct(b.rate)} ${ci(b)} n=${b.n}${b.errors ? ` errors=${b.errors}` : ''}`);
    lines.push(`  ${'window'.padEnd(7)}${'pass rate'.padEnd(11)}${'95% CI'.padEnd(18)}${'n'.padStart(5)}${'err'.padStart(5)}${'Δ pts'.padStart(8)}${'p paired'.padStart(10)}${'MDE'.padStart(7)}`);
    for (const [name, w] of Object.entries(r.windows)) {
      const flag = w.vsBaseline === 'below' ? '  below baseline' : w.vsBaseline === 'above' ? '  above baseline' : '';
      const c = w.comparison;
      lines.push(
        `  ${name.padEnd(7)}${pct(w.rate).padEnd(11)}${ci(w).padEnd(18)}${String(w.n).padStart(5)}${String(w.errors).padStart(5)}` +
          `${pts(c.difference).padStart(8)}${pv(c.paired?.midPValue).padStart(10)}${(c.mde === null ? '—' : `±${(c.mde * 100).toFixed(0)}`).padStart(7)}${flag}`,
      );
    }
    for (const c of r.versions.suiteChanges) {
      lines.push(`  suite changed on ${c.date} (${c.from} → ${c.to}): pooled rates mix versions; the paired test uses the ${r.versions.sharedTasks} task versions shared by the baseline and the last 7 days`);
    }
    const cats = Object.entries(r.categories)
      .map(([cat, s]) => `${cat} ${pct(s.windows['7d'].rate)} (base ${pct(s.baseline.rate)})`)
      .join(', ');
    if (cats) lines.push(`  7d by category: ${cats}`);
    const cls = r.classification['30d'];
    if (cls) {
      lines.push(
        `  bug detection (30d, positive = ${cls.positive}): accuracy ${pct(cls.accuracy.value)}, precision ${pct(cls.precision.value)}, recall ${pct(cls.recall.value)}, F1 ${pct(cls.f1.value)}`,
      );
    }
    if (r.repeatedTrials) {
      const k = r.repeatedTrials.trials;
      lines.push(`  repeated trials (30d): pass@${k} ${pct(r.repeatedTrials.passAtK[k])}, pass^${k} ${pct(r.repeatedTrials.passHatK[k])}, pass@1 ${pct(r.repeatedTrials.passAtK[1])}`);
    }
    const ops = Object.entries(r.operational)
      .map(([name, d]) => driftLine(name, d))
      .filter((l): l is string => l !== null);
    if (ops.length) lines.push('  operational, 7d vs baseline (Hodges–Lehmann shift, Mann–Whitney p):', ...ops);
    lines.push('');
  }
  lines.push('Intervals are Wilson 95%; errors (infrastructure faults) are excluded from n. Δ is window − baseline; "p paired" is');
  lines.push("McNemar's mid-p on matched attempts of the same tasks; MDE is the drop a 5% test detects with 80% power at this n.");
  lines.push('"below/above baseline": the whole interval lies below/above the baseline rate. These are descriptions, not');
  lines.push('alarms: checked daily they would cry wolf; `barometer status` runs the calibrated sequential detector.');
  return `${lines.join('\n')}\n`;
}
