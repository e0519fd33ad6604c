import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allocate, splitEvenly } from '../allocate.mjs';

const sum = (xs) => xs.reduce((a, b) => a + b, 0);

test('examples from the instruction', () => {
  assert.deepEqual(allocate(100, [1, 2]), [33, 67]);
  assert.deepEqual(allocate(100, [1, 1, 1]), [34, 33, 33]);
  assert.deepEqual(allocate(-100, [1, 1, 1]), [-34, -33, -33]);
  assert.deepEqual(allocate(5, [0, 1, 0]), [0, 5, 0]);
  assert.deepEqual(splitEvenly(10, 4), [3, 3, 2, 2]);
});

test('largest remainders get the extra cents', () => {
  assert.deepEqual(allocate(10, [3, 3, 4]), [3, 3, 4]);
  assert.deepEqual(allocate(7, [1, 3, 3]), [1, 3, 3]);
  assert.deepEqual(allocate(1000, [1, 1, 1, 3]), [167, 167, 166, 500]);
  assert.deepEqual(allocate(101, [20, 50, 30]), [20, 51, 30]);
  assert.deepEqual(allocate(2, [1, 2, 3, 4]), [0, 0, 1, 1]);
});

test('ties go to the lower index', () => {
  assert.deepEqual(allocate(2, [1, 1, 1]), [1, 1, 0]);
  assert.deepEqual(allocate(1, [2, 1, 2]), [1, 0, 0]);
});

test('shares always sum to the total', () => {
  for (const [total, weights] of [[999, [7, 11, 13]], [1, [1, 1, 1, 1, 1]], [12345, [1, 0, 2, 0, 3]], [-77, [5, 5, 1]]]) {
    const shares = allocate(total, weights);
    assert.equal(sum(shares), total);
    assert.equal(shares.length, weights.length);
    shares.forEach((s, i) => { if (weights[i] === 0) assert.equal(s, 0); });
  }
});

test('zero and negative totals never produce -0', () => {
  assert.deepEqual(allocate(0, [1, 2]), [0, 0]);
  assert.deepEqual(allocate(-1, [1, 1, 1]), [-1, 0, 0]);
  assert.deepEqual(allocate(-5, [0, 1]), [0, -5]);
  assert.ok(!Object.is(allocate(-1, [1, 1])[1], -0));
});

test('exact with large amounts', () => {
  assert.deepEqual(allocate(9007199254740991, [1, 2]), [3002399751580330, 6004799503160661]);
  assert.deepEqual(allocate(9007199254740991, [3, 5]), [3377699720527872, 5629499534213119]);
  assert.equal(sum(allocate(9007199254740991, [1000000007, 998244353])), 9007199254740991);
});

test('validation', () => {
  assert.throws(() => allocate(1.5, [1]), TypeError);
  assert.throws(() => allocate('10', [1]), TypeError);
  assert.throws(() => allocate(2 ** 53, [1]), TypeError);
  assert.throws(() => allocate(10, []), RangeError);
  assert.throws(() => allocate(10, [0, 0]), RangeError);
  assert.throws(() => allocate(10, [1, -1, 2]), RangeError);
  assert.throws(() => allocate(10, [0.5, 1]), RangeError);
  assert.throws(() => splitEvenly(10, 0), RangeError);
  assert.throws(() => splitEvenly(10, 2.5), RangeError);
});
