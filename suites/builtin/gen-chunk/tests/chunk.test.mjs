import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunk } from '../chunk.mjs';

test('even and uneven splits', () => {
  assert.deepEqual(chunk([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
  assert.deepEqual(chunk([1, 2, 3, 4], 2), [[1, 2], [3, 4]]);
  assert.deepEqual(chunk(['a', 'b', 'c'], 1), [['a'], ['b'], ['c']]);
});

test('size larger than the array', () => {
  assert.deepEqual(chunk([1, 2], 10), [[1, 2]]);
  assert.deepEqual(chunk([1, 2], 2), [[1, 2]]);
});

test('empty input', () => {
  assert.deepEqual(chunk([], 3), []);
});

test('does not modify the input and returns fresh arrays', () => {
  const input = Object.freeze([1, 2, 3]);
  const out = chunk(input, 5);
  assert.deepEqual(out, [[1, 2, 3]]);
  assert.notEqual(out[0], input);
  out[0].push(4);
  assert.deepEqual(input, [1, 2, 3]);
});

test('invalid sizes throw RangeError', () => {
  for (const bad of [0, -1, 2.5, 1.0000001, NaN, Infinity, '2', undefined]) {
    assert.throws(() => chunk([1, 2, 3], bad), RangeError, `size ${String(bad)}`);
  }
});

test('non-array input throws TypeError', () => {
  assert.throws(() => chunk('abc', 1), TypeError);
  assert.throws(() => chunk(null, 1), TypeError);
});
