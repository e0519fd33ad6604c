import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { stringify as stringifyToml } from 'smol-toml';
import { usageError } from '../../core/errors.js';
import { importHarbor } from './harbor-importer.js';
import { importHumanEval } from './humaneval-importer.js';
import { IMPORT_FORMATS, type ImportFormat, type ImportOutcome, type ImportResult, type ImporterOptions } from './import-result.js';
import { importMbpp } from './mbpp-importer.js';
import { importSweBench } from './swe-bench-importer.js';

export { IMPORT_FORMATS, type ImportFormat, type ImportResult, type ImportedTask, type SkippedTask } from './import-result.js';

/** Options of {@link importTasks}. */
export interface ImportTasksOptions extends ImporterOptions {
  /** The output suite directory; it must be new or empty unless `force` is set. */
  out: string;
  /** swe-bench: a local clone of the instances' repository. */
  repoDir?: string;
  /** swe-bench: seconds the hidden tests may take. */
  timeoutSec?: number;
}

/** Whether `name` is one of {@link IMPORT_FORMATS}. */
export function isImportFormat(name: string): name is ImportFormat {
  return (IMPORT_FORMATS as readonly string[]).includes(name);
}

/** What each format reads, for messages. */
const INPUT_KIND: Record<ImportFormat, 'file' | 'directory'> = { humaneval: 'file', mbpp: 'file', 'swe-bench': 'file', harbor: 'directory' };

/**
 * Imports a dataset into barometer task directories under `options.out` (a suite: `suite.toml` plus
 * one folder per task), dispatching on `format`. Input problems (unknown format, missing input,
 * non-empty output without `force`, swe-bench without `repoDir`) are usage errors (exit 2) naming the
 * fix; problems with single rows or tasks are returned in `skipped`, each with a reason.
 */
export async function importTasks(format: string, input: string, options: ImportTasksOptions): Promise<ImportResult> {
  if (!isImportFormat(format)) throw usageError('USAGE', `unknown import format "${format}": use one of ${IMPORT_FORMATS.join(', ')}`);
  const inputPath = resolve(input);
  const kind = INPUT_KIND[format];
  if (!existsSync(inputPath)) {
    throw usageError('USAGE', `${format} input ${inputPath} does not exist: pass ${kind === 'file' ? `the dataset's .jsonl (or .jsonl.gz) file` : 'a directory of Harbor task directories (or one task directory)'}`);
  }
  const isDir = statSync(inputPath).isDirectory();
  if (kind === 'file' && isDir) throw usageError('USAGE', `${format} input ${inputPath} is a directory: pass the dataset's .jsonl (or .jsonl.gz) file`);
  if (kind === 'directory' && !isDir) throw usageError('USAGE', `harbor input ${inputPath} is a file: pass a directory of Harbor task directories (or one task directory)`);
  if (format === 'swe-bench' && !options.repoDir) {
    throw usageError('USAGE', 'swe-bench needs --repo-dir <clone>: a local git clone of the instances\' repository (git clone https://github.com/<repo>)');
  }
  if (format !== 'swe-bench' && options.repoDir) throw usageError('USAGE', `--repo-dir only applies to swe-bench, not ${format}: drop it`);

  const outDir = resolve(options.out);
  if (existsSync(outDir)) {
    if (!statSync(outDir).isDirectory()) throw usageError('USAGE', `--out ${outDir} is a file: name a new or empty directory`);
    if (readdirSync(outDir).length > 0 && !options.force) {
      throw usageError('USAGE', `--out ${outDir} is not empty: name a new or empty directory, or pass --force to write into it (tasks with the same ids are replaced)`);
    }
  }
  if (outDir === inputPath || inputPath.startsWith(`${outDir}/`)) throw usageError('USAGE', `--out ${outDir} contains the input: name another directory`);
  mkdirSync(outDir, { recursive: true });

  const common: ImporterOptions = {
    ...(options.force ? { force: true } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.env ? { env: options.env } : {}),
  };
  let outcome: ImportOutcome;
  switch (format) {
    case 'humaneval':
      outcome = await importHumanEval(inputPath, outDir, common);
      break;
    case 'mbpp':
      outcome = await importMbpp(inputPath, outDir, common);
      break;
    case 'swe-bench':
      outcome = await importSweBench(inputPath, outDir, { ...common, repoDir: options.repoDir!, ...(options.timeoutSec ? { timeoutSec: options.timeoutSec } : {}) });
      break;
    case 'harbor':
      outcome = await importHarbor(inputPath, outDir, common);
      break;
  }
  if (outcome.imported.length > 0 && !existsSync(resolve(outDir, 'suite.toml'))) {
    const suiteToml = { name: basename(outDir), description: `Imported from ${basename(inputPath)} (${format}) by barometer tasks import` };
    writeFileSync(resolve(outDir, 'suite.toml'), `${stringifyToml(suiteToml)}\n`);
  }
  return { format, input: inputPath, outDir, ...outcome };
}
