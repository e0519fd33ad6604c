import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortRows } from '../src/sort.mjs';

const rows = [
  { name: 'beta', size: 20 },
  { name: 'Alpha', size: 5 },
  { name: 'gamma', size: 7 },
];

test('sorts text columns case-insensitively', () => {
  assert.deepEqual(sortRows(rows, 'name').map((r) => r.name), ['Alpha', 'beta', 'gamma']);
});

test('descending order', () => {
  assert.deepEqual(sortRows(rows, 'name', 'desc').map((r) => r.name), ['gamma', 'beta', 'Alpha']);
});

test('does not modify the input', () => {
  const copy = rows.map((r) => ({ ...r }));
  sortRows(rows, 'name');
  assert.deepEqual(rows, copy);
});

test('missing values go last in both directions', () => {
  const data = [{ name: 'b' }, { name: null }, { name: 'a' }];
  assert.deepEqual(sortRows(data, 'name').map((r) => r.name), ['a', 'b', null]);
  assert.deepEqual(sortRows(data, 'name', 'desc').map((r) => r.name), ['b', 'a', null]);
});
