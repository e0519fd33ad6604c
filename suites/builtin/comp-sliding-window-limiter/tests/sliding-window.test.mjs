import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SlidingWindowLimiter } from '../sliding-window.mjs';

function make(limit, windowMs) {
  let t = 0;
  const lim = new SlidingWindowLimiter({ limit, windowMs, now: () => t });
  return { lim, at: (v) => { t = v; } };
}

test('allows up to limit per window', () => {
  const { lim, at } = make(2, 1000);
  assert.equal(lim.tryAcquire('k'), true);
  at(10);
  assert.equal(lim.tryAcquire('k'), true);
  at(20);
  assert.equal(lim.tryAcquire('k'), false);
  assert.equal(lim.retryAfter('k'), 980);
});

test('window boundary is exclusive', () => {
  const { lim, at } = make(1, 1000);
  lim.tryAcquire('k');
  at(999);
  assert.equal(lim.tryAcquire('k'), false);
  assert.equal(lim.retryAfter('k'), 1);
  at(1000);
  assert.equal(lim.retryAfter('k'), 0);
  assert.equal(lim.tryAcquire('k'), true);
});

test('rejected attempts do not count', () => {
  const { lim, at } = make(2, 100);
  lim.tryAcquire('k');
  lim.tryAcquire('k');
  for (let t = 1; t < 100; t += 7) { at(t); assert.equal(lim.tryAcquire('k'), false); }
  at(100);
  assert.equal(lim.tryAcquire('k'), true);
  assert.equal(lim.tryAcquire('k'), true);
  assert.equal(lim.tryAcquire('k'), false);
});

test('sliding, not fixed, windows', () => {
  const { lim, at } = make(3, 1000);
  at(0); lim.tryAcquire('k');
  at(400); lim.tryAcquire('k');
  at(800); lim.tryAcquire('k');
  at(1200);
  assert.equal(lim.tryAcquire('k'), true);
  assert.equal(lim.tryAcquire('k'), false);
  assert.equal(lim.retryAfter('k'), 200);
});

test('keys are independent; reset', () => {
  const { lim } = make(1, 1000);
  assert.equal(lim.tryAcquire('a'), true);
  assert.equal(lim.tryAcquire('b'), true);
  assert.equal(lim.tryAcquire('a'), false);
  assert.equal(lim.retryAfter('c'), 0);
  lim.reset('a');
  assert.equal(lim.tryAcquire('a'), true);
  lim.reset();
  assert.equal(lim.tryAcquire('b'), true);
});
