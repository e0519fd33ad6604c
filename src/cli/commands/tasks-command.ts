import type { Command } from 'commander';
import { validateTask, type TaskValidation } from '../../grading/validate-task.js';
import { ProcessSandbox } from '../../sandbox/process/process-sandbox.js';
import { resolveSuite } from '../../suites/resolve-suite.js';
import type { CliContext, GlobalOptions } from '../cli-context.js';
import { loadCliConfig } from '../load-cli-config.js';
import { isoDayOption, positiveInt } from '../parse-options.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, isoDay } from '../../core/clock.js';
import type { Task } from '../../core/task.js';
import { tasksForDate } from '../../suites/tasks-for-date.js';
import { registerTasksImportCommand } from './tasks-import-command.js';
import { BarometerError } from '../../core/errors.js';
import { mapConcurrent } from '../../core/map-concurrent.js';

/** `barometer tasks list|validate`. */
export function registerTasksCommand(program: Command, ctx: CliContext): void {
  const tasks = program.command('tasks').description('list, validate and import the tasks of a suite');
  registerTasksImportCommand(tasks, ctx);

  tasks
    .command('list')
    .description('list the tasks of a suite')
    .option('--suite <name|dir>', 'suite (default: the config\'s suite, else builtin)')
    .option('--json', 'print [{ id, category, language, difficulty }]')
    .action((opts: { suite?: string; json?: boolean }, cmd: Command) => {
      const config = loadCliConfig(ctx, cmd.optsWithGlobals<GlobalOptions>(), { optional: true });
      const suite = resolveSuite(opts.suite ?? config.suite, config.suites, ctx.cwd);
      if (opts.json) {
        const rows = [
          ...suite.tasks.map((t) => ({ id: t.id, category: t.category, language: t.language, difficulty: t.difficulty, title: t.title, version: t.version })),
          ...suite.templates.map((t) => ({ id: t.id, category: t.category, language: t.language, difficulty: t.difficulty, title: t.title, version: t.hash, template: true })),
        ];
        ctx.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      const templates = suite.templates.length ? ` + ${suite.templates.length} templates of fresh daily variants` : '';
      ctx.stdout.write(`suite ${suite.name} (version ${suite.version}, ${suite.tasks.length} tasks${templates}, ${suite.dir})\n`);
      const row = (t: { id: string; category: string; language: string; difficulty: string; title: string }, mark = ''): string =>
        `  ${(t.id + mark).padEnd(34)} ${t.category.padEnd(14)} ${t.language.padEnd(11)} ${t.difficulty.padEnd(7)} ${t.title}\n`;
      for (const t of suite.tasks) ctx.stdout.write(row(t));
      for (const t of suite.templates) ctx.stdout.write(row(t, ' (template)'));
      const count = (key: (t: { category: string; language: string; difficulty: string }) => string): string => {
        const m = new Map<string, number>();
        for (const t of [...suite.tasks, ...suite.templates]) m.set(key(t), (m.get(key(t)) ?? 0) + 1);
        return [...m.entries()].sort().map(([k, n]) => `${k} ${n}`).join(', ');
      };
      ctx.stdout.write(`by category: ${count((t) => t.category)}\nby language: ${count((t) => t.language)}\nby difficulty: ${count((t) => t.difficulty)}\n`);
    });

  tasks
    .command('validate')
    .description('prove every task: the reference solution passes, the untouched workspace and the wrong solution fail')
    .option('--suite <name|dir>', 'suite (default: the config\'s suite, else builtin)')
    .option('--repeats <n>', 'grade the reference solution n times to catch flaky tests', positiveInt, 1)
    .option('--concurrency <n>', 'tasks validated at once (default: CPU cores)', positiveInt)
    .option('--date <YYYY-MM-DD>', "seed of the templates' fresh variants (default: today, UTC)", isoDayOption)
    .option('--days <n>', 'validate the variants of this many consecutive days from --date', positiveInt, 1)
    .option('--json', 'print the checks as JSON')
    .action(async (opts: { suite?: string; repeats: number; concurrency?: number; date?: string; days: number; json?: boolean }, cmd: Command) => {
      const config = loadCliConfig(ctx, cmd.optsWithGlobals<GlobalOptions>(), { optional: true });
      const suite = resolveSuite(opts.suite ?? config.suite, config.suites, ctx.cwd);
      const sandbox = new ProcessSandbox();
      const t0 = performance.now();
      const variantsDir = mkdtempSync(join(tmpdir(), 'barometer-variants-'));
      let results: TaskValidation[];
      try {
        // Fixed tasks, then the templates' fresh variants of each day asked for.
        const all: Task[] = [...suite.tasks];
        const first = opts.date ?? isoDay(ctx.clock.now());
        for (let d = 0; d < (suite.templates.length > 0 ? opts.days : 0); d++) {
          all.push(...(await tasksForDate({ ...suite, tasks: [] }, addDays(first, d), variantsDir)));
        }
        results = await mapConcurrent(all, opts.concurrency ?? ctx.cores, async (task) => {
          const v = await validateTask(task, sandbox, { repeats: opts.repeats, signal: ctx.signal });
          if (!opts.json) {
            const detail = v.checks.map((c) => `${c.variant} ${c.outcome}${c.ok ? '' : ` (expected ${c.expected}${c.reason ? `: ${c.reason}` : ''})`}`).join(', ');
            ctx.stdout.write(`${v.valid ? 'ok     ' : v.flaky ? 'FLAKY  ' : 'INVALID'} ${task.id}: ${detail}\n`);
          }
          return v;
        });
      } finally {
        rmSync(variantsDir, { recursive: true, force: true });
      }
      const seconds = (performance.now() - t0) / 1000;
      const valid = results.filter((r) => r.valid).length;
      if (opts.json) ctx.stdout.write(`${JSON.stringify({ suite: suite.name, version: suite.version, valid, total: results.length, seconds, tasks: results }, null, 2)}\n`);
      else ctx.stdout.write(`${valid}/${results.length} tasks valid in suite ${suite.name} (${seconds.toFixed(1)} s)\n`);
      if (valid !== results.length) {
        throw new BarometerError('TASK_INVALID', `${results.length - valid} of ${results.length} tasks are invalid (see the lines marked INVALID or FLAKY)`, { exitCode: 1 });
      }
    });
}
