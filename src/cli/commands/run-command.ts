import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { isoDay } from '../../core/clock.js';
import { toRunRecord } from '../../core/run-record.js';
import { runAgent } from '../../runner/run-agent.js';
import { barProgress, lineProgress } from '../../runner/run-progress.js';
import { ProcessSandbox } from '../../sandbox/process/process-sandbox.js';
import { resolveSuite } from '../../suites/resolve-suite.js';
import { tasksForDate } from '../../suites/tasks-for-date.js';
import { usageError } from '../../core/errors.js';
import type { CliContext, GlobalOptions } from '../cli-context.js';
import { createAgent, findAgentConfig } from '../create-agent.js';
import { loadCliConfig } from '../load-cli-config.js';
import { openStore } from '../open-store.js';
import { isoDayOption, positiveInt, positiveNumber } from '../parse-options.js';

interface RunOptions {
  agent: string;
  suite?: string;
  tasks?: number;
  trials?: number;
  date?: string;
  resume?: boolean;
  json?: boolean;
  concurrency?: number;
  maxCost?: number;
}

/** `barometer run`: one run of an agent on today's (or --date's) tasks. */
export function registerRunCommand(program: Command, ctx: CliContext): void {
  program
    .command('run')
    .description("run an agent on the day's tasks, grade every attempt and record it")
    .requiredOption('--agent <name>', 'agent name from the config')
    .option('--suite <name|dir>', 'suite to run (default: the config\'s suite)')
    .option('--tasks <n>', 'tasks per day', positiveInt)
    .option('--trials <k>', 'trials per task', positiveInt)
    .option('--date <YYYY-MM-DD>', 'the day the run stands for (default: today, UTC)', isoDayOption)
    .option('--concurrency <n>', 'attempts at once (default: config, else CPU cores)', positiveInt)
    .option('--max-cost <usd>', 'stop starting attempts once the run has cost this many US dollars (default: config maxCostUsd)', positiveNumber)
    .option('--resume', 'finish the newest unfinished run of this agent without repeating recorded attempts')
    .option('--json', 'print the run record as one JSON document (schemaVersion 1)')
    .action(async (opts: RunOptions, cmd: Command) => {
      const config = loadCliConfig(ctx, cmd.optsWithGlobals<GlobalOptions>());
      const agentConfig = findAgentConfig(config, opts.agent);
      const sandbox = new ProcessSandbox();
      const agent = createAgent(agentConfig, { sandbox, env: ctx.env, baseDir: config.baseDir });
      const suite = resolveSuite(opts.suite ?? config.suite, config.suites, ctx.cwd);
      if (Array.isArray(config.core)) {
        const unknown = config.core.filter((id) => !suite.tasks.some((t) => t.id === id));
        if (unknown.length) throw usageError('CONFIG_INVALID', `${config.file ?? 'config'}: core: no task ${unknown.map((u) => `"${u}"`).join(', ')} in suite ${suite.name} (see barometer tasks list)`);
      }
      const store = await openStore(config.database);
      const variantsDir = mkdtempSync(join(tmpdir(), 'barometer-variants-'));
      try {
        const tty = Boolean(ctx.stderr.isTTY) && !opts.json;
        const progress = tty ? barProgress(ctx.stderr as NodeJS.WriteStream) : lineProgress((l) => ctx.stderr.write(`${l}\n`));
        const { run, attempts } = await runAgent({
          store,
          agent,
          suite,
          sandbox,
          clock: ctx.clock,
          date: opts.date ?? isoDay(ctx.clock.now()),
          dateGiven: opts.date !== undefined,
          tasksPerDay: opts.tasks ?? config.tasksPerDay,
          core: config.core,
          resolveTasks: (date) => tasksForDate(suite, date, variantsDir),
          trials: opts.trials ?? config.trials,
          seed: config.seed,
          concurrency: opts.concurrency ?? config.concurrency ?? ctx.cores ?? cpus().length,
          resume: opts.resume ?? false,
          testTimeoutSec: config.testTimeoutSec,
          maxCostUsd: opts.maxCost ?? config.maxCostUsd,
          progress,
          signal: ctx.signal,
        });
        if (opts.json) ctx.stdout.write(`${JSON.stringify(toRunRecord(run, attempts), null, 2)}\n`);
        else ctx.stdout.write(`run ${run.id} ${run.status}; see it with: barometer report --agent ${run.agent}\n`);
      } finally {
        await store.close();
        rmSync(variantsDir, { recursive: true, force: true });
      }
    });
}
