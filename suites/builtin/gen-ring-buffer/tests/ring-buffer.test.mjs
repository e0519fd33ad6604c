import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RingBuffer } from '../ring-buffer.mjs';

test('constructor validates capacity', () => {
  assert.throws(() => new RingBuffer(0), RangeError);
  assert.throws(() => new RingBuffer(2.5), RangeError);
  assert.throws(() => new RingBuffer('3'), RangeError);
  const b = new RingBuffer(3);
  assert.equal(b.capacity, 3);
  assert.equal(b.size, 0);
  assert.equal(b.isFull, false);
});

test('push until full, then overwrite the oldest', () => {
  const b = new RingBuffer(3);
  assert.equal(b.push(1), undefined);
  assert.equal(b.push(2), undefined);
  assert.equal(b.push(3), undefined);
  assert.equal(b.isFull, true);
  assert.equal(b.push(4), 1);
  assert.equal(b.push(5), 2);
  assert.deepEqual(b.toArray(), [3, 4, 5]);
  assert.equal(b.size, 3);
});

test('shift and peek', () => {
  const b = new RingBuffer(2);
  assert.equal(b.shift(), undefined);
  assert.equal(b.peek(), undefined);
  b.push('a'); b.push('b'); b.push('c');
  assert.equal(b.peek(), 'b');
  assert.equal(b.shift(), 'b');
  assert.equal(b.size, 1);
  b.push('d');
  assert.deepEqual(b.toArray(), ['c', 'd']);
  assert.equal(b.shift(), 'c');
  assert.equal(b.shift(), 'd');
  assert.equal(b.shift(), undefined);
  assert.equal(b.size, 0);
});

test('at with positive and negative indexes after wrap-around', () => {
  const b = new RingBuffer(4);
  for (let i = 1; i <= 6; i++) b.push(i);
  assert.equal(b.at(0), 3);
  assert.equal(b.at(3), 6);
  assert.equal(b.at(4), undefined);
  assert.equal(b.at(-1), 6);
  assert.equal(b.at(-4), 3);
  assert.equal(b.at(-5), undefined);
});

test('iteration and toArray are oldest to newest and independent copies', () => {
  const b = new RingBuffer(3);
  for (const x of 'abcde') b.push(x);
  assert.deepEqual([...b], ['c', 'd', 'e']);
  const arr = b.toArray();
  arr.push('z');
  assert.deepEqual(b.toArray(), ['c', 'd', 'e']);
});

test('clear and reuse; undefined items are stored', () => {
  const b = new RingBuffer(2);
  b.push(1); b.push(2); b.push(3);
  b.clear();
  assert.equal(b.size, 0);
  assert.deepEqual(b.toArray(), []);
  b.push(undefined);
  b.push(7);
  assert.equal(b.size, 2);
  assert.deepEqual(b.toArray(), [undefined, 7]);
  assert.equal(b.push(8), undefined);
  assert.deepEqual(b.toArray(), [7, 8]);
});

test('capacity one', () => {
  const b = new RingBuffer(1);
  assert.equal(b.push('x'), undefined);
  assert.equal(b.push('y'), 'x');
  assert.equal(b.at(-1), 'y');
  assert.deepEqual([...b], ['y']);
});
