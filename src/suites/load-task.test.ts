import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BarometerError } from '../core/errors.js';
import { loadTask } from './load-task.js';

const root = mkdtempSync(join(tmpdir(), 'barometer-load-task-test-'));
after(() => rmSync(root, { recursive: true, force: true }));

const TOML = `title = "Add two numbers"
category = "generation"
language = "javascript"
difficulty = "easy"
tags = ["math", "warmup"]

[grading]
kind = "tests"
command = "node --test tests/"
timeout_sec = 12
`;

let counter = 0;
/** Writes a task directory from a map of relative path → content and returns its path. */
function makeTask(files: Record<string, string>, name = `task-${++counter}`): string {
  const dir = join(root, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

function goodFiles(): Record<string, string> {
  return {
    'task.toml': TOML,
    'instruction.md': '\n  Write add(a, b) in add.mjs.  \n\n',
    'workspace/add.mjs': 'export function add(a, b) {}\n',
    'workspace/lib/util.mjs': 'export const x = 1;\n',
    'tests/add.test.mjs': 'import "node:test";\n',
    'solution/add.mjs': 'export function add(a, b) { return a + b; }\n',
    'wrong/add.mjs': 'export function add(a, b) { return a - b; }\n',
  };
}

function taskError(dir: string): BarometerError {
  try {
    loadTask(dir);
  } catch (err) {
    assert.ok(err instanceof BarometerError, String(err));
    assert.equal(err.code, 'TASK_INVALID');
    assert.equal(err.exitCode, 2);
    return err;
  }
  assert.fail('expected loadTask to throw');
}

test('loads metadata, instruction and file lists of a tests task', () => {
  const dir = makeTask(goodFiles(), 'add-two');
  const t = loadTask(dir);
  assert.equal(t.id, 'add-two');
  assert.equal(t.title, 'Add two numbers');
  assert.equal(t.category, 'generation');
  assert.equal(t.language, 'javascript');
  assert.equal(t.difficulty, 'easy');
  assert.deepEqual(t.tags, ['math', 'warmup']);
  assert.equal(t.instruction, 'Write add(a, b) in add.mjs.');
  assert.equal(t.dir, dir);
  assert.deepEqual(t.workspaceFiles, ['add.mjs', 'lib/util.mjs']);
  assert.deepEqual(t.testFiles, ['add.test.mjs']);
  assert.deepEqual(t.solutionFiles, ['add.mjs']);
  assert.deepEqual(t.wrongFiles, ['add.mjs']);
  assert.deepEqual(t.grading, { kind: 'tests', command: 'node --test tests/', timeoutSec: 12 });
  assert.match(t.version, /^[0-9a-f]{12}$/);
});

test('an explicit id in task.toml wins over the directory name; tags and timeout default', () => {
  const files = goodFiles();
  files['task.toml'] = `id = "custom.id_1"\ntitle = "T"\ncategory = "repo"\nlanguage = "python"\ndifficulty = "hard"\n[grading]\nkind = "tests"\ncommand = "pytest"\n`;
  delete files['wrong/add.mjs'];
  const t = loadTask(makeTask(files));
  assert.equal(t.id, 'custom.id_1');
  assert.deepEqual(t.tags, []);
  assert.deepEqual(t.wrongFiles, []);
  assert.deepEqual(t.grading, { kind: 'tests', command: 'pytest', timeoutSec: 60 });
});

test('an answer task: single expected string becomes a list, match defaults to normalized, no tests needed', () => {
  const t = loadTask(
    makeTask({
      'task.toml': `title = "Is it buggy?"\ncategory = "understanding"\nlanguage = "javascript"\ndifficulty = "medium"\n[grading]\nkind = "answer"\nfile = "answer.txt"\nexpected = "buggy"\nlabel = "buggy"\n`,
      'instruction.md': 'Answer buggy or not-buggy in answer.txt',
      'workspace/code.js': 'x',
      'solution/answer.txt': 'buggy\n',
    }),
  );
  assert.deepEqual(t.grading, { kind: 'answer', file: 'answer.txt', expected: ['buggy'], match: 'normalized', label: 'buggy' });
  assert.deepEqual(t.testFiles, []);
});

test('the version is stable when nothing changes and changes when any file changes', () => {
  const dir = makeTask(goodFiles());
  const v1 = loadTask(dir).version;
  assert.equal(loadTask(dir).version, v1);
  const seen = new Set([v1]);
  for (const rel of ['workspace/add.mjs', 'tests/add.test.mjs', 'solution/add.mjs', 'wrong/add.mjs', 'instruction.md', 'task.toml']) {
    const fresh = makeTask(goodFiles());
    assert.equal(loadTask(fresh).version, v1, 'same content in another directory has the same version');
    writeFileSync(join(fresh, rel), `${goodFiles()[rel]}\n# changed`);
    const v = loadTask(fresh).version;
    assert.ok(!seen.has(v), `changing ${rel} must change the version`);
    seen.add(v);
  }
  const added = makeTask({ ...goodFiles(), 'workspace/extra.txt': '' });
  assert.notEqual(loadTask(added).version, v1, 'an added file changes the version');
});

test('missing tests/ for a tests task names the directory and "tests"', () => {
  const files = goodFiles();
  delete files['tests/add.test.mjs'];
  const dir = makeTask(files);
  const err = taskError(dir);
  assert.equal(err.message, `task ${dir}: missing its hidden tests: grading kind "tests" needs files in tests/`);
  mkdirSync(join(dir, 'tests'));
  assert.equal(taskError(dir).message, err.message, 'an empty tests/ is as bad as none');
});

test('missing solution is an error naming the directory and solution/', () => {
  const files = goodFiles();
  delete files['solution/add.mjs'];
  const dir = makeTask(files);
  assert.equal(taskError(dir).message, `task ${dir}: missing its reference solution: put the solved files in solution/`);
});

test('missing task.toml, missing or empty instruction.md', () => {
  const f1 = goodFiles();
  delete f1['task.toml'];
  const d1 = makeTask(f1);
  assert.equal(taskError(d1).message, `task ${d1}: missing task.toml`);
  const f2 = goodFiles();
  delete f2['instruction.md'];
  const d2 = makeTask(f2);
  assert.equal(taskError(d2).message, `task ${d2}: missing instruction.md (what the agent is told)`);
  const d3 = makeTask({ ...goodFiles(), 'instruction.md': '  \n\n' });
  assert.equal(taskError(d3).message, `task ${d3}: instruction.md is empty`);
});

test('invalid TOML is an error naming the directory and keeping the cause', () => {
  const dir = makeTask({ ...goodFiles(), 'task.toml': 'title = "unterminated\ncategory = 3\n' });
  const err = taskError(dir);
  assert.ok(err.message.startsWith(`task ${dir}: task.toml is not valid TOML at line 1, column `), err.message);
  assert.ok(!err.message.includes('\n'), 'one line');
  assert.ok(err.cause instanceof Error);
});

test('a bad category names the field', () => {
  const dir = makeTask({ ...goodFiles(), 'task.toml': TOML.replace('"generation"', '"poetry"') });
  const err = taskError(dir);
  assert.ok(err.message.startsWith(`task ${dir}: task.toml: category: `), err.message);
  assert.match(err.message, /generation/);
});

test('a bad id names the field', () => {
  const dir = makeTask({ ...goodFiles(), 'task.toml': `id = "Has Spaces"\n${TOML}` });
  assert.equal(taskError(dir).message, `task ${dir}: task.toml: id: expected lowercase letters, digits, ".", "_" or "-"`);
});

test('an unknown grading key is rejected (strict grading table)', () => {
  const dir = makeTask({ ...goodFiles(), 'task.toml': TOML.replace('timeout_sec = 12', 'timeout = 12') });
  assert.match(taskError(dir).message, /task\.toml: grading: .*timeout/);
});

test('an invalid regex in an answer key names the pattern', () => {
  const dir = makeTask({
    'task.toml': `title = "R"\ncategory = "understanding"\nlanguage = "js"\ndifficulty = "easy"\n[grading]\nkind = "answer"\nfile = "a.txt"\nexpected = ["^ok$", "(unclosed"]\nmatch = "regex"\n`,
    'instruction.md': 'x',
    'solution/a.txt': 'ok',
  });
  assert.equal(taskError(dir).message, `task ${dir}: grading.expected: "(unclosed" is not a valid regular expression`);
});

test('invalid TOML names the line and column of the problem', () => {
  const dir = makeTask({ ...goodFiles(), 'task.toml': 'title = "x"\ncategory = "unterminated\n' });
  assert.match(taskError(dir).message, /line 2, column \d+/);
});

test('an id taken from the directory name obeys the same rule as an explicit id', () => {
  const dir = makeTask(goodFiles(), 'Has Spaces#1');
  assert.throws(() => loadTask(dir), (err: unknown) => err instanceof BarometerError && err.code === 'TASK_INVALID');
});
