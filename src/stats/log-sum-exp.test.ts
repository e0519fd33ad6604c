import { test } from 'node:test';
import assert from 'node:assert/strict';
import { logSumExp } from './log-sum-exp.js';

test('logSumExp adds probabilities in log space without underflow', () => {
  assert.ok(Math.abs(logSumExp([Math.log(0.25), Math.log(0.5)]) - Math.log(0.75)) < 1e-16);
  assert.ok(Math.abs(logSumExp([-1000, -1000]) - (-1000 + Math.log(2))) < 1e-12);
  assert.equal(logSumExp([-Infinity, 0]), 0);
});

test('logSumExp edge cases: empty, all −Infinity, +Infinity', () => {
  assert.equal(logSumExp([]), -Infinity);
  assert.equal(logSumExp([-Infinity, -Infinity]), -Infinity);
  assert.equal(logSumExp([1, Infinity]), Infinity);
});
