import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { usageError } from '../../core/errors.js';
import { detectionPower } from '../../stats/detection-power.js';
import type { CliContext, GlobalOptions } from '../cli-context.js';
import { loadCliConfig } from '../load-cli-config.js';
import { positiveInt } from '../parse-options.js';

function rate(value: string): number {
  const n = Number(value);
  if (!(n > 0 && n < 1)) throw new InvalidArgumentError(`expected a pass rate strictly between 0 and 1 (e.g. 0.6), got "${value}"`);
  return n;
}

function points(value: string): number[] {
  const out = value.split(',').map((s) => Number(s.trim()));
  if (out.some((n) => !(n > 0 && n < 100))) throw new InvalidArgumentError(`expected drops in points separated by commas (e.g. 3,5,10,20), got "${value}"`);
  return out;
}

/** `barometer power`: what a daily budget can detect, and how fast. */
export function registerPowerCommand(program: Command, ctx: CliContext): void {
  program
    .command('power')
    .description('plan a budget: minimum detectable effect per window and expected detection delay per drop')
    .requiredOption('--baseline <rate>', "the agent's current pass rate, e.g. 0.6", rate)
    .requiredOption('--tasks <n>', 'tasks attempted per day', positiveInt)
    .option('--drops <points>', 'drops to simulate, in points', points, [3, 5, 10, 20])
    .option('--streams <n>', 'simulated streams per drop (more: slower, more precise)', positiveInt, 40)
    .option('--seed <n>', 'simulation seed', positiveInt, 1)
    .option('--json', 'print one JSON document')
    .action((opts: { baseline: number; tasks: number; drops: number[]; streams: number; seed: number; json?: boolean }, cmd: Command) => {
      const config = loadCliConfig(ctx, cmd.optsWithGlobals<GlobalOptions>(), { optional: true });
      const baselineDays = 'days' in config.baseline ? config.baseline.days : 14;
      for (const d of opts.drops) {
        if (d / 100 >= opts.baseline) throw usageError('USAGE', `a drop of ${d} points is impossible from a pass rate of ${opts.baseline}: choose smaller --drops`);
      }
      const result = detectionPower({
        baselineRate: opts.baseline,
        tasksPerDay: opts.tasks,
        drops: opts.drops.map((d) => d / 100),
        baselineDays,
        arl0: config.detection.arl0Days,
        minEffect: config.detection.minEffect,
        dropShare: config.detection.dropShare,
        streams: opts.streams,
        seed: opts.seed,
      });
      if (opts.json) {
        const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);
        ctx.stdout.write(
          `${JSON.stringify(
            {
              baselineRate: opts.baseline,
              tasksPerDay: opts.tasks,
              baselineDays,
              arl0Days: config.detection.arl0Days,
              mde: result.mde,
              delays: result.delays.map((d) => ({ ...d, median: finite(d.median), p90: finite(d.p90) })),
              streams: result.streams,
              horizon: result.horizon,
            },
            null,
            2,
          )}\n`,
        );
        return;
      }
      const days = (x: number): string => (Number.isFinite(x) ? `${x}` : `>${result.horizon}`);
      const lines = [
        `An agent at ${(opts.baseline * 100).toFixed(0)}% on ${opts.tasks} tasks a day, ${baselineDays}-day baseline:`,
        '',
        'Window tests against the baseline (two-sided 5%, 80% power) need a drop of at least:',
        ...(['1d', '7d', '30d'] as const).map((w) => `  ${w.padEnd(4)} ${Number.isFinite(result.mde[w]) ? `${(result.mde[w] * 100).toFixed(1)} points` : 'not detectable'}`),
        '',
        `Sequential detector (one false alarm per ${config.detection.arl0Days} days), days from the change to the alarm:`,
        `  ${'drop'.padEnd(10)}${'median'.padStart(8)}${'90th pct'.padStart(10)}${'detected'.padStart(10)}`,
        ...result.delays.map(
          (d) => `  ${`${(d.drop * 100).toFixed(0)} points`.padEnd(10)}${days(d.median).padStart(8)}${days(d.p90).padStart(10)}${`${(d.detected * 100).toFixed(0)}%`.padStart(10)}`,
        ),
        '',
        `(${result.streams} simulated streams per drop with heterogeneous tasks, the change right after the baseline; docs/detection-benchmark.md)`,
      ];
      ctx.stdout.write(`${lines.join('\n')}\n`);
    });
}
