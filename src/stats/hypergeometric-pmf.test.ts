import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hypergeometricLogPmf, hypergeometricPmf } from './hypergeometric-pmf.js';

test('hypergeometricPmf matches scipy and sums to 1 over its support', () => {
  // scipy.stats.hypergeom.pmf(3, 20, 7, 12)
  assert.ok(Math.abs(hypergeometricPmf(3, 20, 7, 12) - 0.19865841073271417) < 1e-15);
  let sum = 0;
  for (let k = 0; k <= 12; k++) sum += hypergeometricPmf(k, 20, 7, 12);
  assert.ok(Math.abs(sum - 1) < 1e-14);
});

test('hypergeometricLogPmf is −Infinity outside the support and 0 on a one-point support', () => {
  // 20 items, 7 successes, 15 draws: at least 2 successes must be drawn.
  assert.equal(hypergeometricLogPmf(1, 20, 7, 15), -Infinity);
  assert.equal(hypergeometricLogPmf(8, 20, 7, 15), -Infinity);
  assert.equal(hypergeometricLogPmf(7, 20, 7, 20), 0);
  assert.equal(hypergeometricLogPmf(0, 20, 0, 5), 0);
});

test('hypergeometricLogPmf validates its arguments', () => {
  assert.throws(() => hypergeometricLogPmf(-1, 20, 7, 12), RangeError);
  assert.throws(() => hypergeometricLogPmf(1, 20, 21, 12), RangeError);
  assert.throws(() => hypergeometricLogPmf(1, 20, 7, 21), RangeError);
  assert.throws(() => hypergeometricLogPmf(1, 20.5, 7, 12), RangeError);
});
