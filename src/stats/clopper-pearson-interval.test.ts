import { test } from 'node:test';
import assert from 'node:assert/strict';
import { binomialCdf } from './binomial-cdf.js';
import { clopperPearsonInterval } from './clopper-pearson-interval.js';
import { wilsonInterval } from './wilson-interval.js';

test('clopperPearsonInterval matches closed forms at the boundaries', () => {
  // successes = 0: upper = 1 − (α/2)^(1/n); successes = n: lower = (α/2)^(1/n).
  const none = clopperPearsonInterval(0, 10);
  assert.equal(none.lower, 0);
  assert.ok(Math.abs(none.upper - (1 - 0.025 ** (1 / 10))) < 1e-15);
  const all = clopperPearsonInterval(10, 10);
  assert.equal(all.upper, 1);
  assert.ok(Math.abs(all.lower - 0.025 ** (1 / 10)) < 1e-15);
  const one = clopperPearsonInterval(1, 1, 0.99);
  assert.ok(Math.abs(one.lower - 0.005) < 1e-15);
});

test('clopperPearsonInterval bounds are where the one-sided binomial tails equal α/2', () => {
  for (const [successes, n, confidence] of [[3, 10, 0.95], [41, 350, 0.99], [842, 996, 0.9], [1, 2, 0.8]] as const) {
    const alpha = 1 - confidence;
    const { lower, upper } = clopperPearsonInterval(successes, n, confidence);
    // P(X ≥ successes | lower) = α/2 and P(X ≤ successes | upper) = α/2.
    assert.ok(Math.abs(1 - binomialCdf(successes - 1, n, lower) - alpha / 2) < 1e-12);
    assert.ok(Math.abs(binomialCdf(successes, n, upper) - alpha / 2) < 1e-12);
  }
});

test('clopperPearsonInterval contains the estimate and is at least as wide as Wilson', () => {
  for (const [successes, n] of [[0, 5], [1, 5], [7, 10], [50, 100], [990, 1000]] as const) {
    const cp = clopperPearsonInterval(successes, n);
    const w = wilsonInterval(successes, n);
    assert.ok(cp.lower <= successes / n && successes / n <= cp.upper);
    assert.ok(cp.upper - cp.lower >= w.upper - w.lower);
  }
});

test('clopperPearsonInterval edge cases and argument validation', () => {
  assert.deepEqual(clopperPearsonInterval(0, 0), { lower: 0, upper: 1 });
  assert.throws(() => clopperPearsonInterval(-1, 10), RangeError);
  assert.throws(() => clopperPearsonInterval(11, 10), RangeError);
  assert.throws(() => clopperPearsonInterval(1, 10, 1.5), RangeError);
});
