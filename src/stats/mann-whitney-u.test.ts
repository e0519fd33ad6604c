import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mannWhitneyU } from './mann-whitney-u.js';

test('mannWhitneyU matches scipy (asymptotic, with tie and continuity correction)', () => {
  const a = mannWhitneyU([3, 4, 5], [1, 2]);
  assert.equal(a.u, 6);
  assert.ok(Math.abs(a.pValue - 0.14891467317876572) < 1e-14);
  const b = mannWhitneyU([1.5, 2, 2, 7, 9, 9, 9], [2, 3, 3, 9, 10]);
  assert.equal(b.u, 14.5);
  assert.ok(Math.abs(b.pValue - 0.6766171259338656) < 1e-14);
});

test('mannWhitneyU: U(x, y) + U(y, x) = n₁n₂ and the p-value is symmetric', () => {
  const x = [12, 15, 9, 30, 22, 22, 8];
  const y = [5, 9, 11, 14, 3];
  const forward = mannWhitneyU(x, y);
  const backward = mannWhitneyU(y, x);
  assert.equal(forward.u + backward.u, x.length * y.length);
  assert.equal(forward.pValue, backward.pValue);
});

test('mannWhitneyU detects a clear shift', () => {
  const before = Array.from({ length: 40 }, (_, i) => 1000 + i * 10);
  const after = before.map((v) => v * 1.4);
  assert.ok(mannWhitneyU(after, before).pValue < 1e-4);
});

test('mannWhitneyU edge cases: all values tied, single observations', () => {
  const tied = mannWhitneyU([5, 5, 5], [5, 5]);
  assert.equal(tied.u, 3);
  assert.equal(tied.pValue, 1);
  const single = mannWhitneyU([1], [2]);
  assert.equal(single.u, 0);
  assert.equal(single.pValue, 1);
});

test('mannWhitneyU validates its arguments', () => {
  assert.throws(() => mannWhitneyU([], [1]), RangeError);
  assert.throws(() => mannWhitneyU([1], []), RangeError);
  assert.throws(() => mannWhitneyU([1, NaN], [1]), RangeError);
  assert.throws(() => mannWhitneyU([1], [Infinity]), RangeError);
});
