import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hodgesLehmannShift } from './hodges-lehmann-shift.js';

/** The definition: sort every pairwise difference and take the median. */
function bruteForce(x: readonly number[], y: readonly number[]): number {
  const d: number[] = [];
  for (const a of x) for (const b of y) d.push(a - b);
  d.sort((p, q) => p - q);
  const m = d.length;
  return m % 2 === 1 ? d[(m - 1) / 2]! : d[m / 2 - 1]! / 2 + d[m / 2]! / 2;
}

/** A small deterministic generator for test data. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

test('hodgesLehmannShift matches the definition on small examples', () => {
  assert.equal(hodgesLehmannShift([10, 12, 14], [9, 10]), 2.5);
  assert.equal(hodgesLehmannShift([1, 2, 3], [1, 2, 3]), 0);
  assert.equal(hodgesLehmannShift([7], [3]), 4);
});

test('hodgesLehmannShift agrees with brute force on random samples, with and without ties', () => {
  const random = lcg(42);
  for (let trial = 0; trial < 200; trial++) {
    const n1 = 1 + Math.floor(random() * 25);
    const n2 = 1 + Math.floor(random() * 25);
    const tied = trial % 2 === 0;
    const draw = (): number => (tied ? Math.floor(random() * 6) : (random() - 0.3) * 1e3);
    const x = Array.from({ length: n1 }, draw);
    const y = Array.from({ length: n2 }, draw);
    assert.equal(hodgesLehmannShift(x, y), bruteForce(x, y), `trial ${trial}`);
  }
});

test('hodgesLehmannShift is antisymmetric and shift-equivariant', () => {
  const x = [3, 8, 1, 9, 14, 2];
  const y = [4, 4, 7, 0];
  assert.equal(hodgesLehmannShift(y, x), -hodgesLehmannShift(x, y));
  assert.equal(hodgesLehmannShift(x.map((v) => v + 100), y), hodgesLehmannShift(x, y) + 100);
});

test('hodgesLehmannShift on logarithms gives a ratio ("40% more tokens")', () => {
  const before = [1200, 950, 3100, 1800, 2200, 1500, 990, 4100];
  const now = before.map((v) => v * 1.4);
  const ratio = Math.exp(hodgesLehmannShift(now.map(Math.log), before.map(Math.log)));
  assert.ok(Math.abs(ratio - 1.4) < 1e-12);
});

test('hodgesLehmannShift handles large samples without materialising the differences', () => {
  const random = lcg(7);
  const x = Array.from({ length: 20000 }, () => random() * 100 + 5);
  const y = Array.from({ length: 20000 }, () => random() * 100);
  const shift = hodgesLehmannShift(x, y);
  assert.ok(Math.abs(shift - 5) < 1.5, `${shift}`);
});

test('hodgesLehmannShift edge cases and argument validation', () => {
  assert.equal(hodgesLehmannShift([2, 2, 2], [2, 2]), 0);
  assert.equal(hodgesLehmannShift([-0], [0]), 0);
  assert.throws(() => hodgesLehmannShift([], [1]), RangeError);
  assert.throws(() => hodgesLehmannShift([1], []), RangeError);
  assert.throws(() => hodgesLehmannShift([NaN], [1]), RangeError);
});
