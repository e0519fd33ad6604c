import type { Command } from 'commander';
import { BarometerError, usageError } from '../../core/errors.js';
import { IMPORT_FORMATS, importTasks, isImportFormat, type ImportResult } from '../../suites/importers/import-tasks.js';
import type { CliContext } from '../cli-context.js';
import { positiveInt } from '../parse-options.js';
import { resolve } from 'node:path';

/** Options of `barometer tasks import`. */
interface TasksImportOptions {
  out?: string;
  force?: boolean;
  repoDir?: string;
  timeout?: number;
  json?: boolean;
}

/**
 * `barometer tasks import <format> <file> --out <dir>`: converts a dataset (humaneval, mbpp,
 * swe-bench, harbor) into barometer task directories. Rows or tasks that cannot be converted are
 * listed with a reason; it exits 1 only when nothing was imported, 2 on a usage error.
 */
export function registerTasksImportCommand(tasks: Command, ctx: CliContext): void {
  tasks
    .command('import')
    .description(`convert a dataset into barometer task directories (${IMPORT_FORMATS.join(', ')})`)
    .argument('<format>', `input format: ${IMPORT_FORMATS.join(' | ')}`)
    .argument('<file>', 'the dataset: a .jsonl or .jsonl.gz file (harbor: a directory of task directories)')
    .option('--out <dir>', 'directory to write the tasks into (new or empty; it becomes a suite)')
    .option('--force', 'write into a non-empty --out, replacing tasks with the same ids')
    .option('--repo-dir <clone>', 'swe-bench: a local git clone of the instances\' repository')
    .option('--timeout <sec>', 'swe-bench: seconds the hidden tests may take (default 300)', positiveInt)
    .option('--json', 'print the result ({ imported, skipped }) as JSON')
    .action(async (format: string, file: string, opts: TasksImportOptions) => {
      if (!isImportFormat(format)) throw usageError('USAGE', `unknown import format "${format}": use one of ${IMPORT_FORMATS.join(', ')}`);
      if (!opts.out) throw usageError('USAGE', `missing --out <dir>: name the directory to write the ${format} tasks into (a new or empty directory)`);
      if (opts.timeout !== undefined && format !== 'swe-bench') throw usageError('USAGE', `--timeout only applies to swe-bench, not ${format}: drop it`);
      const result = await importTasks(format, resolve(ctx.cwd, file), {
        out: resolve(ctx.cwd, opts.out),
        ...(opts.force ? { force: true } : {}),
        ...(opts.repoDir ? { repoDir: resolve(ctx.cwd, opts.repoDir) } : {}),
        ...(opts.timeout ? { timeoutSec: opts.timeout } : {}),
        signal: ctx.signal,
        env: ctx.env,
      });
      printResult(result, ctx, opts.json === true);
      if (ctx.signal.aborted) throw new BarometerError('INTERRUPTED', `import interrupted after ${result.imported.length} tasks`, { exitCode: 130 });
      if (result.imported.length === 0) {
        throw new BarometerError('TASK_INVALID', `no task could be imported from ${result.input} (${result.skipped.length} skipped, see the reasons above)`, { exitCode: 1 });
      }
    });
}

function printResult(result: ImportResult, ctx: CliContext, json: boolean): void {
  if (json) {
    ctx.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  for (const t of result.imported) ctx.stdout.write(`imported ${t.id.padEnd(28)} from ${t.source}\n`);
  for (const s of result.skipped) ctx.stdout.write(`skipped  ${s.source}${s.id ? ` (${s.id})` : ''}: ${s.reason}\n`);
  ctx.stdout.write(`${result.imported.length} ${result.format} tasks imported into ${result.outDir}, ${result.skipped.length} skipped\n`);
  if (result.imported.length > 0) ctx.stdout.write(`check them with: barometer tasks validate --suite ${result.outDir}\n`);
}
