import { test } from 'node:test';
import assert from 'node:assert/strict';
import { logBeta } from './log-beta.js';
import { logGamma } from './log-gamma.js';

test('logBeta matches known values', () => {
  assert.equal(logBeta(1, 1), 0);
  assert.ok(Math.abs(logBeta(2, 3) - Math.log(1 / 12)) < 1e-15);
  assert.ok(Math.abs(logBeta(0.5, 0.5) - Math.log(Math.PI)) < 1e-14);
  // Large shapes, where ln Γ(a) + ln Γ(b) − ln Γ(a + b) would lose digits.
  assert.ok(Math.abs(logBeta(1400, 1500) - -2010.7758099125212) < 1e-12);
});

test('logBeta is symmetric and agrees with the log-gamma definition', () => {
  for (const [a, b] of [[0.3, 7], [3, 40], [12, 12], [0.01, 5000], [250, 3]] as const) {
    assert.ok(Math.abs(logBeta(a, b) - logBeta(b, a)) < 1e-12);
    const direct = logGamma(a) + logGamma(b) - logGamma(a + b);
    assert.ok(Math.abs(logBeta(a, b) - direct) < 1e-11 * Math.max(1, Math.abs(direct)));
  }
});

test('logBeta validates its arguments', () => {
  for (const [a, b] of [[0, 1], [1, -2], [NaN, 1], [1, Infinity]] as const) {
    assert.throws(() => logBeta(a, b), RangeError);
  }
});
