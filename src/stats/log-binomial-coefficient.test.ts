import { test } from 'node:test';
import assert from 'node:assert/strict';
import { logBinomialCoefficient } from './log-binomial-coefficient.js';

test('logBinomialCoefficient matches exact values', () => {
  assert.ok(Math.abs(logBinomialCoefficient(5, 2) - Math.log(10)) < 1e-15);
  assert.ok(Math.abs(logBinomialCoefficient(52, 5) - Math.log(2598960)) < 1e-13);
  assert.ok(Math.abs(logBinomialCoefficient(1000, 500) - 689.46726156785118) < 1e-12);
  assert.ok(Math.abs(logBinomialCoefficient(1e6, 3e5) - 610857.25568464192) < 1e-8);
});

test('logBinomialCoefficient edge cases: k = 0 and k = n are exactly 0; symmetric in k', () => {
  assert.equal(logBinomialCoefficient(0, 0), 0);
  assert.equal(logBinomialCoefficient(17, 0), 0);
  assert.equal(logBinomialCoefficient(17, 17), 0);
  for (let k = 0; k <= 40; k++) {
    assert.ok(Math.abs(logBinomialCoefficient(40, k) - logBinomialCoefficient(40, 40 - k)) < 1e-12);
  }
});

test('logBinomialCoefficient validates its arguments', () => {
  assert.throws(() => logBinomialCoefficient(5, 6), RangeError);
  assert.throws(() => logBinomialCoefficient(-1, 0), RangeError);
  assert.throws(() => logBinomialCoefficient(5, 1.5), RangeError);
});
