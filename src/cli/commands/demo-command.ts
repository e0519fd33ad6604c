import { resolve } from 'node:path';
import type { Command } from 'commander';
import { SimulatedAgent } from '../../agents/simulated/simulated-agent.js';
import { addDays, isoDay } from '../../core/clock.js';
import { GradeCache } from '../../grading/grade-cache.js';
import { buildReports, buildStatuses } from '../../monitor/build-reports.js';
import { configSchema } from '../../config/config-schema.js';
import { formatReport } from '../../monitor/format-report.js';
import { formatStatus } from '../../monitor/format-status.js';
import { runAgent } from '../../runner/run-agent.js';
import { ProcessSandbox } from '../../sandbox/process/process-sandbox.js';
import { resolveSuite } from '../../suites/resolve-suite.js';
import type { CliContext, GlobalOptions } from '../cli-context.js';
import { resolveDatabase } from '../../config/load-config.js';
import { openStore } from '../open-store.js';
import { isoDayOption, positiveInt } from '../parse-options.js';

/** Default file of the demo database. */
export const DEMO_DB = 'barometer-demo.db';
/** Tasks per day in the demo: a fixed core chosen once from the built-in suite. */
export const DEMO_TASKS = 30;

/**
 * The three demo agents over `days` days ending `today`: stable; degrading (−15 points from day 40);
 * improving (+10 points after a "CLI update" to 2.0.0 on day 30, which also uses 20% fewer tokens).
 */
export function demoAgents(today: string, days: number): SimulatedAgent[] {
  const day = (n: number): string => addDays(today, n - days);
  // Anchored draws: the demo's history is the same whatever day it ends on.
  const common = { errorRate: 0.01, latencyMs: 0, anchor: day(1) };
  return [
    new SimulatedAgent({ ...common, name: 'demo-stable', seed: 11, skill: { generation: 0.72, completion: 0.66, understanding: 0.6 }, version: '1.4.2', model: 'sim-sonnet', changes: [] }),
    new SimulatedAgent({
      ...common,
      name: 'demo-degrading',
      seed: 22,
      skill: { generation: 0.75, completion: 0.7, understanding: 0.65 },
      version: '1.4.2',
      model: 'sim-sonnet',
      changes: [{ from: day(40), skillDelta: -0.15 }],
    }),
    new SimulatedAgent({
      ...common,
      name: 'demo-improving',
      seed: 33,
      skill: { generation: 0.58, completion: 0.52, understanding: 0.48 },
      version: '1.9.0',
      model: 'sim-haiku',
      changes: [{ from: day(30), skillDelta: 0.1, version: '2.0.0', tokenFactor: 0.8 }],
    }),
  ];
}

/** `barometer demo`: 60 days of history for three simulated agents, really graded, then the report. */
export function registerDemoCommand(program: Command, ctx: CliContext): void {
  program
    .command('demo')
    .description('simulate 60 days of three agents on the built-in suite (grading really runs), then print the report and the verdicts')
    .option('--days <n>', 'days of history', positiveInt, 60)
    .option('--end <YYYY-MM-DD>', 'last day of the history (default: today, UTC)', isoDayOption)
    .option('--no-serve', 'do not serve the dashboard afterwards (there is no dashboard yet: reserved)')
    .option('--json', 'print the report as JSON')
    .action(async (opts: { days: number; end?: string; json?: boolean }, cmd: Command) => {
      const globals = cmd.optsWithGlobals<GlobalOptions>();
      const database = resolveDatabase(globals.db ?? DEMO_DB, ctx.cwd);
      const suite = resolveSuite('builtin', {}, ctx.cwd);
      const store = await openStore(database);
      const sandbox = new ProcessSandbox();
      const cache = new GradeCache();
      const today = opts.end ?? isoDay(ctx.clock.now());
      const agents = demoAgents(today, opts.days);
      const t0 = performance.now();
      let attempts = 0;
      let skipped = 0;
      try {
        const done = new Set((await store.listRuns()).filter((r) => r.status === 'completed').map((r) => `${r.agent}|${r.date}`));
        ctx.stderr.write(`demo: ${agents.length} agents × ${opts.days} days × ${Math.min(DEMO_TASKS, suite.tasks.length)} tasks into ${database}\n`);
        for (let d = 1; d <= opts.days; d++) {
          const date = addDays(today, d - opts.days);
          for (const agent of agents) {
            if (done.has(`${agent.name}|${date}`)) {
              skipped += 1;
              continue;
            }
            const { attempts: recorded } = await runAgent({
              store,
              agent,
              suite,
              sandbox,
              clock: ctx.clock,
              date,
              trials: 1,
              seed: 0,
              // A fixed core of the suite's tasks every day: paired statistics, and a grading cache that hits.
              tasksPerDay: DEMO_TASKS,
              core: DEMO_TASKS,
              concurrency: ctx.cores,
              gradeCache: cache,
              signal: ctx.signal,
              // an unfinished demo day (killed earlier) is finished rather than started again
              resume: (await store.unfinishedRuns(agent.name, date)).length > 0,
              dateGiven: true,
            });
            attempts += recorded.length;
          }
          if (d % 10 === 0 || d === opts.days) ctx.stderr.write(`demo: day ${d}/${opts.days} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
        }
        const seconds = (performance.now() - t0) / 1000;
        ctx.stderr.write(
          `demo: ${attempts} attempts recorded${skipped ? `, ${skipped} agent-days already there` : ''} in ${seconds.toFixed(1)} s; ` +
            `${cache.misses} distinct solutions graded by running their tests, ${cache.hits} reused from the grading cache\n`,
        );
        // The demo ignores any config file: the defaults of a fresh config apply.
        const defaults = configSchema.parse({});
        const names = agents.map((a) => a.name);
        const reports = await buildReports(store, names, () => defaults.baseline);
        const statuses = await buildStatuses(store, names, () => defaults.baseline, defaults.detection);
        if (opts.json) ctx.stdout.write(`${JSON.stringify({ schemaVersion: 1, agents: reports, statuses }, null, 2)}\n`);
        else {
          ctx.stdout.write(`\n${formatReport(reports)}`);
          ctx.stdout.write(`\n${formatStatus(statuses)}`);
          ctx.stdout.write(`\nThe database is ${resolve(database)}; explore it with: barometer report --db ${database} --json\n`);
        }
      } finally {
        await store.close();
      }
    });
}
