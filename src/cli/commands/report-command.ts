import type { Command } from 'commander';
import { buildReports } from '../../monitor/build-reports.js';
import { formatReport } from '../../monitor/format-report.js';
import { baselineFor } from '../baseline-for.js';
import { agentsWithRuns } from '../agents-with-runs.js';
import type { CliContext, GlobalOptions } from '../cli-context.js';
import { loadCliConfig } from '../load-cli-config.js';
import { openStore } from '../open-store.js';
import { isoDayOption } from '../parse-options.js';

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
        const reports = await buildReports(store, await agentsWithRuns(store, opts.agent ?? []), baselineFor(config), opts.asOf);
        if (opts.json) ctx.stdout.write(`${JSON.stringify({ schemaVersion: 1, agents: reports }, null, 2)}\n`);
        else ctx.stdout.write(formatReport(reports));
      } finally {
        await store.close();
      }
    });
}
