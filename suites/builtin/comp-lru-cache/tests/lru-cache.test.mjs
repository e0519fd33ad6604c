import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LRUCache } from '../lru-cache.mjs';

test('stores and returns values, chains', () => {
  const c = new LRUCache(2);
  assert.equal(c.set('a', 1).set('b', 2), c);
  assert.equal(c.get('a'), 1);
  assert.equal(c.get('b'), 2);
  assert.equal(c.size, 2);
});

test('evicts the least recently used entry', () => {
  const evicted = [];
  const c = new LRUCache(2);
  c.onEvict = (k, v) => evicted.push([k, v]);
  c.set('a', 1).set('b', 2);
  c.get('a');
  c.set('c', 3);
  assert.deepEqual(c.keys(), ['a', 'c']);
  assert.deepEqual(evicted, [['b', 2]]);
});

test('updating an existing key refreshes its recency', () => {
  const evicted = [];
  const c = new LRUCache(2);
  c.onEvict = (k) => evicted.push(k);
  c.set('a', 1).set('b', 2);
  c.set('a', 10);
  assert.equal(c.size, 2);
  assert.deepEqual(evicted, []);
  c.set('c', 3);
  assert.deepEqual(evicted, ['b']);
  assert.equal(c.get('a'), 10);
  assert.deepEqual(c.keys(), ['c', 'a']);
});

test('has and peek do not change recency', () => {
  const c = new LRUCache(2);
  c.set('a', 1).set('b', 2);
  assert.equal(c.has('a'), true);
  assert.equal(c.peek('a'), 1);
  c.set('c', 3);
  assert.equal(c.has('a'), false);
});

test('capacity one and unusual keys', () => {
  const c = new LRUCache(1);
  const objKey = {};
  c.set(objKey, 'obj');
  c.set(NaN, 'nan');
  assert.equal(c.has(objKey), false);
  assert.equal(c.get(NaN), 'nan');
  c.set(undefined, 'u');
  assert.deepEqual(c.keys(), [undefined]);
});

test('works without onEvict', () => {
  const c = new LRUCache(3);
  for (let i = 0; i < 10; i++) c.set(i, i * i);
  assert.deepEqual(c.keys(), [7, 8, 9]);
});
