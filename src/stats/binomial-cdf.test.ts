import { test } from 'node:test';
import assert from 'node:assert/strict';
import { binomialCdf, binomialLogCdf } from './binomial-cdf.js';
import { binomialPmf } from './binomial-pmf.js';

test('binomialCdf matches exact values', () => {
  assert.ok(Math.abs(binomialCdf(2, 4, 0.5) - 11 / 16) < 1e-16);
  assert.ok(Math.abs(binomialCdf(0, 3, 0.1) - 0.729) < 1e-15);
  let sum = 0;
  for (let k = 0; k <= 30; k++) {
    sum += binomialPmf(k, 60, 0.37);
  }
  assert.ok(Math.abs(binomialCdf(30, 60, 0.37) - sum) < 1e-14);
});

test('binomialCdf keeps a tiny lower tail to full relative precision', () => {
  const expected = 5.5249682419897192e-289; // 30-digit reference
  const actual = binomialCdf(18, 336, 0.8991976266616939);
  assert.ok(Math.abs(actual - expected) < 1e-11 * expected, `${actual}`);
  assert.ok(Number.isFinite(binomialLogCdf(3, 100000, 0.5)));
});

test('binomialCdf is monotone in k and reaches 1 at k = n', () => {
  let previous = 0;
  for (let k = 0; k <= 50; k++) {
    const value = binomialCdf(k, 50, 0.42);
    assert.ok(value >= previous);
    previous = value;
  }
  assert.equal(binomialCdf(50, 50, 0.42), 1);
  assert.equal(binomialCdf(70, 50, 0.42), 1);
});

test('binomialCdf edge cases: p = 0, p = 1, n = 0', () => {
  assert.equal(binomialCdf(0, 10, 0), 1);
  assert.equal(binomialCdf(9, 10, 1), 0);
  assert.equal(binomialCdf(0, 0, 0.5), 1);
});

test('binomialLogCdf validates its arguments', () => {
  assert.throws(() => binomialLogCdf(-1, 5, 0.5), RangeError);
  assert.throws(() => binomialLogCdf(1, -5, 0.5), RangeError);
  assert.throws(() => binomialLogCdf(1, 5, -0.5), RangeError);
});
