import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalCdf } from './normal-cdf.js';

/** |actual − expected| ≤ rel·|expected|. */
function closeRel(actual: number, expected: number, rel: number, label = ''): void {
  assert.ok(Math.abs(actual - expected) <= rel * Math.abs(expected), `${label} got ${actual}, expected ${expected}`);
}

test('normalCdf matches high-precision values in the centre and both tails', () => {
  closeRel(normalCdf(0), 0.5, 0);
  closeRel(normalCdf(1.96), 0.97500210485177956, 1e-15);
  closeRel(normalCdf(-1), 0.15865525393145705, 1e-14);
  closeRel(normalCdf(3), 0.99865010196836991, 1e-15);
  closeRel(normalCdf(-5), 2.8665157187919391e-7, 1e-14);
  closeRel(normalCdf(-10), 7.6198530241605261e-24, 1e-14);
  // Far tail: relative precision is kept (a naive 1 − Φ(36) would be 0).
  closeRel(normalCdf(-36), 4.1826240657972833e-284, 1e-13);
});

test('normalCdf is symmetric, monotone and within [0, 1]', () => {
  let previous = 0;
  for (let x = -40; x <= 40; x += 0.0625) {
    const value = normalCdf(x);
    assert.ok(value >= previous, `not monotone at ${x}`);
    assert.ok(value >= 0 && value <= 1);
    if (Math.abs(x) < 8) assert.ok(Math.abs(value + normalCdf(-x) - 1) < 2e-16, `not symmetric at ${x}`);
    previous = value;
  }
});

test('normalCdf is continuous across the switch between series and continued fraction', () => {
  const below = normalCdf(-2 + 1e-12);
  const at = normalCdf(-2);
  assert.ok(Math.abs(below - at) / at < 1e-10);
});

test('normalCdf edge cases: infinities, NaN, underflow', () => {
  assert.equal(normalCdf(-Infinity), 0);
  assert.equal(normalCdf(Infinity), 1);
  assert.ok(Number.isNaN(normalCdf(NaN)));
  assert.equal(normalCdf(-50), 0);
  assert.equal(normalCdf(50), 1);
});
