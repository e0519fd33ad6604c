import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffLines, formatDiff } from '../line-diff.mjs';

const lines = (t) => (t === '' ? [] : t.split('\n'));

function lcsLength(x, y) {
  let prev = new Array(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const cur = [0];
    for (let j = 1; j <= y.length; j++) cur[j] = x[i - 1] === y[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    prev = cur;
  }
  return prev[y.length];
}

function checkScript(a, b) {
  const ops = diffLines(a, b);
  for (const o of ops) assert.ok(['equal', 'delete', 'insert'].includes(o.op), `bad op ${o.op}`);
  assert.deepEqual(ops.filter((o) => o.op !== 'insert').map((o) => o.line), lines(a), 'reconstructs a');
  assert.deepEqual(ops.filter((o) => o.op !== 'delete').map((o) => o.line), lines(b), 'reconstructs b');
  assert.equal(ops.filter((o) => o.op === 'equal').length, lcsLength(lines(a), lines(b)), 'minimal');
  for (let k = 1; k < ops.length; k++) {
    assert.ok(!(ops[k - 1].op === 'insert' && ops[k].op === 'delete'), 'delete after insert in a change run');
  }
  return ops;
}

test('example from the instruction', () => {
  const ops = diffLines('a\nb\nc', 'a\nc\nd');
  assert.deepEqual(ops, [
    { op: 'equal', line: 'a' },
    { op: 'delete', line: 'b' },
    { op: 'equal', line: 'c' },
    { op: 'insert', line: 'd' },
  ]);
  assert.equal(formatDiff(ops), ' a\n-b\n c\n+d');
});

test('empty inputs', () => {
  assert.deepEqual(diffLines('', ''), []);
  assert.deepEqual(diffLines('', 'x\ny'), [{ op: 'insert', line: 'x' }, { op: 'insert', line: 'y' }]);
  assert.deepEqual(diffLines('x', ''), [{ op: 'delete', line: 'x' }]);
  assert.equal(formatDiff([]), '');
});

test('trailing newline is an extra empty line; \\r is kept', () => {
  assert.deepEqual(diffLines('x\n', 'x'), [{ op: 'equal', line: 'x' }, { op: 'delete', line: '' }]);
  const ops = checkScript('a\r\nb', 'a\nb');
  assert.equal(ops.filter((o) => o.op === 'equal').length, 1);
});

test('replacement puts deletes before inserts', () => {
  assert.deepEqual(diffLines('a\nb\nc', 'a\nX\nY\nc'), [
    { op: 'equal', line: 'a' },
    { op: 'delete', line: 'b' },
    { op: 'insert', line: 'X' },
    { op: 'insert', line: 'Y' },
    { op: 'equal', line: 'c' },
  ]);
  assert.deepEqual(diffLines('p', 'q'), [{ op: 'delete', line: 'p' }, { op: 'insert', line: 'q' }]);
});

test('minimal where greedy matching is not', () => {
  checkScript('a\nb\nc\nd\ne', 'e\na\nb\nc\nd');
  checkScript('x\na\nb\nc', 'a\nb\nc\nx');
  checkScript('1\n2\n3\n4\n5\n6', '6\n1\n2\n3\n4\n5');
});

test('repeated lines', () => {
  checkScript('a\na\nb\na', 'a\nb\na\na');
  checkScript('}\n}\n}', '}\nreturn\n}');
  checkScript('a\nb\na\nb\na', 'b\na\nb\na\nb');
});

test('pseudo-random inputs satisfy every rule', () => {
  let s = 7;
  const rnd = () => (s = (s * 48271) % 2147483647) % 4;
  for (let round = 0; round < 40; round++) {
    const a = Array.from({ length: 3 + (round % 9) }, () => 'abcd'[rnd()]).join('\n');
    const b = Array.from({ length: 2 + (round % 11) }, () => 'abcd'[rnd()]).join('\n');
    checkScript(a, b);
  }
});

test('large inputs', () => {
  const a = Array.from({ length: 2000 }, (_, i) => `line ${i}`);
  const b = a.filter((_, i) => i % 7 !== 0).map((l, i) => (i % 50 === 0 ? l + ' changed' : l));
  checkScript(a.join('\n'), b.join('\n'));
});
