import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BarometerError } from '../../core/errors.js';
import { loadSuite } from '../load-suite.js';
import { importTasks, isImportFormat } from './import-tasks.js';
import { readJsonl } from './read-jsonl.js';
import { toTaskId, writeTaskDir } from './write-task-dir.js';

const root = mkdtempSync(join(tmpdir(), 'barometer-import-tasks-test-'));
after(() => rmSync(root, { recursive: true, force: true }));

// A problem written for this test in HumanEval's shape.
const row = (n: number): string =>
  JSON.stringify({
    task_id: `Mine/${n}`,
    prompt: `def f${n}(x):\n    """Return x + ${n}."""\n`,
    entry_point: `f${n}`,
    canonical_solution: `    return x + ${n}\n`,
    test: `\n\ndef check(candidate):\n    assert candidate(1) == ${1 + n}\n`,
  });
const input = join(root, 'in.jsonl');
writeFileSync(input, `${row(1)}\n${row(2)}\n`);

/** Asserts `fn` rejects with a usage error (exit code 2) whose message matches `re`. */
async function usage(fn: () => Promise<unknown>, re: RegExp): Promise<void> {
  await assert.rejects(fn, (err: unknown) => {
    assert.ok(err instanceof BarometerError, String(err));
    assert.equal(err.exitCode, 2);
    assert.match(err.message, re);
    return true;
  });
}

test('readJsonl numbers lines as in the file, skipping blank ones, and tolerates CRLF', () => {
  const f = join(root, 'lines.jsonl');
  writeFileSync(f, '{"a":1}\r\n\r\n{bad\n   \n[2]\n');
  assert.deepEqual(
    readJsonl(f).map((r) => [r.line, r.value, r.error === null ? null : 'error']),
    [
      [1, { a: 1 }, null],
      [3, null, 'error'],
      [5, [2], null],
    ],
  );
});

test('toTaskId and writeTaskDir', () => {
  assert.equal(toTaskId('Django__Django-11099'), 'django__django-11099');
  assert.equal(toTaskId('  My Task!! '), 'my-task');
  const out = join(root, 'write');
  const draft = {
    id: 't1',
    manifest: { title: 'T', category: 'generation' as const, language: 'python', difficulty: 'easy' as const, tags: [], grading: { kind: 'tests' as const, command: 'true', timeout_sec: 5 }, source: { format: 'test', id: 't1' } },
    instruction: 'Do it.',
    workspace: { 'a.txt': 'a' },
    tests: { 't.sh': { content: 'exit 0\n', mode: 0o755 } },
    solution: { 'a.txt': 'b' },
  };
  writeTaskDir(out, draft);
  assert.throws(() => writeTaskDir(out, draft), /already exists \(pass --force/);
  writeTaskDir(out, { ...draft, instruction: 'Again.' }, { force: true });
  assert.equal(readFileSync(join(out, 't1', 'instruction.md'), 'utf8'), 'Again.\n');
  assert.throws(() => writeTaskDir(out, { ...draft, id: 'Bad Id' }), /not a valid task id/);
  assert.throws(() => writeTaskDir(out, { ...draft, id: 't2', workspace: { '../escape.txt': 'x' } }), /outside/);
  assert.ok(!existsSync(join(out, 't2')), 'a failed write leaves nothing behind');
});

test('imports into a new directory as a suite that loads', async () => {
  const out = join(root, 'suite-a');
  const r = await importTasks('humaneval', input, { out });
  assert.equal(r.format, 'humaneval');
  assert.equal(r.input, input);
  assert.deepEqual(r.imported.map((t) => t.id), ['mine-1', 'mine-2']);
  const suite = loadSuite(out);
  assert.equal(suite.name, 'suite-a');
  assert.equal(suite.tasks.length, 2);
  assert.match(readFileSync(join(out, 'suite.toml'), 'utf8'), /Imported from in.jsonl \(humaneval\)/);
});

test('never writes into a non-empty --out without force; with force replaces same-id tasks and keeps the rest', async () => {
  const out = join(root, 'suite-b');
  mkdirSync(join(out, 'mine-1'), { recursive: true });
  writeFileSync(join(out, 'mine-1', 'stale.txt'), 'old');
  mkdirSync(join(out, 'mine-9'));
  await usage(() => importTasks('humaneval', input, { out }), /--out .*suite-b is not empty: name a new or empty directory, or pass --force/);
  assert.ok(existsSync(join(out, 'mine-1', 'stale.txt')), 'nothing was touched');
  const r = await importTasks('humaneval', input, { out, force: true });
  assert.equal(r.imported.length, 2);
  assert.ok(!existsSync(join(out, 'mine-1', 'stale.txt')), 'the task directory was replaced as a whole');
  assert.ok(existsSync(join(out, 'mine-9')), 'other entries are kept');
});

test('usage errors name what is wrong and how to fix it', async () => {
  const out = join(root, 'never');
  assert.ok(isImportFormat('swe-bench') && !isImportFormat('apps'));
  await usage(() => importTasks('apps', input, { out }), /unknown import format "apps": use one of humaneval, mbpp, swe-bench, harbor/);
  await usage(() => importTasks('mbpp', join(root, 'missing.jsonl'), { out }), /mbpp input .*missing.jsonl does not exist: pass the dataset's .jsonl/);
  await usage(() => importTasks('humaneval', root, { out }), /is a directory: pass the dataset's .jsonl/);
  await usage(() => importTasks('harbor', input, { out }), /harbor input .* is a file: pass a directory of Harbor task directories/);
  await usage(() => importTasks('swe-bench', input, { out }), /swe-bench needs --repo-dir <clone>/);
  await usage(() => importTasks('humaneval', input, { out, repoDir: root }), /--repo-dir only applies to swe-bench/);
  await usage(() => importTasks('humaneval', input, { out: input }), /is a file: name a new or empty directory/);
  assert.ok(!existsSync(out));
});

test('when nothing imports, the result says why and no suite.toml is written', async () => {
  const bad = join(root, 'bad.jsonl');
  writeFileSync(bad, 'not json\n{"task_id": "x"}\n');
  const out = join(root, 'suite-empty');
  const r = await importTasks('humaneval', bad, { out });
  assert.deepEqual(r.imported, []);
  assert.deepEqual(r.skipped.map((s) => s.source), ['line 1', 'line 2']);
  assert.ok(!existsSync(join(out, 'suite.toml')));
});
