import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { copyFiles } from '../core/files.js';
import type { Task } from '../core/task.js';
import { ProcessSandbox } from '../sandbox/process/process-sandbox.js';
import type { ExecResult, ExecSpec, Sandbox, Workspace } from '../sandbox/sandbox.js';
import { loadTask } from '../suites/load-task.js';
import { gradeWorkspace } from './grade-workspace.js';

const root = mkdtempSync(join(tmpdir(), 'barometer-grade-test-'));
const sandbox = new ProcessSandbox(root);
after(() => rmSync(root, { recursive: true, force: true }));

function writeTree(dir: string, files: Record<string, string>): string {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

const CHECK = `import { sum } from '../sum.mjs';
if (sum(2, 3) !== 5) { console.error('sum(2, 3) should be 5'); process.exit(1); }
console.log('all good; secret=' + (process.env.BAROMETER_GRADE_SECRET ?? 'none') + '; home=' + process.env.HOME);
`;

function testsTask(name: string, command = 'node tests/check.mjs', timeoutSec = 20): Task {
  return loadTask(
    writeTree(join(root, 'tasks', name), {
      'task.toml': `title = "Sum"\ncategory = "generation"\nlanguage = "javascript"\ndifficulty = "easy"\n[grading]\nkind = "tests"\ncommand = "${command}"\ntimeout_sec = ${timeoutSec}\n`,
      'instruction.md': 'Write sum(a, b) in sum.mjs',
      'workspace/sum.mjs': 'export function sum(a, b) { return 0; }\n',
      'tests/check.mjs': CHECK,
      'solution/sum.mjs': 'export function sum(a, b) { return a + b; }\n',
    }),
  );
}

function answerTask(name: string, file: string): Task {
  return loadTask(
    writeTree(join(root, 'tasks', name), {
      'task.toml': `title = "Q"\ncategory = "understanding"\nlanguage = "javascript"\ndifficulty = "easy"\n[grading]\nkind = "answer"\nfile = "${file}"\nexpected = ["Buggy"]\n`,
      'instruction.md': 'Is it buggy?',
      'solution/answer.txt': 'buggy',
    }),
  );
}

async function workspaceFor(task: Task, overlay?: 'solution'): Promise<Workspace> {
  const ws = await sandbox.createWorkspace(task.id);
  copyFiles(join(task.dir, 'workspace'), ws.dir, task.workspaceFiles);
  if (overlay) copyFiles(join(task.dir, overlay), ws.dir, task.solutionFiles);
  return ws;
}

test('the reference solution passes; output is captured; env is scrubbed', async () => {
  process.env.BAROMETER_GRADE_SECRET = 'do-not-leak-123';
  const task = testsTask('pass');
  const ws = await workspaceFor(task, 'solution');
  try {
    const g = await gradeWorkspace(task, ws, sandbox);
    assert.equal(g.outcome, 'pass', g.testOutput ?? '');
    assert.equal(g.reason, null);
    assert.equal(g.answer, null);
    assert.equal(g.testOutput, `all good; secret=none; home=${ws.home}\n`);
    assert.ok(g.testMs > 0);
  } finally {
    delete process.env.BAROMETER_GRADE_SECRET;
    await ws.dispose();
  }
});

test('the untouched workspace fails with the exit code and stderr', async () => {
  const task = testsTask('fail');
  const ws = await workspaceFor(task);
  try {
    const g = await gradeWorkspace(task, ws, sandbox);
    assert.equal(g.outcome, 'fail');
    assert.equal(g.reason, 'tests failed (exit 1)');
    assert.equal(g.testOutput, 'sum(2, 3) should be 5\n');
  } finally {
    await ws.dispose();
  }
});

test('hidden tests are copied in only at grading time, over anything the agent put there', async () => {
  const task = testsTask('hidden');
  const ws = await workspaceFor(task);
  try {
    assert.equal(existsSync(join(ws.dir, 'tests')), false, 'the agent never sees tests/');
    // An agent that "cheats" by writing its own always-passing check:
    writeTree(ws.dir, { 'tests/check.mjs': 'process.exit(0)\n' });
    const g = await gradeWorkspace(task, ws, sandbox);
    assert.equal(g.outcome, 'fail');
    assert.equal(readFileSync(join(ws.dir, 'tests', 'check.mjs'), 'utf8'), CHECK);
  } finally {
    await ws.dispose();
  }
});

test('a test timeout is a fail with the reason, and the option overrides the task timeout', async () => {
  const task = testsTask('slow', "node -e 'setTimeout(() => {}, 30000)'", 30);
  const ws = await workspaceFor(task, 'solution');
  const t0 = Date.now();
  try {
    const g = await gradeWorkspace(task, ws, sandbox, { timeoutSec: 0.3 });
    assert.equal(g.outcome, 'fail');
    assert.equal(g.reason, 'tests timed out after 0.3 s');
    assert.ok(Date.now() - t0 < 5000);
  } finally {
    await ws.dispose();
  }
});

test('answer task: a matching answer passes and is returned', async () => {
  const task = answerTask('ans-pass', 'answer.txt');
  const ws = await workspaceFor(task);
  try {
    writeFileSync(join(ws.dir, 'answer.txt'), '  buggy\r\n');
    const g = await gradeWorkspace(task, ws, sandbox);
    assert.deepEqual(g, { outcome: 'pass', reason: null, testOutput: null, testMs: 0, answer: '  buggy\r\n' });
  } finally {
    await ws.dispose();
  }
});

test('answer task: a wrong answer fails', async () => {
  const task = answerTask('ans-wrong', 'answer.txt');
  const ws = await workspaceFor(task);
  try {
    writeFileSync(join(ws.dir, 'answer.txt'), 'not buggy');
    const g = await gradeWorkspace(task, ws, sandbox);
    assert.deepEqual(g, { outcome: 'fail', reason: 'answer does not match the key', testOutput: null, testMs: 0, answer: 'not buggy' });
  } finally {
    await ws.dispose();
  }
});

test('answer task: a missing answer file (or a directory in its place) is a fail', async () => {
  const task = answerTask('ans-missing', 'out/answer.txt');
  const ws = await workspaceFor(task);
  try {
    const g = await gradeWorkspace(task, ws, sandbox);
    assert.deepEqual(g, { outcome: 'fail', reason: 'no answer: out/answer.txt was not written', testOutput: null, testMs: 0, answer: null });
    mkdirSync(join(ws.dir, 'out', 'answer.txt'), { recursive: true });
    assert.equal((await gradeWorkspace(task, ws, sandbox)).outcome, 'fail');
  } finally {
    await ws.dispose();
  }
});

test('answer task: an answer file outside the workspace is never read', async () => {
  const task = answerTask('ans-outside', '../answer.txt');
  const ws = await workspaceFor(task);
  try {
    writeFileSync(join(ws.root, 'answer.txt'), 'buggy');
    const g = await gradeWorkspace(task, ws, sandbox);
    assert.equal(g.outcome, 'error');
    assert.equal(g.reason, 'answer file ../answer.txt lies outside the workspace');
    assert.equal(g.answer, null);
  } finally {
    await ws.dispose();
  }
});

test('answer task: a symlink pointing out of the workspace is not followed', async () => {
  const task = answerTask('ans-symlink', 'answer.txt');
  const ws = await workspaceFor(task);
  try {
    const { symlinkSync } = await import('node:fs');
    writeFileSync(join(ws.root, 'outside-secret.txt'), 'buggy');
    symlinkSync(join(ws.root, 'outside-secret.txt'), join(ws.dir, 'answer.txt'));
    const g = await gradeWorkspace(task, ws, sandbox);
    assert.notEqual(g.answer, 'buggy', 'the content of a file outside the workspace must not be read');
  } finally {
    await ws.dispose();
  }
});

test('hidden tests are never written outside the workspace through a symlink the agent planted', async () => {
  const task = testsTask('symlinked-tests');
  const ws = await workspaceFor(task);
  const elsewhere = mkdtempSync(join(tmpdir(), 'barometer-elsewhere-'));
  try {
    const { symlinkSync } = await import('node:fs');
    symlinkSync(elsewhere, join(ws.dir, 'tests'));
    await gradeWorkspace(task, ws, sandbox).catch(() => undefined);
    assert.equal(existsSync(join(elsewhere, 'check.mjs')), false, 'a hidden test file landed outside the workspace');
  } finally {
    rmSync(elsewhere, { recursive: true, force: true });
    await ws.dispose();
  }
});

/** A sandbox whose exec answers a fixed result (for the harness-fault paths). */
function fakeSandbox(result: Partial<ExecResult>, seen: ExecSpec[] = []): Sandbox {
  return {
    kind: 'fake',
    confined: false,
    createWorkspace: (label) => sandbox.createWorkspace(label),
    exec: async (spec) => {
      seen.push(spec);
      return { exitCode: null, signal: null, timedOut: false, aborted: false, spawnError: null, durationMs: 5, stdout: '', stderr: '', truncated: false, ...result };
    },
  };
}

test('a test command that cannot start is an error, not a fail; grading asks for no network and a clean env', async () => {
  const task = testsTask('spawn-error');
  const ws = await workspaceFor(task);
  const seen: ExecSpec[] = [];
  try {
    const g = await gradeWorkspace(task, ws, fakeSandbox({ spawnError: 'spawn /bin/sh ENOENT' }, seen));
    assert.equal(g.outcome, 'error');
    assert.equal(g.reason, 'test command could not start: spawn /bin/sh ENOENT');
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.network, false);
    assert.equal(seen[0]!.cwd, ws.dir);
    assert.equal(seen[0]!.timeoutMs, 20_000);
    assert.equal(seen[0]!.env.HOME, ws.home);
    assert.equal(seen[0]!.command, 'node tests/check.mjs');
  } finally {
    await ws.dispose();
  }
});

test('aborted grading is an error, never a fail', async () => {
  const task = testsTask('aborted');
  const ws = await workspaceFor(task);
  try {
    const g = await gradeWorkspace(task, ws, fakeSandbox({ aborted: true }));
    assert.equal(g.outcome, 'error');
    assert.equal(g.reason, 'grading was interrupted');
  } finally {
    await ws.dispose();
  }
});

test('death by signal is a fail naming the signal', async () => {
  const task = testsTask('signal');
  const ws = await workspaceFor(task);
  try {
    const g = await gradeWorkspace(task, ws, fakeSandbox({ signal: 'SIGSEGV', stdout: 'out', stderr: 'err' }));
    assert.equal(g.outcome, 'fail');
    assert.equal(g.reason, 'tests failed (exit SIGSEGV)');
    assert.equal(g.testOutput, 'out\n--- stderr ---\nerr');
  } finally {
    await ws.dispose();
  }
});

test('a test interpreter missing on the grading machine is an error, not the agent failing', async () => {
  const task = testsTask('missing-interpreter', 'no-such-python3-xyz tests/check.py');
  const ws = await workspaceFor(task);
  try {
    const g = await gradeWorkspace(task, ws, sandbox);
    assert.equal(g.outcome, 'error');
    assert.match(g.reason ?? '', /exit 127: no-such-python3-xyz not found or not executable/);
  } finally {
    await ws.dispose();
  }
});
