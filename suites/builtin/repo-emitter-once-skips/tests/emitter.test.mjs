import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Emitter } from '../src/emitter.mjs';

test('listeners run in registration order with the arguments', () => {
  const e = new Emitter();
  const calls = [];
  e.on('x', (a, b) => calls.push(`1:${a}${b}`));
  e.on('x', (a, b) => calls.push(`2:${a}${b}`));
  assert.equal(e.emit('x', 'a', 'b'), true);
  assert.deepEqual(calls, ['1:ab', '2:ab']);
  assert.equal(e.emit('none'), false);
});

test('once listeners run a single time', () => {
  const e = new Emitter();
  let n = 0;
  e.once('x', () => n++);
  e.emit('x');
  e.emit('x');
  assert.equal(n, 1);
  assert.equal(e.listenerCount('x'), 0);
});

test('the function returned by on() unsubscribes', () => {
  const e = new Emitter();
  let n = 0;
  const off = e.on('x', () => n++);
  off();
  e.emit('x');
  assert.equal(n, 0);
});

test('a listener removed by an earlier listener during emit is not called', () => {
  const e = new Emitter();
  const calls = [];
  const late = () => calls.push('late');
  e.on('x', () => { calls.push('first'); e.off('x', late); });
  e.on('x', late);
  e.emit('x');
  assert.deepEqual(calls, ['first']);
});

test('a listener added during emit is only called by the next emit', () => {
  const e = new Emitter();
  const calls = [];
  e.on('x', () => { calls.push('a'); if (calls.length === 1) e.on('x', () => calls.push('added')); });
  e.emit('x');
  assert.deepEqual(calls, ['a']);
  e.emit('x');
  assert.deepEqual(calls, ['a', 'a', 'added']);
});
