import { test } from 'node:test';
import assert from 'node:assert/strict';
import { passAtK } from './pass-at-k.js';
import { passHatK } from './pass-hat-k.js';

/** C(n, k) exactly, with big integers. */
function choose(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  let r = 1n;
  for (let i = 0; i < k; i++) r = (r * BigInt(n - i)) / BigInt(i + 1);
  return r;
}

test('passHatK matches C(c, k)/C(n, k)', () => {
  for (const n of [1, 4, 10, 33]) {
    for (let c = 0; c <= n; c++) {
      for (let k = 0; k <= n; k++) {
        const expected = Number((choose(c, k) * 10n ** 30n) / choose(n, k)) / 1e30;
        assert.ok(Math.abs(passHatK(n, c, k) - expected) < 1e-14, `n=${n} c=${c} k=${k}`);
      }
    }
  }
  assert.ok(Math.abs(passHatK(10, 8, 2) - 56 / 90) < 1e-16);
});

test('passHatK(n, c, 1) = c/n, non-increasing in k, never above passAtK', () => {
  for (const [n, c] of [[10, 6], [50, 49], [8, 4]] as const) {
    assert.ok(Math.abs(passHatK(n, c, 1) - c / n) < 1e-16);
    for (let k = 1; k <= n; k++) {
      assert.ok(passHatK(n, c, k) <= passHatK(n, c, k - 1));
      assert.ok(passHatK(n, c, k) <= passAtK(n, c, k));
    }
  }
});

test('passHatK edge cases: k = 0, c < k, c = n', () => {
  assert.equal(passHatK(10, 3, 0), 1);
  assert.equal(passHatK(0, 0, 0), 1);
  assert.equal(passHatK(10, 3, 4), 0);
  assert.equal(passHatK(10, 10, 10), 1);
  assert.equal(passHatK(10, 0, 1), 0);
});

test('passHatK validates its arguments', () => {
  assert.throws(() => passHatK(10, 3, 11), RangeError);
  assert.throws(() => passHatK(10, 11, 1), RangeError);
  assert.throws(() => passHatK(10, -1, 1), RangeError);
  assert.throws(() => passHatK(10, 3, 0.5), RangeError);
});
