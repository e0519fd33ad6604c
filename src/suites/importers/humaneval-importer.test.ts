import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { validateTask } from '../../grading/validate-task.js';
import { ProcessSandbox } from '../../sandbox/process/process-sandbox.js';
import { loadSuite } from '../load-suite.js';
import { loadTask } from '../load-task.js';
import { humanEvalTaskId, importHumanEval } from './humaneval-importer.js';

const root = mkdtempSync(join(tmpdir(), 'barometer-humaneval-test-'));
after(() => rmSync(root, { recursive: true, force: true }));
const sandbox = new ProcessSandbox();

// Problems written for this test in HumanEval's shape (not taken from the dataset).
const addOne = {
  task_id: 'Mine/0',
  prompt: 'def add_one(x: int) -> int:\n    """Return x plus one.\n    >>> add_one(1)\n    2\n    """\n',
  entry_point: 'add_one',
  canonical_solution: '    return x + 1\n',
  test: '\n\ndef check(candidate):\n    assert candidate(1) == 2\n    assert candidate(-1) == 0\n',
};
const quadruple = {
  task_id: 'Mine/1',
  prompt: 'def _double(x):\n    return 2 * x\n\n\ndef quadruple(x):\n    """Return four times x (use _double)."""\n',
  entry_point: 'quadruple',
  canonical_solution: '    return _double(_double(x))\n',
  test: '\n\ndef check(candidate):\n    assert candidate(3) == _double(6)\n',
};
const alwaysPasses = {
  task_id: 'Mine/2',
  prompt: 'def nothing():\n    """Return None."""\n',
  entry_point: 'nothing',
  canonical_solution: '    return None\n',
  test: '\n\ndef check(candidate):\n    assert candidate() is None\n',
};

function jsonl(rows: unknown[]): string {
  return rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';
}

test('task ids: HumanEval/12 → humaneval-12', () => {
  assert.equal(humanEvalTaskId('HumanEval/12'), 'humaneval-12');
  assert.equal(humanEvalTaskId('Mine/0'), 'mine-0');
});

test('imports problems into completion tasks that load and validate', async () => {
  const file = join(root, 'small.jsonl');
  writeFileSync(file, jsonl([addOne, quadruple]));
  const out = join(root, 'out-valid');
  const r = await importHumanEval(file, out);
  assert.deepEqual(r.skipped, []);
  assert.deepEqual(r.imported.map((t) => t.id), ['mine-0', 'mine-1']);
  assert.equal(r.imported[0]!.source, 'line 1 (Mine/0)');

  const task = loadTask(join(out, 'mine-0'));
  assert.equal(task.category, 'completion');
  assert.equal(task.language, 'python');
  assert.equal(task.difficulty, 'medium');
  assert.deepEqual(task.workspaceFiles, ['solution.py']);
  assert.deepEqual(task.testFiles, ['test_humaneval.py']);
  assert.deepEqual(task.solutionFiles, ['solution.py']);
  assert.deepEqual(task.wrongFiles, []);
  assert.deepEqual(task.grading, { kind: 'tests', command: 'python3 tests/test_humaneval.py', timeoutSec: 20 });
  assert.equal(readFileSync(join(out, 'mine-0', 'workspace', 'solution.py'), 'utf8'), addOne.prompt);
  assert.equal(readFileSync(join(out, 'mine-0', 'solution', 'solution.py'), 'utf8'), addOne.prompt + addOne.canonical_solution);
  assert.match(task.instruction, /Complete `add_one` in `solution.py`/);
  assert.match(task.instruction, /single reply/);
  assert.ok(task.instruction.includes(addOne.prompt.trimEnd()), 'the instruction shows the prompt for single-shot models');
  assert.match(readFileSync(join(out, 'mine-0', 'tests', 'test_humaneval.py'), 'utf8'), /\ncheck\(add_one\)\n$/);

  for (const t of loadSuite(out).tasks) {
    const v = await validateTask(t, sandbox);
    assert.equal(v.valid, true, `${t.id}: ${JSON.stringify(v.checks)}`);
  }
});

test('a prompt that already passes its tests is reported by validation, not hidden', async () => {
  const file = join(root, 'passes.jsonl');
  writeFileSync(file, jsonl([alwaysPasses]));
  const out = join(root, 'out-passes');
  const r = await importHumanEval(file, out);
  assert.equal(r.imported.length, 1, 'it is imported as is');
  const v = await validateTask(loadTask(join(out, 'mine-2')), sandbox);
  assert.equal(v.valid, false);
  const untouched = v.checks.find((c) => c.variant === 'untouched')!;
  assert.deepEqual([untouched.expected, untouched.outcome, untouched.ok], ['fail', 'pass', false]);
});

test('bad rows are skipped with their line number; the others still import', async () => {
  const file = join(root, 'bad.jsonl');
  const noEntry = { ...addOne, task_id: 'Mine/9', entry_point: undefined };
  const wrongEntry = { ...addOne, task_id: 'Mine/8', entry_point: 'other_name' };
  writeFileSync(file, jsonl([addOne, '{"task_id": "Mine/5", "prompt": ', '', noEntry, wrongEntry, { ...addOne }, quadruple]));
  const out = join(root, 'out-bad');
  const r = await importHumanEval(file, out);
  assert.deepEqual(r.imported.map((t) => t.id), ['mine-0', 'mine-1']);
  assert.deepEqual(
    r.skipped.map((s) => [s.source, s.id]),
    [
      ['line 2', null],
      ['line 4', null],
      ['line 5', 'mine-8'],
      ['line 6', 'mine-0'],
    ],
  );
  assert.match(r.skipped[0]!.reason, /not valid JSON/);
  assert.match(r.skipped[1]!.reason, /field "entry_point"/);
  assert.match(r.skipped[2]!.reason, /does not define the entry point other_name/);
  assert.match(r.skipped[3]!.reason, /duplicate task id "mine-0" \(already imported from line 1\)/);
  assert.ok(!existsSync(join(out, 'mine-8')));
});

test('gzip input is detected from its content', async () => {
  const file = join(root, 'small.jsonl.gz');
  writeFileSync(file, gzipSync(jsonl([addOne])));
  const out = join(root, 'out-gz');
  mkdirSync(out);
  const r = await importHumanEval(file, out);
  assert.deepEqual(r.imported.map((t) => t.id), ['mine-0']);
});
