import type { AgentReport, RateSummary } from './agent-report.js';

const pct = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const ci = (s: RateSummary): string => (s.lower === null ? '' : `[${pct(s.lower)}, ${pct(s.upper)}]`);

/** Renders reports as a plain-text table for the terminal. */
export function formatReport(reports: readonly AgentReport[]): string {
  if (reports.length === 0) return 'No runs recorded yet: run `barometer run --agent NAME` (or `barometer demo`).\n';
  const lines: string[] = [];
  for (const r of reports) {
    const b = r.baseline;
    lines.push(`${r.agent}  (as of ${r.asOf}, ${r.days} day${r.days === 1 ? '' : 's'} of data)`);
    lines.push(`  baseline ${b.from}..${b.to}${b.source === 'first-days' ? ' (first days)' : ''}: ${pct(b.rate)} ${ci(b)} n=${b.n}${b.errors ? ` errors=${b.errors}` : ''}`);
    lines.push(`  ${'window'.padEnd(7)}${'pass rate'.padEnd(11)}${'95% CI'.padEnd(18)}${'n'.padStart(6)}${'errors'.padStart(8)}`);
    for (const [name, w] of Object.entries(r.windows)) {
      const flag = w.vsBaseline === 'below' ? '  below baseline' : w.vsBaseline === 'above' ? '  above baseline' : '';
      lines.push(`  ${name.padEnd(7)}${pct(w.rate).padEnd(11)}${ci(w).padEnd(18)}${String(w.n).padStart(6)}${String(w.errors).padStart(8)}${flag}`);
    }
    lines.push('');
  }
  lines.push('Intervals are Wilson 95%; errors (infrastructure faults) are excluded from n. "below/above baseline" means the');
  lines.push("window's whole interval lies below/above the baseline rate: a description, not an alarm.");
  return `${lines.join('\n')}\n`;
}
