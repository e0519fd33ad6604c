import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wilsonInterval } from './wilson-interval.js';

test('wilsonInterval matches reference values', () => {
  const r = wilsonInterval(7, 10);
  assert.ok(Math.abs(r.lower - 0.39677814746114537) < 1e-14);
  assert.ok(Math.abs(r.upper - 0.8922087325936989) < 1e-14);
  const s = wilsonInterval(28, 50, 0.99);
  assert.ok(Math.abs(s.lower - 0.3829247513286641) < 1e-14);
  assert.ok(Math.abs(s.upper - 0.7230169976652207) < 1e-14);
});

test('wilsonInterval contains the point estimate and lies in [0, 1]', () => {
  for (const n of [1, 2, 5, 13, 100, 2500]) {
    for (let successes = 0; successes <= n; successes += Math.max(1, Math.floor(n / 17))) {
      for (const confidence of [0.5, 0.9, 0.95, 0.999]) {
        const { lower, upper } = wilsonInterval(successes, n, confidence);
        const p = successes / n;
        assert.ok(lower >= 0 && upper <= 1 && lower <= p && p <= upper, `${successes}/${n} @ ${confidence}`);
      }
    }
  }
});

test('wilsonInterval narrows with more data and widens with more confidence', () => {
  const width = (s: number, n: number, c = 0.95): number => {
    const r = wilsonInterval(s, n, c);
    return r.upper - r.lower;
  };
  assert.ok(width(70, 100) < width(7, 10));
  assert.ok(width(700, 1000) < width(70, 100));
  assert.ok(width(7, 10, 0.99) > width(7, 10, 0.95));
});

test('wilsonInterval edge cases: n = 0, none and all successes', () => {
  assert.deepEqual(wilsonInterval(0, 0), { lower: 0, upper: 1 });
  const none = wilsonInterval(0, 50);
  assert.ok(none.lower < 1e-15 && Math.abs(none.upper - 0.07134759913335872) < 1e-14);
  const all = wilsonInterval(10, 10);
  assert.ok(all.upper > 1 - 1e-15 && Math.abs(all.lower - 0.7224672001371107) < 1e-14);
});

test('wilsonInterval validates its arguments', () => {
  assert.throws(() => wilsonInterval(-1, 10), RangeError);
  assert.throws(() => wilsonInterval(11, 10), RangeError);
  assert.throws(() => wilsonInterval(1.5, 10), RangeError);
  assert.throws(() => wilsonInterval(1, 10, 0), RangeError);
  assert.throws(() => wilsonInterval(1, 10, 1), RangeError);
  assert.throws(() => wilsonInterval(1, 10, 95), RangeError);
  assert.throws(() => wilsonInterval(1, 10, NaN), RangeError);
});
