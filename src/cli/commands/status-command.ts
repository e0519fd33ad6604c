import type { Command } from 'commander';
import { agentsWithRuns } from '../agents-with-runs.js';
import { buildStatuses } from '../../monitor/build-reports.js';
import { baselineFor } from '../baseline-for.js';
import { formatStatus } from '../../monitor/format-status.js';
import type { CliContext, GlobalOptions } from '../cli-context.js';
import { loadCliConfig } from '../load-cli-config.js';
import { openStore } from '../open-store.js';
import { isoDayOption } from '../parse-options.js';

/** `barometer status`: each agent's verdict from the sequential detector, with attribution. */
export function registerStatusCommand(program: Command, ctx: CliContext): void {
  program
    .command('status')
    .description('is each agent stable, degraded or improved? (sequential detector, calibrated false-alarm rate)')
    .option('--agent <name...>', 'only these agents (default: every agent with runs)')
    .option('--as-of <YYYY-MM-DD>', 'judge with the data up to this day', isoDayOption)
    .option('--json', 'print one JSON document')
    .action(async (opts: { agent?: string[]; asOf?: string; json?: boolean }, cmd: Command) => {
      const config = loadCliConfig(ctx, cmd.optsWithGlobals<GlobalOptions>(), { optional: true });
      const store = await openStore(config.database, { mustExist: true });
      try {
        const statuses = await buildStatuses(store, await agentsWithRuns(store, opts.agent ?? []), baselineFor(config), config.detection, opts.asOf);
        if (opts.json) ctx.stdout.write(`${JSON.stringify({ schemaVersion: 1, agents: statuses }, null, 2)}\n`);
        else ctx.stdout.write(formatStatus(statuses));
      } finally {
        await store.close();
      }
    });
}
