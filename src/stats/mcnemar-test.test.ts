import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mcnemarTest } from './mcnemar-test.js';

test('mcnemarTest matches exact binomial values', () => {
  // b = 12, c = 1: 2·P(X ≤ 1), X ~ Bin(13, ½) = 2·14/8192.
  const r = mcnemarTest(12, 1);
  assert.ok(Math.abs(r.exactPValue - 28 / 8192) < 1e-16);
  assert.ok(Math.abs(r.midPValue - (28 - 13) / 8192) < 1e-16);
  const s = mcnemarTest(16, 0);
  assert.ok(Math.abs(s.exactPValue - 2 / 65536) < 1e-18);
});

test('mcnemarTest is symmetric in b and c, and mid-p ≤ exact', () => {
  for (const [b, c] of [[3, 9], [20, 17], [74, 62], [0, 5]] as const) {
    assert.deepEqual(mcnemarTest(b, c), mcnemarTest(c, b));
    const r = mcnemarTest(b, c);
    assert.ok(r.midPValue <= r.exactPValue);
  }
});

test('mcnemarTest edge cases: no discordant pairs, and b = c', () => {
  assert.deepEqual(mcnemarTest(0, 0), { exactPValue: 1, midPValue: 1 });
  const tied = mcnemarTest(69, 69);
  assert.equal(tied.exactPValue, 1);
  assert.ok(tied.midPValue <= 1 && tied.midPValue > 1 - 1e-12);
});

test('mcnemarTest validates its arguments', () => {
  assert.throws(() => mcnemarTest(-1, 3), RangeError);
  assert.throws(() => mcnemarTest(1, 2.5), RangeError);
});
