import { test } from 'node:test';
import assert from 'node:assert/strict';
import { passAtK } from './pass-at-k.js';

/** C(n, k) exactly, with big integers. */
function choose(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  let r = 1n;
  for (let i = 0; i < k; i++) r = (r * BigInt(n - i)) / BigInt(i + 1);
  return r;
}

/** 1 − C(n − c, k)/C(n, k), exactly up to the final division. */
function exact(n: number, c: number, k: number): number {
  const num = choose(n - c, k);
  const den = choose(n, k);
  const scale = 10n ** 30n;
  return 1 - Number((num * scale) / den) / 1e30;
}

test('passAtK matches the combinatorial definition', () => {
  for (const n of [1, 2, 5, 10, 37, 100]) {
    for (let c = 0; c <= n; c += Math.max(1, Math.floor(n / 7))) {
      for (let k = 0; k <= n; k += Math.max(1, Math.floor(n / 9))) {
        assert.ok(Math.abs(passAtK(n, c, k) - exact(n, c, k)) < 1e-14, `n=${n} c=${c} k=${k}`);
      }
    }
  }
  assert.ok(Math.abs(passAtK(10, 3, 5) - 11 / 12) < 1e-15);
});

test('passAtK(n, c, 1) = c/n and passAtK is non-decreasing in k and in c', () => {
  for (const [n, c] of [[10, 6], [28, 17], [200, 3]] as const) {
    assert.ok(Math.abs(passAtK(n, c, 1) - c / n) < 1e-15);
    let previous = 0;
    for (let k = 1; k <= n; k++) {
      const value = passAtK(n, c, k);
      assert.ok(value >= previous - 1e-15);
      previous = value;
    }
  }
  for (let c = 1; c <= 20; c++) assert.ok(passAtK(20, c, 5) >= passAtK(20, c - 1, 5));
});

test('passAtK keeps small values in relative precision', () => {
  // 1 − (1 − 1/1e6) = 1e-6 exactly; a naive 1 − product loses digits.
  const value = passAtK(1_000_000, 1, 1);
  assert.ok(Math.abs(value - 1e-6) < 1e-21);
});

test('passAtK edge cases: k = 0, c = 0, k = n, n − c < k', () => {
  assert.equal(passAtK(10, 4, 0), 0);
  assert.equal(passAtK(0, 0, 0), 0);
  assert.equal(passAtK(10, 0, 5), 0);
  assert.equal(passAtK(10, 1, 10), 1);
  assert.equal(passAtK(10, 7, 4), 1);
  assert.equal(passAtK(10, 10, 1), 1);
});

test('passAtK validates its arguments', () => {
  assert.throws(() => passAtK(10, 3, 11), RangeError);
  assert.throws(() => passAtK(10, 11, 1), RangeError);
  assert.throws(() => passAtK(-1, 0, 0), RangeError);
  assert.throws(() => passAtK(10, -1, 1), RangeError);
  assert.throws(() => passAtK(10, 3, -1), RangeError);
  assert.throws(() => passAtK(10, 3, 1.5), RangeError);
});
