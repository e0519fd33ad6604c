import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeIntervals } from '../intervals.mjs';

const freeze = (list) => Object.freeze(list.map((iv) => Object.freeze([...iv])));

test('example from the spec', () => {
  assert.deepEqual(
    mergeIntervals(freeze([[8, 10], [1, 3], [2, 6], [15, 18], [10, 12]])),
    [[1, 6], [8, 12], [15, 18]],
  );
});

test('touching intervals merge, near ones do not', () => {
  assert.deepEqual(mergeIntervals(freeze([[3, 5], [1, 3]])), [[1, 5]]);
  assert.deepEqual(mergeIntervals(freeze([[1, 2], [2.5, 4]])), [[1, 2], [2.5, 4]]);
});

test('contained intervals do not shrink the container', () => {
  assert.deepEqual(mergeIntervals(freeze([[1, 10], [2, 3]])), [[1, 10]]);
  assert.deepEqual(mergeIntervals(freeze([[2, 3], [1, 10], [4, 5], [11, 12]])), [[1, 10], [11, 12]]);
});

test('point intervals and negatives', () => {
  assert.deepEqual(mergeIntervals(freeze([[5, 5], [5, 5], [-3, -1], [0, 0]])), [[-3, -1], [0, 0], [5, 5]]);
  assert.deepEqual(mergeIntervals(freeze([[4, 4], [1, 4]])), [[1, 4]]);
});

test('empty input', () => {
  assert.deepEqual(mergeIntervals([]), []);
});

test('returns new arrays and leaves input untouched', () => {
  const input = [[1, 2]];
  const out = mergeIntervals(input);
  assert.deepEqual(out, [[1, 2]]);
  assert.notEqual(out[0], input[0]);
  out[0][1] = 99;
  assert.deepEqual(input, [[1, 2]]);
});

test('start greater than end throws RangeError', () => {
  assert.throws(() => mergeIntervals([[1, 2], [5, 4]]), RangeError);
});
