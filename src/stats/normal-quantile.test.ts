import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalCdf } from './normal-cdf.js';
import { normalQuantile } from './normal-quantile.js';

function closeRel(actual: number, expected: number, rel: number): void {
  assert.ok(Math.abs(actual - expected) <= rel * Math.abs(expected), `got ${actual}, expected ${expected}`);
}

test('normalQuantile matches high-precision values to ~1e-15', () => {
  // References computed for the exact binary values of these p (30 digits).
  closeRel(normalQuantile(0.975), 1.9599639845400539, 2e-15);
  closeRel(normalQuantile(0.995), 2.5758293035489005, 2e-15);
  closeRel(normalQuantile(0.9), 1.2815515655446006, 2e-15);
  closeRel(normalQuantile(0.3), -0.52440051270804082, 2e-15);
  closeRel(normalQuantile(1e-100), -21.273453560965324, 2e-15);
});

test('normalQuantile inverts normalCdf across 300 orders of magnitude', () => {
  for (let e = -300; e <= -1; e += 7) {
    for (const m of [1, 2.5, 7]) {
      const p = m * 10 ** e;
      const x = normalQuantile(p);
      // One unit in the last place of x moves Φ by a relative |x|²·1.1e-16 in the far tail.
      const tolerance = p * 2e-16 * Math.max(10, x * x);
      assert.ok(Math.abs(normalCdf(x) - p) <= tolerance, `p = ${p}: Φ(${x}) = ${normalCdf(x)}`);
    }
  }
  for (let p = 0.01; p < 1; p += 0.01) {
    const x = normalQuantile(p);
    assert.ok(Math.abs(normalCdf(x) - p) <= 4e-16, `p = ${p}`);
  }
});

test('normalQuantile is antisymmetric and monotone', () => {
  for (const p of [1e-12, 0.001, 0.025, 0.2, 0.4999]) {
    assert.equal(normalQuantile(1 - p), -normalQuantile(1 - (1 - p)));
  }
  let previous = -Infinity;
  for (let p = 0.001; p < 1; p += 0.001) {
    const x = normalQuantile(p);
    assert.ok(x > previous);
    previous = x;
  }
});

test('normalQuantile edge cases and argument validation', () => {
  assert.equal(normalQuantile(0), -Infinity);
  assert.equal(normalQuantile(1), Infinity);
  assert.equal(normalQuantile(0.5), 0);
  assert.ok(Number.isFinite(normalQuantile(Number.MIN_VALUE)));
  for (const bad of [-0.1, 1.1, NaN]) assert.throws(() => normalQuantile(bad), RangeError);
});
