import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LFUCache } from '../lfu-cache.mjs';

test('set and get', () => {
  const c = new LFUCache(2);
  assert.equal(c.set('a', 1).set('b', 2), c);
  assert.equal(c.get('a'), 1);
  assert.equal(c.size, 2);
  assert.deepEqual(c.keysByFrequency(), [['b', 1], ['a', 2]]);
});

test('evicts the least frequently used', () => {
  const c = new LFUCache(2);
  const evicted = [];
  c.onEvict = (k, v) => evicted.push([k, v]);
  c.set('a', 1).set('b', 2);
  c.get('a');
  c.set('c', 3);
  assert.deepEqual(evicted, [['b', 2]]);
  assert.equal(c.has('b'), false);
  assert.deepEqual(c.keysByFrequency(), [['c', 1], ['a', 2]]);
});

test('ties evict the entry that has been at that frequency longest', () => {
  const c = new LFUCache(3);
  const evicted = [];
  c.onEvict = (k) => evicted.push(k);
  c.set('a', 1).set('b', 2).set('c', 3);
  c.set('d', 4);
  assert.deepEqual(evicted, ['a']);
  c.get('b');
  c.set('e', 5);
  assert.deepEqual(evicted, ['a', 'c']);
  c.get('d');
  c.set('f', 6);
  assert.deepEqual(evicted, ['a', 'c', 'e']);
  c.get('f');
  c.set('g', 7);
  assert.deepEqual(evicted, ['a', 'c', 'e', 'b']);
  assert.deepEqual(c.keysByFrequency(), [['g', 1], ['d', 2], ['f', 2]]);
});

test('updating a value counts as a use', () => {
  const c = new LFUCache(2);
  const evicted = [];
  c.onEvict = (k) => evicted.push(k);
  c.set('a', 1).set('b', 2);
  c.set('a', 10);
  c.set('c', 3);
  assert.deepEqual(evicted, ['b']);
  assert.equal(c.peek('a'), 10);
  assert.equal(c.size, 2);
});

test('minFreq resets to 1 after inserting', () => {
  const c = new LFUCache(2);
  const evicted = [];
  c.onEvict = (k) => evicted.push(k);
  c.set('x', 1);
  c.get('x'); c.get('x');
  c.set('y', 2);
  c.get('y'); c.get('y'); c.get('y');
  c.set('z', 3);
  assert.deepEqual(evicted, ['x']);
  c.set('w', 4);
  assert.deepEqual(evicted, ['x', 'z']);
  assert.deepEqual(c.keysByFrequency(), [['w', 1], ['y', 4]]);
});

test('capacity one and no callback', () => {
  const c = new LFUCache(1);
  c.set('a', 1);
  c.get('a');
  c.set('b', 2);
  assert.equal(c.has('a'), false);
  assert.equal(c.get('b'), 2);
  assert.throws(() => new LFUCache(0), RangeError);
});
