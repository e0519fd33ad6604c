import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortRows } from '../src/sort.mjs';
import { compareValues } from '../src/compare.mjs';

test('issue: numbers sort numerically', () => {
  const rows = [{ size: 100 }, { size: 20 }, { size: 3 }, { size: -1 }, { size: 2.5 }];
  assert.deepEqual(sortRows(rows, 'size').map((r) => r.size), [-1, 2.5, 3, 20, 100]);
  assert.deepEqual(sortRows(rows, 'size', 'desc').map((r) => r.size), [100, 20, 3, 2.5, -1]);
});

test('issue: numeric compare with missing values', () => {
  const rows = [{ size: 10 }, { size: undefined }, { size: 9 }];
  assert.deepEqual(sortRows(rows, 'size').map((r) => r.size), [9, 10, undefined]);
});

test('numeric-looking strings are still compared as text', () => {
  assert.ok(compareValues('10', '9') < 0);
  assert.deepEqual(sortRows([{ v: 'b2' }, { v: '10' }, { v: 'B1' }], 'v').map((r) => r.v), ['10', 'B1', 'b2']);
});

test('ties keep their order', () => {
  const rows = [{ k: 'x', i: 1 }, { k: 'X', i: 2 }, { k: 'x', i: 3 }];
  assert.deepEqual(sortRows(rows, 'k').map((r) => r.i), [1, 2, 3]);
});
