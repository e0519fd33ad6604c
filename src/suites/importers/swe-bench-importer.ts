import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { usageError } from '../../core/errors.js';
import type { Difficulty } from '../../core/task.js';
import { gradingPath, hostEnv, outputTail, runHost, type HostResult } from './host-process.js';
import type { ImporterOptions, ImportOutcome } from './import-result.js';
import { importJsonlRows, type RowConversion } from './import-jsonl-rows.js';
import { patchFiles } from './patch-files.js';
import { toTaskId, type FileMap, type TaskDraft } from './write-task-dir.js';

/** A list of test ids: a JSON array, or (as SWE-bench publishes it) a string holding a JSON array. */
const testIdList = z.union([
  z.array(z.string().min(1)),
  z.string().transform((s, ctx) => {
    try {
      const v = JSON.parse(s) as unknown;
      if (Array.isArray(v) && v.every((x) => typeof x === 'string' && x !== '')) return v as string[];
    } catch {
      // reported below
    }
    ctx.addIssue({ code: 'custom', message: 'expected a JSON-encoded list of test ids' });
    return z.NEVER;
  }),
]);

/** One SWE-bench instance (the fields barometer uses; others are ignored). */
export const sweBenchRowSchema = z.object({
  instance_id: z.string().min(1),
  repo: z.string().min(1),
  base_commit: z.string().regex(/^[0-9a-f]{7,40}$/i, { message: 'expected a commit hash' }),
  patch: z.string().min(1),
  test_patch: z.string().min(1),
  problem_statement: z.string().min(1),
  FAIL_TO_PASS: testIdList,
  PASS_TO_PASS: testIdList.default([]),
  /** SWE-bench Verified's time estimate, e.g. `<15 min fix`. */
  difficulty: z.string().optional(),
});
/** One SWE-bench instance. */
export type SweBenchRow = z.infer<typeof sweBenchRowSchema>;

/** Options of {@link importSweBench}. */
export interface SweBenchOptions extends ImporterOptions {
  /** A local clone of the instances' repository (it is only read). */
  repoDir: string;
  /** Seconds the hidden tests may take (default 300). */
  timeoutSec?: number;
  /** Whether a Python module can be imported where the tests will run (default: asks python3 on the grading PATH). */
  hasPythonModule?: (module: string) => boolean;
}

/** Where the files of `test_patch` wait (under `tests/`) until the grading command copies them into place. */
export const TEST_PATCH_DIR = '.barometer-test-patch';

/** How the FAIL_TO_PASS / PASS_TO_PASS ids are run. */
export type SweBenchRunner = 'pytest' | 'unittest';

/**
 * Which runner the test ids are written for: pytest node ids (`path/test_x.py::Class::test[param]`)
 * or unittest dotted names (`tests.test_x.TestY.test_z`). Other styles (Django's
 * `test_z (app.tests.TestY)`, sympy's bare function names) need the repository's own runner and are
 * reported as unsupported.
 */
export function detectRunner(ids: readonly string[]): { runner: SweBenchRunner } | { error: string } {
  if (ids.every((id) => /^[\w./-]+\.py(::.+)?$/.test(id))) return { runner: 'pytest' };
  if (ids.every((id) => /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$/.test(id))) return { runner: 'unittest' };
  const odd = ids.find((id) => !/^[\w./-]+\.py(::.+)?$/.test(id) && !/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$/.test(id)) ?? ids[0] ?? '';
  return { error: `test ids are neither pytest node ids (path.py::test) nor unittest names (package.module.Class.test), e.g. "${odd}": this repository needs its own test runner` };
}

/** Quotes one word for `sh`. */
export function shellQuote(word: string): string {
  return /^[\w./:=@%+,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The grading command: put the test patch's files in place, remove the files it deletes, run exactly the given ids. */
export function sweBenchCommand(runner: SweBenchRunner, ids: readonly string[], deletedTestFiles: readonly string[]): string {
  const steps = [`cp -R tests/${TEST_PATCH_DIR}/. .`, `rm -rf tests/${TEST_PATCH_DIR}`];
  if (deletedTestFiles.length > 0) steps.push(`rm -f ${deletedTestFiles.map(shellQuote).join(' ')}`);
  const run = runner === 'pytest' ? 'python3 -m pytest -p no:cacheprovider -q' : 'python3 -m unittest';
  steps.push(`${run} ${ids.map(shellQuote).join(' ')}`);
  return steps.join(' && ');
}

/** SWE-bench Verified's time estimate → a difficulty label (`medium` when absent or unknown). */
export function sweBenchDifficulty(estimate: string | undefined): Difficulty {
  const e = (estimate ?? '').toLowerCase().replace(/\s+/g, '');
  if (e.startsWith('<15min')) return 'easy';
  if (e.startsWith('15min-1h')) return 'medium';
  if (e.startsWith('1-4h') || e.startsWith('>4h')) return 'hard';
  return 'medium';
}

/** Runs git with a minimal environment (the caller's PATH, a throwaway HOME, no system config). */
function git(args: readonly string[], options: { env?: ImporterOptions['env']; extraEnv?: Record<string, string>; cwd?: string; home: string }): HostResult {
  const env: Record<string, string> = {
    PATH: options.env?.PATH ?? gradingPath(),
    HOME: options.home,
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    ...options.extraEnv,
  };
  return runHost(['git', ...args], { env, timeoutMs: 600_000, ...(options.cwd !== undefined ? { cwd: options.cwd } : {}) });
}

/** `https://github.com/Owner/Name.git` or `git@github.com:Owner/Name` → `owner/name`. */
function repoSlug(url: string): string {
  return url.trim().replace(/\.git$/, '').replace(/\/+$/, '').split(/[/:]/).slice(-2).join('/').toLowerCase();
}

/** A checkout of `commit` at `dest` (all files, or only `paths`), through a private index so the clone is not changed. */
function checkoutTree(repoDir: string, commit: string, dest: string, paths: readonly string[] | 'all', ctx: { env?: ImporterOptions['env']; home: string }): HostResult {
  const indexDir = mkdtempSync(join(tmpdir(), 'barometer-index-'));
  try {
    const extraEnv = { GIT_INDEX_FILE: join(indexDir, 'index') };
    const read = git(['-C', repoDir, 'read-tree', commit], { ...ctx, extraEnv });
    if (read.code !== 0) return read;
    if (paths !== 'all' && paths.length === 0) return read;
    mkdirSync(dest, { recursive: true });
    const prefix = `${resolve(dest)}/`;
    return git(['-C', repoDir, 'checkout-index', '-f', `--prefix=${prefix}`, ...(paths === 'all' ? ['-a'] : ['--', ...paths])], { ...ctx, extraEnv });
  } finally {
    rmSync(indexDir, { recursive: true, force: true });
  }
}

/**
 * Applies `patch` to `commit` in a scratch directory (only the touched files are checked out) and
 * returns the new contents of the files it creates or changes and the paths it removes.
 */
function applyPatch(repoDir: string, commit: string, patch: string, ctx: { env?: ImporterOptions['env']; home: string }): { files: FileMap; removed: string[] } | { error: string } {
  const touched = patchFiles(patch);
  if (touched.length === 0) return { error: 'is not a git diff (no "diff --git" sections)' };
  const scratch = mkdtempSync(join(tmpdir(), 'barometer-patch-'));
  try {
    const tree = join(scratch, 'tree');
    mkdirSync(tree);
    const before = [...new Set(touched.flatMap((f) => (f.oldPath === null ? [] : [f.oldPath])))];
    const co = checkoutTree(repoDir, commit, tree, before, ctx);
    if (co.code !== 0) return { error: `cannot check out the files it changes: ${outputTail(co.stderr || co.failure || '')}` };
    writeFileSync(join(scratch, 'change.diff'), patch.endsWith('\n') ? patch : `${patch}\n`);
    // No repository around the scratch tree: git apply then works as a plain patch tool on the current directory.
    const applied = git(['apply', '--whitespace=nowarn', join(scratch, 'change.diff')], { ...ctx, cwd: tree, extraEnv: { GIT_CEILING_DIRECTORIES: scratch } });
    if (applied.code !== 0) return { error: `does not apply to the base commit: ${outputTail(applied.stderr || applied.failure || '')}` };
    const files: FileMap = {};
    const removed: string[] = [];
    for (const f of touched) {
      if (f.oldPath !== null && f.oldPath !== f.path) removed.push(f.oldPath);
      if (f.path === null) continue;
      const abs = join(tree, f.path);
      if (existsSync(abs) && statSync(abs).isFile()) files[f.path] = readFileSync(abs);
    }
    return { files, removed };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The first line of the problem statement, shortened, for the task's title. */
function titleOf(row: SweBenchRow): string {
  const first = row.problem_statement.split('\n').map((l) => l.replace(/^#+\s*/, '').trim()).find((l) => l !== '') ?? row.instance_id;
  return `${row.instance_id}: ${first.length > 80 ? `${first.slice(0, 77)}…` : first}`;
}

/** What the agent is told: where it is, what to fix, and that hidden tests decide. */
export function sweBenchInstruction(row: SweBenchRow): string {
  return [
    `# Resolve ${row.repo} issue ${row.instance_id}`,
    '',
    `The working directory is a checkout of \`${row.repo}\` at commit \`${row.base_commit.slice(0, 12)}\`. Resolve the issue below by changing the repository's source code, without installing anything.`,
    "Hidden tests from the project's own test suite check the fix; test files they touch are replaced when grading, so changing tests does not help.",
    '',
    '## Issue',
    '',
    row.problem_statement.trim(),
  ].join('\n');
}

/**
 * Converts SWE-bench instances into `repo` tasks. For each instance: the workspace is the clone's
 * tree at `base_commit` (read through a private index; the clone is not changed), `solution/` holds
 * the files `patch` creates or changes, `tests/` holds the files of `test_patch` (copied into place
 * by the grading command), and the command runs exactly FAIL_TO_PASS + PASS_TO_PASS with pytest or
 * unittest. Instances whose commit is not in the clone, whose repository is another one, whose test
 * ids need another runner, or whose runner is not installed where tests run are skipped with the reason.
 */
export async function importSweBench(file: string, outDir: string, options: SweBenchOptions): Promise<ImportOutcome> {
  const repoDir = resolve(options.repoDir);
  if (!existsSync(repoDir) || !statSync(repoDir).isDirectory()) {
    throw usageError('USAGE', `--repo-dir ${repoDir} does not exist: pass a local clone of the instances' repository`);
  }
  const home = mkdtempSync(join(tmpdir(), 'barometer-git-home-'));
  const ctx = { ...(options.env ? { env: options.env } : {}), home };
  try {
    const top = git(['-C', repoDir, 'rev-parse', '--git-dir'], ctx);
    if (top.failure !== null && /ENOENT/.test(top.failure)) throw usageError('USAGE', 'git is not installed (or not on PATH): the swe-bench importer reads the clone with git');
    if (top.code !== 0) throw usageError('USAGE', `--repo-dir ${repoDir} is not a git clone (${outputTail(top.stderr)}): pass a clone made with git clone`);
    const origin = git(['-C', repoDir, 'remote', 'get-url', 'origin'], ctx);
    const cloneOf = origin.code === 0 && origin.stdout.trim() !== '' ? repoSlug(origin.stdout) : null;

    const probed = new Map<string, boolean>();
    const hasModule = (module: string): boolean => {
      let ok = probed.get(module);
      if (ok === undefined) {
        ok = options.hasPythonModule ? options.hasPythonModule(module) : runHost(['python3', '-c', `import ${module}`], { env: hostEnv(home), timeoutMs: 60_000 }).code === 0;
        probed.set(module, ok);
      }
      return ok;
    };

    const convert = (row: SweBenchRow): RowConversion => {
      const id = toTaskId(row.instance_id);
      if (cloneOf !== null && cloneOf !== row.repo.toLowerCase()) return { id, skip: `instance is for ${row.repo} but --repo-dir is a clone of ${cloneOf}` };
      if (row.FAIL_TO_PASS.length === 0) return { id, skip: 'FAIL_TO_PASS is empty: no test proves the fix' };
      const ids = [...row.FAIL_TO_PASS, ...row.PASS_TO_PASS];
      const runner = detectRunner(ids);
      if ('error' in runner) return { id, skip: `environment cannot be built locally: ${runner.error}` };
      if (!hasModule('sys')) return { id, skip: 'environment cannot be built locally: python3 missing' };
      if (runner.runner === 'pytest' && !hasModule('pytest')) return { id, skip: 'environment cannot be built locally: pytest missing' };
      const exists = git(['-C', repoDir, 'cat-file', '-e', `${row.base_commit}^{commit}`], ctx);
      if (exists.code !== 0) return { id, skip: `base commit ${row.base_commit} is not in the clone ${repoDir} (fetch it: git -C ${repoDir} fetch origin ${row.base_commit})` };

      const fix = applyPatch(repoDir, row.base_commit, row.patch, ctx);
      if ('error' in fix) return { id, skip: `patch ${fix.error}` };
      if (fix.removed.length > 0) return { id, skip: `patch deletes or renames ${fix.removed.join(', ')}, which a solution overlay cannot express` };
      if (Object.keys(fix.files).length === 0) return { id, skip: 'patch changes no file' };
      const tests = applyPatch(repoDir, row.base_commit, row.test_patch, ctx);
      if ('error' in tests) return { id, skip: `test_patch ${tests.error}` };
      const overlap = Object.keys(tests.files).filter((p) => p in fix.files);
      if (overlap.length > 0) return { id, skip: `patch and test_patch both change ${overlap.join(', ')}` };

      const testFiles: FileMap = {};
      for (const [p, content] of Object.entries(tests.files)) testFiles[`${TEST_PATCH_DIR}/${p}`] = content;
      const draft: TaskDraft = {
        id,
        manifest: {
          title: titleOf(row),
          category: 'repo',
          language: 'python',
          difficulty: sweBenchDifficulty(row.difficulty),
          tags: ['swe-bench', row.repo.toLowerCase()],
          grading: { kind: 'tests', command: sweBenchCommand(runner.runner, ids, tests.removed), timeout_sec: options.timeoutSec ?? 300 },
          source: { format: 'swe-bench', id: row.instance_id, repo: row.repo, base_commit: row.base_commit },
        },
        instruction: sweBenchInstruction(row),
        workspace: {},
        tests: testFiles,
        solution: fix.files,
        fillWorkspace: (workspaceDir) => {
          const co = checkoutTree(repoDir, row.base_commit, workspaceDir, 'all', ctx);
          if (co.code !== 0) throw new Error(`cannot export ${row.base_commit}: ${outputTail(co.stderr || co.failure || '')}`);
        },
      };
      return { draft };
    };
    return await importJsonlRows(file, outDir, sweBenchRowSchema, convert, options);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

