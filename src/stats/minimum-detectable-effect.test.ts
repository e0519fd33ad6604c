import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimumDetectableEffect } from './minimum-detectable-effect.js';

test('minimumDetectableEffect reduces to the textbook formula for large samples', () => {
  const n = 1_000_000;
  const textbook = (1.959963984540054 + 0.8416212335729143) * Math.sqrt(0.7 * 0.3 * (2 / n));
  const mde = minimumDetectableEffect(0.7, n, n);
  assert.ok(Math.abs(mde - textbook) / textbook < 0.002, `${mde} vs ${textbook}`);
});

test('minimumDetectableEffect reaches the requested power under an exact binomial model', () => {
  // p0 = 0.7, 300 baseline attempts, 50 window attempts: the exact power of the pooled z-test at
  // the returned drop (enumerating both binomials in scipy) is 0.8007.
  const mde = minimumDetectableEffect(0.7, 300, 50);
  assert.ok(Math.abs(mde - 0.20422554610521848) < 1e-9, `${mde}`);
});

test('minimumDetectableEffect shrinks with more data and grows with stricter requirements', () => {
  const base = minimumDetectableEffect(0.6, 200, 50);
  assert.ok(minimumDetectableEffect(0.6, 200, 200) < base);
  assert.ok(minimumDetectableEffect(0.6, 2000, 50) < base);
  assert.ok(minimumDetectableEffect(0.6, 200, 50, { alpha: 0.01 }) > base);
  assert.ok(minimumDetectableEffect(0.6, 200, 50, { power: 0.95 }) > base);
  assert.ok(minimumDetectableEffect(0.6, 200, 50, { alpha: 0.1, power: 0.5 }) < base);
});

test('minimumDetectableEffect edge cases: nothing to drop, no data, tiny samples, power ≤ alpha', () => {
  assert.equal(minimumDetectableEffect(0, 100, 100), Infinity);
  assert.equal(minimumDetectableEffect(0.5, 0, 100), Infinity);
  assert.equal(minimumDetectableEffect(0.5, 100, 0), Infinity);
  assert.equal(minimumDetectableEffect(0.05, 20, 5), Infinity);
  assert.equal(minimumDetectableEffect(0.5, 100, 100, { alpha: 0.2, power: 0.1 }), 0);
  const all = minimumDetectableEffect(1, 10, 10);
  assert.ok(all > 0 && all <= 1);
});

test('minimumDetectableEffect validates its arguments', () => {
  assert.throws(() => minimumDetectableEffect(1.2, 10, 10), RangeError);
  assert.throws(() => minimumDetectableEffect(0.5, -1, 10), RangeError);
  assert.throws(() => minimumDetectableEffect(0.5, 10, NaN), RangeError);
  assert.throws(() => minimumDetectableEffect(0.5, 10, 10, { alpha: 0 }), RangeError);
  assert.throws(() => minimumDetectableEffect(0.5, 10, 10, { power: 1 }), RangeError);
});
