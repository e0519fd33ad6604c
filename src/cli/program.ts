import { Command } from 'commander';
import { HARNESS_VERSION } from '../runner/run-agent.js';
import type { CliContext } from './cli-context.js';
import { registerDemoCommand } from './commands/demo-command.js';
import { registerInitCommand } from './commands/init-command.js';
import { registerPowerCommand } from './commands/power-command.js';
import { registerReportCommand } from './commands/report-command.js';
import { registerRunCommand } from './commands/run-command.js';
import { registerStatusCommand } from './commands/status-command.js';
import { registerTasksCommand } from './commands/tasks-command.js';

/** Builds the `barometer` command line. Errors surface as exceptions; `main` turns them into exit codes. */
export function createProgram(ctx: CliContext): Command {
  const program = new Command('barometer')
    .description('daily coding benchmarks for AI coding agents, with statistics that tell you when one got worse')
    .version(HARNESS_VERSION)
    .option('--config <file>', 'config file (default: ./barometer.config.yaml)')
    .option('--db <path|url>', "database: a SQLite file path or a postgres:// URL (overrides the config's database)")
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => ctx.stdout.write(s), writeErr: (s) => ctx.stderr.write(s) })
    .exitOverride();
  registerInitCommand(program, ctx);
  registerRunCommand(program, ctx);
  registerReportCommand(program, ctx);
  registerStatusCommand(program, ctx);
  registerPowerCommand(program, ctx);
  registerTasksCommand(program, ctx);
  registerDemoCommand(program, ctx);
  for (const cmd of program.commands) {
    cmd.exitOverride();
    for (const sub of cmd.commands) sub.exitOverride();
  }
  return program;
}
