import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDuration } from '../duration.mjs';

test('single segments', () => {
  assert.equal(parseDuration('250ms'), 250);
  assert.equal(parseDuration('3s'), 3000);
  assert.equal(parseDuration('1m'), 60_000);
  assert.equal(parseDuration('2h'), 7_200_000);
  assert.equal(parseDuration('2d'), 172_800_000);
  assert.equal(parseDuration('0s'), 0);
});

test('ms is not minutes followed by seconds', () => {
  assert.equal(parseDuration('1m1ms'), 60_001);
  assert.equal(parseDuration('5ms5s'), 5005);
});

test('multiple segments and whitespace', () => {
  assert.equal(parseDuration('1h30m'), 5_400_000);
  assert.equal(parseDuration(' 2m 5s '), 125_000);
  assert.equal(parseDuration('30m1h'), 5_400_000);
  assert.equal(parseDuration('1d 1h 1m 1s 1ms'), 90_061_001);
});

test('fractions', () => {
  assert.equal(parseDuration('1.5s'), 1500);
  assert.equal(parseDuration('0.25h'), 900_000);
  assert.equal(parseDuration('0.5ms'), 0.5);
});

test('invalid input throws SyntaxError', () => {
  for (const bad of ['', '   ', '5', 'abc', '5x', '1 h', '-1s', '+1s', '1H', '.5s', '1.s', '1e3ms', '1h abc', 'h1', '1hh']) {
    assert.throws(() => parseDuration(bad), SyntaxError, JSON.stringify(bad));
  }
});

test('non-string throws TypeError', () => {
  assert.throws(() => parseDuration(1000), TypeError);
});
