import { test } from 'node:test';
import assert from 'node:assert/strict';
import { logGamma, logGammaStirlingRemainder } from './log-gamma.js';

function closeAbs(actual: number, expected: number, abs: number): void {
  assert.ok(Math.abs(actual - expected) <= abs, `got ${actual}, expected ${expected}`);
}

test('logGamma matches high-precision values', () => {
  closeAbs(logGamma(0.5), 0.57236494292470009, 2e-15); // ln √π
  closeAbs(logGamma(10), 12.80182748008147, 2e-15); // ln 9!
  closeAbs(logGamma(100), 359.1342053695754, 1e-13);
  closeAbs(logGamma(1000.5), 5908.6741758486775, 1e-12);
  closeAbs(logGamma(0.001), 6.9071788853838537, 1e-14);
  closeAbs(logGamma(3.7), 1.4280723266653881, 2e-15);
});

test('logGamma is exact at small integers and satisfies the recurrence', () => {
  assert.equal(logGamma(1), 0);
  assert.equal(logGamma(2), 0);
  assert.equal(logGamma(4), Math.log(6));
  for (let x = 0.05; x < 60; x += 0.37) {
    closeAbs(logGamma(x + 1) - logGamma(x), Math.log(x), 1e-13 * Math.max(1, logGamma(x + 1)));
  }
});

test('logGamma edge cases and argument validation', () => {
  assert.equal(logGamma(Infinity), Infinity);
  closeAbs(logGamma(1e-300), -Math.log(1e-300), 1e-12);
  for (const bad of [0, -1, -0.5, NaN]) assert.throws(() => logGamma(bad), RangeError);
});

test('logGammaStirlingRemainder is about 1/(12x) and consistent with logGamma', () => {
  closeAbs(logGammaStirlingRemainder(1000), 1 / 12000 - 1 / 360e9, 1e-18);
  for (const x of [0.3, 2, 9.9, 10, 55]) {
    const stirling = (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI);
    closeAbs(stirling + logGammaStirlingRemainder(x), logGamma(x), 1e-13);
  }
  assert.throws(() => logGammaStirlingRemainder(0), RangeError);
});
