import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Task } from '../core/task.js';
import { ProcessSandbox } from '../sandbox/process/process-sandbox.js';
import { loadTask } from '../suites/load-task.js';
import { validateTask } from './validate-task.js';

const root = mkdtempSync(join(tmpdir(), 'barometer-validate-test-'));
const wsBase = join(root, 'ws');
mkdirSync(wsBase);
const sandbox = new ProcessSandbox(wsBase);
after(() => rmSync(root, { recursive: true, force: true }));

function makeTask(name: string, files: Record<string, string>): Task {
  const dir = join(root, 'tasks', name);
  const all: Record<string, string> = {
    'task.toml': `title = "Double"\ncategory = "completion"\nlanguage = "javascript"\ndifficulty = "medium"\n[grading]\nkind = "tests"\ncommand = "node tests/check.mjs"\ntimeout_sec = 20\n`,
    'instruction.md': 'Implement double(x) in double.mjs',
    'workspace/double.mjs': 'export const double = (x) => { throw new Error("todo"); };\n',
    'tests/check.mjs': "import { double } from '../double.mjs';\nif (double(21) !== 42) process.exit(1);\n",
    'solution/double.mjs': 'export const double = (x) => 2 * x;\n',
    ...files,
  };
  for (const [rel, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return loadTask(dir);
}

test('a good task is valid: untouched fails, solution passes, wrong fails', async () => {
  const task = makeTask('good', { 'wrong/double.mjs': 'export const double = (x) => x + 2;\n' });
  const v = await validateTask(task, sandbox);
  assert.equal(v.taskId, 'good');
  assert.equal(v.valid, true);
  assert.deepEqual(
    v.checks.map((c) => [c.variant, c.expected, c.outcome, c.ok]),
    [
      ['untouched', 'fail', 'fail', true],
      ['solution', 'pass', 'pass', true],
      ['wrong', 'fail', 'fail', true],
    ],
  );
  assert.deepEqual(readdirSync(wsBase), [], 'every validation workspace is removed');
});

test('repeats grade the solution several times; no wrong/ means no wrong check', async () => {
  const task = makeTask('repeats', {});
  const v = await validateTask(task, sandbox, { repeats: 3 });
  assert.deepEqual(
    v.checks.map((c) => c.variant),
    ['untouched', 'solution', 'solution', 'solution'],
  );
  assert.equal(v.valid, true);
});

test('a solution that fails makes the task invalid', async () => {
  const task = makeTask('broken-solution', { 'solution/double.mjs': 'export const double = (x) => 3 * x;\n' });
  const v = await validateTask(task, sandbox);
  assert.equal(v.valid, false);
  const sol = v.checks.find((c) => c.variant === 'solution')!;
  assert.equal(sol.ok, false);
  assert.equal(sol.outcome, 'fail');
  assert.equal(sol.reason, 'tests failed (exit 1)');
  assert.equal(v.checks.find((c) => c.variant === 'untouched')!.ok, true);
});

test('a task whose untouched workspace already passes is invalid', async () => {
  const task = makeTask('already-solved', { 'workspace/double.mjs': 'export const double = (x) => 2 * x;\n' });
  const v = await validateTask(task, sandbox);
  assert.equal(v.valid, false);
  assert.deepEqual(v.checks[0], { ...v.checks[0]!, variant: 'untouched', expected: 'fail', outcome: 'pass', ok: false });
});

test('a wrong solution that passes makes the task invalid', async () => {
  const task = makeTask('weak-tests', { 'wrong/double.mjs': 'export const double = (x) => (x === 21 ? 42 : 0);\n' });
  const v = await validateTask(task, sandbox);
  assert.equal(v.valid, false);
  assert.equal(v.checks.find((c) => c.variant === 'wrong')!.ok, false);
});

test('a reference that passes only sometimes is reported flaky (and invalid)', async () => {
  const counter = join(root, 'flaky-counter');
  // The check passes on every other run: a stand-in for a timing-dependent test.
  const check = `import { readFileSync, writeFileSync } from 'node:fs';\nlet n = 0;\ntry { n = Number(readFileSync(${JSON.stringify(counter)}, 'utf8')); } catch {}\nwriteFileSync(${JSON.stringify(counter)}, String(n + 1));\nimport { double } from '../double.mjs';\nif (double(21) !== 42 || n % 2 === 0) process.exit(1);\n`;
  const task = makeTask('flaky', { 'tests/check.mjs': check });
  const v = await validateTask(task, sandbox, { repeats: 4 });
  assert.equal(v.flaky, true);
  assert.equal(v.valid, false);
  const steady = await validateTask(makeTask('steady', {}), sandbox, { repeats: 3 });
  assert.equal(steady.flaky, false);
});
