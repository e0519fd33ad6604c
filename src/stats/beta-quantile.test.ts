import { test } from 'node:test';
import assert from 'node:assert/strict';
import { betaQuantile } from './beta-quantile.js';
import { regularizedIncompleteBeta } from './regularized-incomplete-beta.js';

test('betaQuantile matches closed forms and a high-precision value', () => {
  for (const p of [1e-9, 0.025, 0.3, 0.5, 0.975]) {
    assert.ok(Math.abs(betaQuantile(p, 1, 1) - p) <= 1e-14 * p, 'uniform');
    const expected = p ** (1 / 3); // Beta(3, 1): I_x = x³
    assert.ok(Math.abs(betaQuantile(p, 3, 1) - expected) <= 1e-14 * expected, 'Beta(3, 1)');
  }
  assert.ok(Math.abs(betaQuantile(0.3, 2, 3) - 0.27238394207510535) < 1e-15);
});

test('betaQuantile inverts the incomplete beta function to full precision', () => {
  const shapes = [[0.5, 0.5], [1, 10], [10, 1], [2.5, 7], [41, 310], [1361, 40], [0.2, 3]] as const;
  for (const [a, b] of shapes) {
    for (const p of [1e-12, 0.005, 0.025, 0.1, 0.5, 0.9, 0.975, 0.995]) {
      const x = betaQuantile(p, a, b);
      const back = regularizedIncompleteBeta(x, a, b);
      const tolerance = p <= 0.5 ? 1e-11 * p : 1e-11 * (1 - p);
      assert.ok(Math.abs(back - p) <= tolerance, `Beta(${a}, ${b}) p = ${p}: x = ${x}, I = ${back}`);
    }
  }
});

test('betaQuantile reaches quantiles far in the lower tail', () => {
  const x = betaQuantile(1e-300, 18.58487639281878, 4.826295346997032);
  const back = regularizedIncompleteBeta(x, 18.58487639281878, 4.826295346997032);
  assert.ok(Math.abs(back - 1e-300) < 1e-12 * 1e-300, `I = ${back}`);
});

test('betaQuantile edge cases and argument validation', () => {
  assert.equal(betaQuantile(0, 2, 3), 0);
  assert.equal(betaQuantile(1, 2, 3), 1);
  // The true quantile (~1e-335) is below the smallest double: it underflows to 0.
  assert.equal(betaQuantile(1e-10, 0.0295, 0.108), 0);
  assert.throws(() => betaQuantile(-0.1, 2, 3), RangeError);
  assert.throws(() => betaQuantile(NaN, 2, 3), RangeError);
  assert.throws(() => betaQuantile(0.5, 0, 3), RangeError);
});
