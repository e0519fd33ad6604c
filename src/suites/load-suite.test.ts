import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BarometerError } from '../core/errors.js';
import { loadSuite } from './load-suite.js';

const root = mkdtempSync(join(tmpdir(), 'barometer-load-suite-test-'));
after(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

function addTask(suiteDir: string, name: string, extraToml = ''): void {
  const d = join(suiteDir, name);
  write(join(d, 'task.toml'), `${extraToml}title = "${name}"\ncategory = "generation"\nlanguage = "javascript"\ndifficulty = "medium"\n[grading]\nkind = "tests"\ncommand = "node --test tests/"\n`);
  write(join(d, 'instruction.md'), `Solve ${name}`);
  write(join(d, 'tests', 't.test.mjs'), '// test');
  write(join(d, 'solution', 's.mjs'), `// ${name}`);
}

let counter = 0;
function makeSuite(tasks: string[]): string {
  const dir = join(root, `suite-${++counter}`);
  mkdirSync(dir, { recursive: true });
  for (const t of tasks) addTask(dir, t);
  return dir;
}

function suiteError(fn: () => unknown, code: string): BarometerError {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof BarometerError, String(err));
    assert.equal(err.code, code);
    assert.equal(err.exitCode, 2);
    return err;
  }
  assert.fail('expected an error');
}

test('loads every task folder with a task.toml, in name order, ignoring other entries', () => {
  const dir = makeSuite(['b-task', 'a-task', 'c-task']);
  mkdirSync(join(dir, 'not-a-task'));
  writeFileSync(join(dir, 'README.md'), 'hi');
  const s = loadSuite(dir);
  assert.equal(s.name, `suite-${counter}`);
  assert.equal(s.dir, dir);
  assert.deepEqual(s.tasks.map((t) => t.id), ['a-task', 'b-task', 'c-task']);
  assert.match(s.version, /^[0-9a-f]{12}$/);
});

test('suite.toml gives the name unless a name is passed', () => {
  const dir = makeSuite(['a']);
  writeFileSync(join(dir, 'suite.toml'), 'name = "nightly"\n');
  assert.equal(loadSuite(dir).name, 'nightly');
  assert.equal(loadSuite(dir, 'override').name, 'override');
});

test('the suite version is stable and changes when any task changes', () => {
  const dir = makeSuite(['a', 'b']);
  const v1 = loadSuite(dir).version;
  assert.equal(loadSuite(dir).version, v1);
  assert.equal(loadSuite(makeSuite(['a', 'b'])).version, v1, 'same content elsewhere → same version');
  writeFileSync(join(dir, 'b', 'instruction.md'), 'Solve b, differently');
  const v2 = loadSuite(dir).version;
  assert.notEqual(v2, v1);
  addTask(dir, 'c');
  const v3 = loadSuite(dir).version;
  assert.notEqual(v3, v2);
  assert.notEqual(v3, v1);
});

test('duplicate task ids are an error naming both directories', () => {
  const dir = makeSuite(['one']);
  addTask(dir, 'two', 'id = "one"\n');
  const err = suiteError(() => loadSuite(dir), 'TASK_INVALID');
  assert.equal(err.message, `suite ${dir}: task id "one" is used by both ${join(dir, 'one')} and ${join(dir, 'two')}`);
});

test('an empty suite is an error', () => {
  const dir = makeSuite([]);
  mkdirSync(join(dir, 'empty-folder'));
  const err = suiteError(() => loadSuite(dir), 'UNKNOWN_SUITE');
  assert.equal(err.message, `suite directory ${dir} holds no tasks (each task is a folder with a task.toml, each template one with a template.toml)`);
});

test('a missing directory is an error', () => {
  const missing = join(root, 'nope');
  assert.equal(suiteError(() => loadSuite(missing), 'UNKNOWN_SUITE').message, `suite directory ${missing} does not exist`);
});

test('a broken task makes the whole suite fail with that task named', () => {
  const dir = makeSuite(['good']);
  addTask(dir, 'bad');
  rmSync(join(dir, 'bad', 'solution'), { recursive: true });
  const err = suiteError(() => loadSuite(dir), 'TASK_INVALID');
  assert.ok(err.message.startsWith(`task ${join(dir, 'bad')}: missing its reference solution`), err.message);
});

test('a dangling symlink in the suite directory is skipped (or reported as a user error), not a crash', async () => {
  const { symlinkSync } = await import('node:fs');
  const dir = makeSuite(['a']);
  symlinkSync(join(root, 'no-such-target'), join(dir, 'dangling'));
  let result: unknown;
  try {
    result = loadSuite(dir);
  } catch (err) {
    result = err;
  }
  assert.ok(!(result instanceof Error) || result instanceof BarometerError, `raw error: ${String(result)}`);
});
