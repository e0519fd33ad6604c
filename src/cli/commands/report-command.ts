import type { Command } from 'commander';
import { adjustForMultipleSeries, buildAgentReport, type AgentReport } from '../../monitor/agent-report.js';
import { formatReport } from '../../monitor/format-report.js';
import type { Store } from '../../store/store.js';
import type { Config } from '../../config/config-schema.js';
import { agentsWithRuns } from '../agents-with-runs.js';
import type { CliContext, GlobalOptions } from '../cli-context.js';
import { loadCliConfig } from '../load-cli-config.js';
import { openStore } from '../open-store.js';
import { isoDayOption } from '../parse-options.js';

/** Builds the reports of the named agents (all agents with runs when none are named). */
export async function buildReports(store: Store, config: Config, agents: readonly string[], asOf?: string): Promise<AgentReport[]> {
  const labels = await store.taskLabels();
  const reports: AgentReport[] = [];
  for (const name of await agentsWithRuns(store, agents)) {
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
