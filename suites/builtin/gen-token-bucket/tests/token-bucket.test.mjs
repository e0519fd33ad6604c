import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TokenBucket } from '../token-bucket.mjs';

function clock(start = 0) {
  let t = start;
  const now = () => t;
  now.set = (v) => { t = v; };
  return now;
}

test('starts full and refuses when empty', () => {
  const now = clock();
  const b = new TokenBucket({ capacity: 2, refillPerSecond: 1, now });
  assert.equal(b.available(), 2);
  assert.equal(b.tryRemove(), true);
  assert.equal(b.tryRemove(), true);
  assert.equal(b.tryRemove(), false);
  assert.equal(b.msUntil(), 1000);
});

test('refills continuously and accumulates fractions', () => {
  const now = clock();
  const b = new TokenBucket({ capacity: 2, refillPerSecond: 1, now });
  b.tryRemove(2);
  now.set(600);
  assert.equal(b.available(), 0);
  now.set(1200);
  assert.equal(b.available(), 1);
  assert.equal(b.tryRemove(), true);
  assert.equal(b.msUntil(), 800);
});

test('never exceeds capacity', () => {
  const now = clock();
  const b = new TokenBucket({ capacity: 3, refillPerSecond: 10, now });
  now.set(60_000);
  assert.equal(b.available(), 3);
  assert.equal(b.tryRemove(3), true);
  assert.equal(b.tryRemove(1), false);
});

test('failed removal takes nothing', () => {
  const now = clock();
  const b = new TokenBucket({ capacity: 5, refillPerSecond: 2, now });
  assert.equal(b.tryRemove(4), true);
  assert.equal(b.tryRemove(2), false);
  assert.equal(b.available(), 1);
  now.set(500);
  assert.equal(b.tryRemove(2), true);
  assert.equal(b.available(), 0);
});

test('msUntil rounds up and is 0 when available', () => {
  const now = clock(1000);
  const b = new TokenBucket({ capacity: 4, refillPerSecond: 3, now });
  assert.equal(b.msUntil(4), 0);
  b.tryRemove(4);
  assert.equal(b.msUntil(1), 334);
  assert.equal(b.msUntil(4), 1334);
  now.set(1334);
  assert.equal(b.tryRemove(1), true);
});

test('clock going backwards adds nothing', () => {
  const now = clock(10_000);
  const b = new TokenBucket({ capacity: 1, refillPerSecond: 1, now });
  b.tryRemove();
  now.set(5_000);
  assert.equal(b.available(), 0);
  now.set(5_999);
  assert.equal(b.available(), 0);
  now.set(6_000);
  assert.equal(b.available(), 1);
});

test('validation', () => {
  const now = clock();
  assert.throws(() => new TokenBucket({ capacity: 0, refillPerSecond: 1, now }), RangeError);
  assert.throws(() => new TokenBucket({ capacity: 1.5, refillPerSecond: 1, now }), RangeError);
  assert.throws(() => new TokenBucket({ capacity: 1, refillPerSecond: 0, now }), RangeError);
  assert.throws(() => new TokenBucket({ capacity: 1, refillPerSecond: Infinity, now }), RangeError);
  const b = new TokenBucket({ capacity: 2, refillPerSecond: 1, now });
  assert.throws(() => b.tryRemove(3), RangeError);
  assert.throws(() => b.tryRemove(0), RangeError);
  assert.throws(() => b.msUntil(1.5), RangeError);
});

test('fractional refill rate', () => {
  const now = clock();
  const b = new TokenBucket({ capacity: 1, refillPerSecond: 0.5, now });
  b.tryRemove();
  assert.equal(b.msUntil(), 2000);
  for (let t = 400; t <= 2000; t += 400) {
    now.set(t);
    b.available();
  }
  assert.equal(b.available(), 1);
});
