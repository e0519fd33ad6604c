import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PriorityQueue } from '../priority-queue.mjs';

test('default min-queue of numbers', () => {
  const q = new PriorityQueue();
  assert.equal(q.push(5, 1, 4), 3);
  assert.equal(q.push(2), 4);
  assert.equal(q.peek(), 1);
  assert.deepEqual([q.pop(), q.pop(), q.pop(), q.pop()], [1, 2, 4, 5]);
  assert.equal(q.pop(), undefined);
  assert.equal(q.peek(), undefined);
  assert.equal(q.size, 0);
});

test('custom compare (max-queue)', () => {
  const q = new PriorityQueue({ compare: (a, b) => b - a });
  q.push(3, 9, 1, 7);
  assert.deepEqual(q.toSortedArray(), [9, 7, 3, 1]);
  assert.equal(q.size, 4);
});

test('equal priorities come out in push order', () => {
  const q = new PriorityQueue({ compare: (a, b) => a.p - b.p });
  const names = 'abcdefghijklmnop'.split('');
  names.forEach((name, i) => q.push({ p: i % 3, name }));
  const out = [];
  while (q.size) out.push(q.pop().name);
  assert.deepEqual(out, ['a', 'd', 'g', 'j', 'm', 'p', 'b', 'e', 'h', 'k', 'n', 'c', 'f', 'i', 'l', 'o']);
});

test('stability across interleaved push and pop', () => {
  const q = new PriorityQueue({ compare: (a, b) => a.p - b.p });
  for (let i = 0; i < 10; i++) q.push({ p: 1, id: i });
  assert.equal(q.pop().id, 0);
  assert.equal(q.pop().id, 1);
  q.push({ p: 1, id: 10 }, { p: 0, id: 11 });
  const ids = [];
  while (q.size) ids.push(q.pop().id);
  assert.deepEqual(ids, [11, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
});

test('toSortedArray does not change the queue and is stable', () => {
  const q = new PriorityQueue({ compare: (a, b) => a.length - b.length });
  q.push('ccc', 'a', 'bb', 'b', 'dd', 'c');
  assert.deepEqual(q.toSortedArray(), ['a', 'b', 'c', 'bb', 'dd', 'ccc']);
  assert.equal(q.size, 6);
  assert.equal(q.pop(), 'a');
  assert.deepEqual(q.toSortedArray(), ['b', 'c', 'bb', 'dd', 'ccc']);
});

test('clear', () => {
  const q = new PriorityQueue();
  q.push(1, 2);
  q.clear();
  assert.equal(q.size, 0);
  assert.equal(q.pop(), undefined);
  q.push(3);
  assert.equal(q.pop(), 3);
});

test('large input is sorted and fast', () => {
  const q = new PriorityQueue();
  let x = 12345;
  const values = [];
  for (let i = 0; i < 50_000; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    values.push(x % 1000);
  }
  q.push(...values);
  const out = [];
  while (q.size) out.push(q.pop());
  assert.deepEqual(out, values.slice().sort((a, b) => a - b));
});
