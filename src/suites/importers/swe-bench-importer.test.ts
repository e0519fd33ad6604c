import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { validateTask } from '../../grading/validate-task.js';
import { ProcessSandbox } from '../../sandbox/process/process-sandbox.js';
import { loadTask } from '../load-task.js';
import { patchFiles } from './patch-files.js';
import { detectRunner, importSweBench, shellQuote, sweBenchCommand, sweBenchDifficulty, TEST_PATCH_DIR } from './swe-bench-importer.js';

const root = mkdtempSync(join(tmpdir(), 'barometer-swe-bench-test-'));
after(() => rmSync(root, { recursive: true, force: true }));
const clone = join(root, 'calc');
const gitEnv = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: root, GIT_CONFIG_NOSYSTEM: '1' };
const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd: clone, env: gitEnv, encoding: 'utf8' });
const write = (rel: string, text: string): void => {
  mkdirSync(dirname(join(clone, rel)), { recursive: true });
  writeFileSync(join(clone, rel), text);
};
let base = '';
let patch = '';
let testPatch = '';

before(() => {
  // A tiny Python package with a bug (base), its fix, and a commit adding tests for it.
  mkdirSync(clone);
  git('init', '-q');
  write('calc/__init__.py', '');
  write('calc/ops.py', 'def add(a, b):\n    return a - b\n\n\ndef mul(a, b):\n    return a * b\n');
  write('tests/__init__.py', '');
  write('tests/test_ops.py', 'import unittest\n\nfrom calc.ops import mul\n\n\nclass TestMul(unittest.TestCase):\n    def test_mul(self):\n        self.assertEqual(mul(2, 3), 6)\n');
  write('README.md', '# calc\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  base = git('rev-parse', 'HEAD').trim();
  write('calc/ops.py', 'def add(a, b):\n    return a + b\n\n\ndef mul(a, b):\n    return a * b\n');
  write('calc/util.py', 'def twice(x):\n    return 2 * x\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'fix add');
  const fix = git('rev-parse', 'HEAD').trim();
  write('tests/test_add.py', 'import unittest\n\nfrom calc.ops import add\n\n\nclass TestAdd(unittest.TestCase):\n    def test_add(self):\n        self.assertEqual(add(2, 3), 5)\n');
  write('tests/test_ops.py', readFileSync(join(clone, 'tests/test_ops.py'), 'utf8') + '\n# multiplication only\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'test add');
  patch = git('diff', base, fix);
  testPatch = git('diff', fix, 'HEAD');
  git('checkout', '-q', base);
});

function instance(extra: Record<string, unknown>): string {
  return JSON.stringify({
    instance_id: 'acme__calc-1',
    repo: 'acme/calc',
    base_commit: base,
    patch,
    test_patch: testPatch,
    problem_statement: 'add() subtracts\n\n`add(2, 3)` returns -1 instead of 5.',
    FAIL_TO_PASS: JSON.stringify(['tests.test_add.TestAdd.test_add']),
    PASS_TO_PASS: JSON.stringify(['tests.test_ops.TestMul.test_mul']),
    difficulty: '<15 min fix',
    ...extra,
  });
}

test('patchFiles lists created, changed, deleted and renamed files from the headers only', () => {
  const diff = [
    'diff --git a/x.py b/x.py',
    'index 1..2 100644',
    '--- a/x.py',
    '+++ b/x.py',
    '@@ -1 +1 @@',
    '--- not a header',
    '+++ not a header either',
    'diff --git a/new.py b/new.py',
    'new file mode 100644',
    '--- /dev/null',
    '+++ b/new.py',
    '@@ -0,0 +1 @@',
    '+x',
    'diff --git a/old.py b/old.py',
    'deleted file mode 100644',
    '--- a/old.py',
    '+++ /dev/null',
    'diff --git a/a.py b/b.py',
    'similarity index 100%',
    'rename from a.py',
    'rename to b.py',
    '',
  ].join('\n');
  assert.deepEqual(patchFiles(diff), [
    { path: 'x.py', oldPath: 'x.py' },
    { path: 'new.py', oldPath: null },
    { path: null, oldPath: 'old.py' },
    { path: 'b.py', oldPath: 'a.py' },
  ]);
});

test('runner detection, quoting, command and difficulty', () => {
  assert.deepEqual(detectRunner(['tests/test_x.py::TestY::test_z[a b]', 'tests/test_w.py']), { runner: 'pytest' });
  assert.deepEqual(detectRunner(['tests.test_x.TestY.test_z']), { runner: 'unittest' });
  assert.match((detectRunner(['test_z (app.tests.TestY)']) as { error: string }).error, /needs its own test runner/);
  assert.equal(shellQuote("tests/t.py::f[it's]"), `'tests/t.py::f[it'\\''s]'`);
  assert.equal(
    sweBenchCommand('pytest', ['tests/t.py::f'], ['tests/gone.py']),
    `cp -R tests/${TEST_PATCH_DIR}/. . && rm -rf tests/${TEST_PATCH_DIR} && rm -f tests/gone.py && python3 -m pytest -p no:cacheprovider -q tests/t.py::f`,
  );
  assert.deepEqual(['<15 min fix', '15 min - 1 hour', '1-4 hours', '>4 hours', undefined].map(sweBenchDifficulty), ['easy', 'medium', 'hard', 'hard', 'medium']);
});

test('imports an instance (unittest ids) into a repo task that validates; the clone is left untouched', async () => {
  const file = join(root, 'instances.jsonl');
  writeFileSync(file, `${instance({})}\n`);
  const statusBefore = git('status', '--porcelain');
  const indexBefore = readFileSync(join(clone, '.git', 'index'));
  const out = join(root, 'out-good');
  const r = await importSweBench(file, out, { repoDir: clone });
  assert.deepEqual(r.skipped, []);
  assert.deepEqual(r.imported.map((t) => t.id), ['acme__calc-1']);

  const task = loadTask(join(out, 'acme__calc-1'));
  assert.equal(task.category, 'repo');
  assert.equal(task.language, 'python');
  assert.equal(task.difficulty, 'easy');
  assert.deepEqual(task.workspaceFiles, ['README.md', 'calc/__init__.py', 'calc/ops.py', 'tests/__init__.py', 'tests/test_ops.py']);
  assert.deepEqual(task.solutionFiles, ['calc/ops.py', 'calc/util.py']);
  assert.deepEqual(task.testFiles, [`${TEST_PATCH_DIR}/tests/test_add.py`, `${TEST_PATCH_DIR}/tests/test_ops.py`]);
  assert.match(readFileSync(join(out, 'acme__calc-1', 'workspace', 'calc', 'ops.py'), 'utf8'), /a - b/);
  assert.match(readFileSync(join(out, 'acme__calc-1', 'solution', 'calc', 'ops.py'), 'utf8'), /a \+ b/);
  assert.ok(task.grading.kind === 'tests' && task.grading.command.endsWith('python3 -m unittest tests.test_add.TestAdd.test_add tests.test_ops.TestMul.test_mul'));
  assert.match(task.instruction, /add\(2, 3\)` returns -1/);
  assert.match(task.instruction, new RegExp(`checkout of \`acme/calc\` at commit \`${base.slice(0, 12)}\``));

  const v = await validateTask(task, new ProcessSandbox());
  assert.equal(v.valid, true, JSON.stringify(v.checks));
  assert.equal(git('status', '--porcelain'), statusBefore);
  assert.ok(readFileSync(join(clone, '.git', 'index')).equals(indexBefore), 'the clone\'s index is not touched');
});

test('instances that cannot be built locally are skipped one by one, with the reason', async () => {
  git('remote', 'add', 'origin', 'https://github.com/acme/calc.git');
  try {
    const file = join(root, 'mixed.jsonl');
    const lines = [
      instance({ instance_id: 'acme__calc-2', FAIL_TO_PASS: JSON.stringify(['tests/test_add.py::TestAdd::test_add']), PASS_TO_PASS: '[]' }),
      instance({ instance_id: 'acme__calc-3', base_commit: 'f'.repeat(40) }),
      instance({ instance_id: 'acme__calc-4', FAIL_TO_PASS: JSON.stringify(['test_add (tests.test_add.TestAdd)']) }),
      instance({ instance_id: 'other__thing-1', repo: 'other/thing' }),
      instance({ instance_id: 'acme__calc-5', FAIL_TO_PASS: 'not json' }),
      instance({ instance_id: 'acme__calc-6', patch: patch.replace('return a - b', 'return a * b') }),
      instance({ instance_id: 'acme__calc-7' }),
    ];
    writeFileSync(file, `${lines.join('\n')}\n`);
    const out = join(root, 'out-mixed');
    const r = await importSweBench(file, out, { repoDir: clone, hasPythonModule: (m) => m !== 'pytest' });
    assert.deepEqual(r.imported.map((t) => t.id), ['acme__calc-7']);
    const reasons = Object.fromEntries(r.skipped.map((s) => [s.source, s.reason]));
    assert.equal(reasons['line 1'], 'environment cannot be built locally: pytest missing');
    assert.match(reasons['line 2']!, /base commit f{40} is not in the clone .*fetch it/);
    assert.match(reasons['line 3']!, /environment cannot be built locally: test ids are neither pytest node ids .* "test_add \(tests.test_add.TestAdd\)"/);
    assert.match(reasons['line 4']!, /instance is for other\/thing but --repo-dir is a clone of acme\/calc/);
    assert.match(reasons['line 5']!, /field "FAIL_TO_PASS"/);
    assert.match(reasons['line 6']!, /^patch does not apply to the base commit/);
  } finally {
    git('remote', 'remove', 'origin');
  }
});

test('a missing --repo-dir is a usage error naming the fix', async () => {
  await assert.rejects(importSweBench(join(root, 'x.jsonl'), join(root, 'out-x'), { repoDir: join(root, 'nope') }), (err: Error & { exitCode?: number }) => {
    assert.equal(err.exitCode, 2);
    assert.match(err.message, /--repo-dir .*nope does not exist: pass a local clone/);
    return true;
  });
});
