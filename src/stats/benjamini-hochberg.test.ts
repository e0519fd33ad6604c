import { test } from 'node:test';
import assert from 'node:assert/strict';
import { benjaminiHochberg } from './benjamini-hochberg.js';

test('benjaminiHochberg matches R p.adjust(method = "BH")', () => {
  assert.deepEqual(benjaminiHochberg([0.01, 0.04, 0.03]), [0.03, 0.04, 0.04]);
  const adjusted = benjaminiHochberg([0.01, 0.02, 0.03, 0.04, 0.05]);
  for (const a of adjusted) assert.ok(Math.abs(a - 0.05) < 1e-17);
  assert.deepEqual(benjaminiHochberg([0.5, 0.9, 0.001]), [0.75, 0.9, 0.003]);
});

test('benjaminiHochberg: adjusted ≥ raw, ≤ 1, and monotone in the raw order', () => {
  let seed = 12345;
  const random = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  for (let trial = 0; trial < 50; trial++) {
    const p = Array.from({ length: 1 + (trial % 30) }, () => random() ** 3);
    const adjusted = benjaminiHochberg(p);
    assert.equal(adjusted.length, p.length);
    p.forEach((raw, i) => {
      assert.ok(adjusted[i]! >= raw && adjusted[i]! <= 1);
      p.forEach((other, j) => {
        if (raw < other) assert.ok(adjusted[i]! <= adjusted[j]!);
        if (raw === other) assert.equal(adjusted[i], adjusted[j]);
      });
    });
  }
});

test('benjaminiHochberg edge cases: empty, single, zeros and ones', () => {
  assert.deepEqual(benjaminiHochberg([]), []);
  assert.deepEqual(benjaminiHochberg([0.2]), [0.2]);
  assert.deepEqual(benjaminiHochberg([0, 1]), [0, 1]);
  assert.deepEqual(benjaminiHochberg([0.9, 0.95]), [0.95, 0.95]);
});

test('benjaminiHochberg validates its arguments', () => {
  assert.throws(() => benjaminiHochberg([0.1, -0.01]), RangeError);
  assert.throws(() => benjaminiHochberg([1.2]), RangeError);
  assert.throws(() => benjaminiHochberg([NaN]), RangeError);
});
