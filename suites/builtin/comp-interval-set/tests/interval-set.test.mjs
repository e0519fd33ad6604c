import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IntervalSet } from '../interval-set.mjs';

const set = (...ranges) => ranges.reduce((s, [a, b]) => s.add(a, b), new IntervalSet());

test('split a range in two', () => {
  const s = set([0, 10]);
  assert.equal(s.remove(3, 5), s);
  assert.deepEqual(s.toArray(), [[0, 3], [5, 10]]);
  assert.equal(s.has(3), false);
  assert.equal(s.has(5), true);
  assert.equal(s.size, 8);
});

test('trim edges across several ranges', () => {
  const s = set([0, 5], [10, 15], [20, 25]);
  s.remove(3, 22);
  assert.deepEqual(s.toArray(), [[0, 3], [22, 25]]);
});

test('never leaves empty ranges', () => {
  const s = set([0, 10]);
  s.remove(0, 4);
  assert.deepEqual(s.toArray(), [[4, 10]]);
  s.remove(8, 10);
  assert.deepEqual(s.toArray(), [[4, 8]]);
  s.remove(4, 8);
  assert.deepEqual(s.toArray(), []);
  assert.equal(s.size, 0);
});

test('removing exactly a whole range or a superset', () => {
  const s = set([1, 2], [4, 6], [8, 9]);
  s.remove(4, 6);
  assert.deepEqual(s.toArray(), [[1, 2], [8, 9]]);
  s.remove(-100, 100);
  assert.deepEqual(s.toArray(), []);
});

test('touching but not overlapping ranges are untouched', () => {
  const s = set([0, 5], [10, 15]);
  s.remove(5, 10);
  assert.deepEqual(s.toArray(), [[0, 5], [10, 15]]);
  s.remove(15, 20);
  s.remove(-5, 0);
  assert.deepEqual(s.toArray(), [[0, 5], [10, 15]]);
});

test('empty removal and validation', () => {
  const s = set([0, 5]);
  s.remove(2, 2);
  assert.deepEqual(s.toArray(), [[0, 5]]);
  assert.throws(() => s.remove(3, 1), RangeError);
  assert.throws(() => s.remove(0, Infinity), TypeError);
  assert.deepEqual(s.toArray(), [[0, 5]]);
});

test('add after remove keeps the invariant', () => {
  const s = set([0, 10]);
  s.remove(2, 4).remove(6, 8);
  s.add(4, 6);
  assert.deepEqual(s.toArray(), [[0, 2], [4, 6], [8, 10]]);
  s.add(2, 4);
  assert.deepEqual(s.toArray(), [[0, 6], [8, 10]]);
  s.remove(0.5, 9.5);
  assert.deepEqual(s.toArray(), [[0, 0.5], [9.5, 10]]);
});
