import { test } from 'node:test';
import assert from 'node:assert/strict';
import { binomialLogPmf, binomialPmf } from './binomial-pmf.js';

test('binomialPmf matches exact values and sums to 1', () => {
  assert.ok(Math.abs(binomialPmf(3, 10, 0.5) - 120 / 1024) < 1e-15);
  assert.ok(Math.abs(binomialPmf(0, 5, 0.2) - 0.8 ** 5) < 1e-15);
  for (const [n, p] of [[1, 0.3], [20, 0.5], [137, 0.91]] as const) {
    let sum = 0;
    for (let k = 0; k <= n; k++) sum += binomialPmf(k, n, p);
    assert.ok(Math.abs(sum - 1) < 1e-13, `n = ${n}, p = ${p}: ${sum}`);
  }
});

test('binomialLogPmf keeps probabilities far below the smallest double', () => {
  // Reference from 30-digit arithmetic.
  assert.ok(Math.abs(binomialLogPmf(18, 336, 0.8991976266616939) - -663.74415763528636) < 1e-11);
  assert.ok(Number.isFinite(binomialLogPmf(0, 100000, 0.5)));
  assert.equal(binomialPmf(0, 100000, 0.5), 0);
});

test('binomialLogPmf edge cases: k > n, p = 0, p = 1, n = 0', () => {
  assert.equal(binomialLogPmf(6, 5, 0.5), -Infinity);
  assert.equal(binomialLogPmf(0, 5, 0), 0);
  assert.equal(binomialLogPmf(1, 5, 0), -Infinity);
  assert.equal(binomialLogPmf(5, 5, 1), 0);
  assert.equal(binomialLogPmf(4, 5, 1), -Infinity);
  assert.equal(binomialLogPmf(0, 0, 0.3), 0);
});

test('binomialLogPmf validates its arguments', () => {
  assert.throws(() => binomialLogPmf(-1, 5, 0.5), RangeError);
  assert.throws(() => binomialLogPmf(1, 5.5, 0.5), RangeError);
  assert.throws(() => binomialLogPmf(1, 5, 1.5), RangeError);
  assert.throws(() => binomialLogPmf(1, 5, NaN), RangeError);
});
