import { test } from 'node:test';
import assert from 'node:assert/strict';
import { twoProportionZTest } from './two-proportion-z-test.js';

test('twoProportionZTest matches reference values', () => {
  const r = twoProportionZTest(45, 174, 52, 423);
  assert.ok(Math.abs(r.z - 4.084195648885231) < 1e-13);
  assert.ok(Math.abs(r.pValue - 4.4229754264620664e-5) < 1e-12 * 4.4e-5 * 1e3);
});

test('twoProportionZTest keeps tiny p-values in relative precision', () => {
  const r = twoProportionZTest(611, 709, 141, 1534);
  assert.ok(Math.abs(r.z - 35.90994847583585) < 1e-12);
  assert.ok(Math.abs(r.pValue - 2.136602066367421e-282) < 1e-9 * 2.136602066367421e-282);
});

test('twoProportionZTest is antisymmetric in its samples and gives p = 1 for equal rates', () => {
  const a = twoProportionZTest(30, 100, 45, 120);
  const b = twoProportionZTest(45, 120, 30, 100);
  assert.equal(a.z, -b.z);
  assert.equal(a.pValue, b.pValue);
  const same = twoProportionZTest(20, 40, 50, 100);
  assert.equal(same.z, 0);
  assert.equal(same.pValue, 1);
});

test('twoProportionZTest edge cases: an empty sample or a pooled rate of 0 or 1 is no evidence', () => {
  assert.deepEqual(twoProportionZTest(0, 0, 5, 10), { z: 0, pValue: 1 });
  assert.deepEqual(twoProportionZTest(5, 10, 0, 0), { z: 0, pValue: 1 });
  assert.deepEqual(twoProportionZTest(0, 10, 0, 20), { z: 0, pValue: 1 });
  assert.deepEqual(twoProportionZTest(10, 10, 20, 20), { z: 0, pValue: 1 });
});

test('twoProportionZTest validates its arguments', () => {
  assert.throws(() => twoProportionZTest(-1, 10, 5, 10), RangeError);
  assert.throws(() => twoProportionZTest(11, 10, 5, 10), RangeError);
  assert.throws(() => twoProportionZTest(1, 10, 5, 4), RangeError);
  assert.throws(() => twoProportionZTest(1, 10, 0.5, 4), RangeError);
});
