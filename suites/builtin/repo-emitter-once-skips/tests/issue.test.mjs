import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Emitter } from '../src/emitter.mjs';

test('issue: the listener after a once listener is called', () => {
  const e = new Emitter();
  const calls = [];
  e.once('ready', () => calls.push('once'));
  e.on('ready', () => calls.push('on'));
  e.emit('ready');
  e.emit('ready');
  assert.deepEqual(calls, ['once', 'on', 'on']);
});

test('issue: two once listeners both fire on the first emit', () => {
  const e = new Emitter();
  const calls = [];
  e.once('x', () => calls.push(1));
  e.once('x', () => calls.push(2));
  e.on('x', () => calls.push(3));
  e.emit('x');
  assert.deepEqual(calls, [1, 2, 3]);
});

test('issue: a listener that unsubscribes itself does not skip the next one', () => {
  const e = new Emitter();
  const calls = [];
  const stop = e.on('tick', () => { calls.push('t1'); stop(); });
  e.on('tick', () => calls.push('t2'));
  e.emit('tick');
  assert.deepEqual(calls, ['t1', 't2']);
});

test('a once listener re-emitting the event is not called twice', () => {
  const e = new Emitter();
  let n = 0;
  e.once('x', () => { n++; e.emit('x'); });
  e.emit('x');
  assert.equal(n, 1);
});

test('issue: removing a later listener during emit, after a once listener', () => {
  const e = new Emitter();
  const calls = [];
  const c = () => calls.push('c');
  e.once('x', () => calls.push('a'));
  e.on('x', () => { calls.push('b'); e.off('x', c); });
  e.on('x', c);
  e.on('x', () => calls.push('d'));
  e.emit('x');
  assert.deepEqual(calls, ['a', 'b', 'd']);
});
