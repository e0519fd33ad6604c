import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateTask } from '../../grading/validate-task.js';
import { ProcessSandbox } from '../../sandbox/process/process-sandbox.js';
import { loadSuite } from '../load-suite.js';
import { loadTask } from '../load-task.js';
import { importMbpp, mbppEntryPoint, mbppRowSchema, topLevelFunctions } from './mbpp-importer.js';

const root = mkdtempSync(join(tmpdir(), 'barometer-mbpp-test-'));
after(() => rmSync(root, { recursive: true, force: true }));
const sandbox = new ProcessSandbox();

// A fixture in MBPP's shape, written for this test (not MBPP rows).
const FIXTURE = [
  {
    task_id: 901,
    text: 'Write a function to count the vowels in a string.',
    code: "def count_vowels(s):\r\n  return sum(1 for c in s.lower() if c in 'aeiou')",
    test_list: ['assert count_vowels("Banana") == 3', 'assert count_vowels("xyz") == 0', 'assert count_vowels("AEIOU") == 5'],
    test_setup_code: '',
    challenge_test_list: [],
  },
  {
    task_id: 902,
    text: 'Write a function to find the hypotenuse of a right triangle.',
    code: 'import math\r\ndef _square(x):\r\n  return x * x\r\ndef hypotenuse(a,\r\n               b):\r\n  return math.sqrt(_square(a) + _square(b))',
    test_list: ['assert hypotenuse(3, 4) == 5.0', 'assert hypotenuse(5, 12) == 13.0', 'assert hypotenuse(8, 15) == 17.0'],
    test_setup_code: 'import math',
    challenge_test_list: ['assert math.isclose(hypotenuse(1, 1), math.sqrt(2))'],
  },
  {
    task_id: 903,
    text: 'Write a function to find the manhattan distance between two points.',
    code: 'class Point:\r\n  def __init__(self, x, y):\r\n    self.x = x\r\n    self.y = y\r\ndef manhattan(p, q):\r\n  return abs(p.x - q.x) + abs(p.y - q.y)',
    test_list: ['assert manhattan(Point(0, 0), Point(2, 3)) == 5', 'assert manhattan(Point(1, 1), Point(1, 1)) == 0', 'assert manhattan(Point(-1, 0), Point(1, 0)) == 2'],
    test_setup_code: '',
    challenge_test_list: [],
  },
  {
    task_id: 904,
    text: 'Write a function to reverse a list.',
    code: 'def rev(xs):\r\n  return xs[::-1]',
    test_list: ['assert reverse_list([1, 2]) == [2, 1]'],
    test_setup_code: '',
    challenge_test_list: [],
  },
];

test('topLevelFunctions reads names and signatures, joining multi-line parameter lists', () => {
  assert.deepEqual(topLevelFunctions('import math\ndef _sq(x):\n  return x\nclass A:\n  def m(self):\n    pass\ndef f(a,\n      b=(1, 2)) -> int:\n  pass\n'), [
    { name: '_sq', signature: 'def _sq(x)' },
    { name: 'f', signature: 'def f(a, b=(1, 2)) -> int' },
  ]);
});

test('the entry point is the function the first test calls, not a helper or math.isclose', () => {
  const row = mbppRowSchema.parse({ ...FIXTURE[1], test_list: ['assert math.isclose(hypotenuse(1, 1), 1.41421356, rel_tol=1e-6)'] });
  assert.equal(mbppEntryPoint(row)?.name, 'hypotenuse');
});

test('imports problems into generation tasks that load and validate; unusable rows are skipped', async () => {
  const file = join(root, 'mbpp.jsonl');
  writeFileSync(file, FIXTURE.map((r) => JSON.stringify(r)).join('\n') + '\n{"task_id": 905}\n');
  const out = join(root, 'out');
  const r = await importMbpp(file, out);
  assert.deepEqual(r.imported.map((t) => t.id), ['mbpp-901', 'mbpp-902', 'mbpp-903']);
  assert.deepEqual(r.skipped.map((s) => [s.source, s.id]), [['line 4', 'mbpp-904'], ['line 5', null]]);
  assert.match(r.skipped[0]!.reason, /cannot tell which function/);
  assert.match(r.skipped[1]!.reason, /field "code"/);

  const task = loadTask(join(out, 'mbpp-902'));
  assert.equal(task.category, 'generation');
  assert.equal(task.language, 'python');
  assert.equal(task.difficulty, 'easy');
  assert.match(task.instruction, /find the hypotenuse of a right triangle/);
  assert.ok(task.instruction.includes('def hypotenuse(a, b):'), task.instruction);
  assert.ok(task.instruction.includes('assert hypotenuse(3, 4) == 5.0'));
  assert.ok(!task.instruction.includes('hypotenuse(5, 12)'), 'only one example assertion is shown');
  const tests = readFileSync(join(out, 'mbpp-902', 'tests', 'test_mbpp.py'), 'utf8');
  assert.match(tests, /^import math$/m, 'setup code');
  assert.ok(tests.includes('assert math.isclose(hypotenuse(1, 1), math.sqrt(2))'), 'challenge tests are included');
  assert.ok(!readFileSync(join(out, 'mbpp-902', 'solution', 'solution.py'), 'utf8').includes('\r'));

  for (const t of loadSuite(out).tasks) {
    const v = await validateTask(t, sandbox);
    assert.equal(v.valid, true, `${t.id}: ${JSON.stringify(v.checks)}`);
  }
});

test('the sanitized release (prompt instead of text, string task ids) is read too', async () => {
  const file = join(root, 'sanitized.jsonl');
  const { text, ...rest } = FIXTURE[0]!;
  writeFileSync(file, `${JSON.stringify({ ...rest, task_id: '901', prompt: text })}\n`);
  const r = await importMbpp(file, join(root, 'out-sanitized'));
  assert.deepEqual(r.imported.map((t) => t.id), ['mbpp-901']);
});
