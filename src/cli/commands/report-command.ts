import type { Command } from 'commander';
import { adjustForMultipleSeries, buildAgentReport, type AgentReport } from '../../monitor/agent-report.js';
import { formatReport } from '../../monitor/format-report.js';
import type { Store } from '../../store/store.js';
import type { Config } from '../../config/config-schema.js';
import { usageError } from '../../core/errors.js';
import type { CliContext, GlobalOptions } from '../cli-context.js';
import { loadCliConfig } from '../load-cli-config.js';
import { openStore } from '../open-store.js';
import { isoDayOption } from '../parse-options.js';

/** Builds the reports of the named agents (all agents with runs when none are named). */
export async function buildReports(store: Store, config: Config, agents: readonly string[], asOf?: string): Promise<AgentReport[]> {
  const known = await store.agentsWithRuns();
  for (const a of agents) {
    if (!known.includes(a)) {
      throw usageError('UNKNOWN_AGENT', `no runs recorded for agent "${a}"${known.length ? ` (agents with runs: ${known.join(', ')})` : ' (the database has no runs yet)'}`);
    }
  }
  const labels = await store.taskLabels();
  const reports: AgentReport[] = [];
  for (const name of agents.length ? agents : known) {
    const baseline = config.agents.find((a) => a.name === name)?.baseline ?? config.baseline;
    const r = await buildAgentReport(store, name, baseline, asOf, labels);
    if (r) reports.push(r);
  }
  adjustForMultipleSeries(reports);
  return reports;
}

/** `barometer report`: pass rates of the last 1, 7 and 30 days against the baseline. */
export function registerReportCommand(program: Command, ctx: CliContext): void {
  program
    .command('report')
    .description('pass rate per agent for the last 1, 7 and 30 days with Wilson 95% intervals, and the baseline')
    .option('--agent <name...>', 'only these agents (default: every agent with runs)')
    .option('--as-of <YYYY-MM-DD>', 'end the windows on this day (default: each agent\'s last day with data)', isoDayOption)
    .option('--json', 'print one JSON document')
    .action(async (opts: { agent?: string[]; asOf?: string; json?: boolean }, cmd: Command) => {
      const config = loadCliConfig(ctx, cmd.optsWithGlobals<GlobalOptions>(), { optional: true });
      const store = await openStore(config.database, { mustExist: true });
      try {
        const reports = await buildReports(store, config, opts.agent ?? [], opts.asOf);
        if (opts.json) ctx.stdout.write(`${JSON.stringify({ schemaVersion: 1, agents: reports }, null, 2)}\n`);
        else ctx.stdout.write(formatReport(reports));
      } finally {
        await store.close();
      }
    });
}
