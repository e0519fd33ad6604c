import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Emitter } from '../emitter.mjs';

test('runs once with the emitted arguments and this', () => {
  const e = new Emitter();
  const calls = [];
  assert.equal(e.once('x', function (...args) { calls.push([this, args]); }), e);
  assert.equal(e.emit('x', 1, 2), true);
  assert.equal(e.emit('x', 3), false);
  assert.equal(calls.length, 1);
  assert.equal(calls[0][0], e);
  assert.deepEqual(calls[0][1], [1, 2]);
  assert.equal(e.listenerCount('x'), 0);
});

test('is removed before it runs (re-entrant emit)', () => {
  const e = new Emitter();
  let count = 0;
  e.once('tick', () => {
    count++;
    e.emit('tick');
  });
  e.emit('tick');
  assert.equal(count, 1);
  assert.equal(e.listenerCount('tick'), 0);
});

test('off with the original listener cancels it', () => {
  const e = new Emitter();
  let count = 0;
  const fn = () => count++;
  e.once('x', fn);
  assert.equal(e.listenerCount('x'), 1);
  e.off('x', fn);
  assert.equal(e.emit('x'), false);
  assert.equal(count, 0);
});

test('keeps registration order with on() listeners', () => {
  const e = new Emitter();
  const order = [];
  e.on('x', () => order.push('a'));
  e.once('x', () => order.push('b'));
  e.on('x', () => order.push('c'));
  e.emit('x');
  e.emit('x');
  assert.deepEqual(order, ['a', 'b', 'c', 'a', 'c']);
});

test('the same function registered twice with once runs twice in one emit', () => {
  const e = new Emitter();
  let count = 0;
  const fn = () => count++;
  e.once('x', fn).once('x', fn);
  e.emit('x');
  assert.equal(count, 2);
  e.emit('x');
  assert.equal(count, 2);
});

test('non-function throws TypeError', () => {
  assert.throws(() => new Emitter().once('x', 'nope'), TypeError);
});
