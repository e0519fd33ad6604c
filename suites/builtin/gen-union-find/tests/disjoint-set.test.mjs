import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DisjointSet } from '../disjoint-set.mjs';

test('add is idempotent and chainable', () => {
  const ds = new DisjointSet();
  assert.equal(ds.add('a').add('b').add('a'), ds);
  assert.equal(ds.size, 2);
  assert.equal(ds.count, 2);
});

test('union reports whether it merged', () => {
  const ds = new DisjointSet();
  assert.equal(ds.union('a', 'b'), true);
  assert.equal(ds.union('b', 'a'), false);
  assert.equal(ds.union('c', 'd'), true);
  assert.equal(ds.union('a', 'd'), true);
  assert.equal(ds.union('c', 'b'), false);
  assert.equal(ds.count, 1);
  assert.equal(ds.size, 4);
  assert.equal(ds.sizeOf('c'), 4);
});

test('find and connected', () => {
  const ds = new DisjointSet();
  ds.union(1, 2);
  ds.add(3);
  assert.equal(ds.find(1), ds.find(2));
  assert.notEqual(ds.find(1), ds.find(3));
  assert.equal(ds.connected(1, 2), true);
  assert.equal(ds.connected(1, 3), false);
  assert.equal(ds.connected(1, 99), false);
  assert.throws(() => ds.find(99), RangeError);
  assert.throws(() => ds.sizeOf('x'), RangeError);
});

test('groups are ordered by first-added element', () => {
  const ds = new DisjointSet();
  ds.add('a').add('b').add('c');
  ds.union('c', 'a');
  assert.deepEqual(ds.groups(), [['a', 'c'], ['b']]);
});

test('groups with elements added through union', () => {
  const ds = new DisjointSet();
  ds.union('x', 'y');
  ds.union('p', 'q');
  ds.union('z', 'y');
  ds.union('q', 'x');
  ds.add('lonely');
  assert.deepEqual(ds.groups(), [['x', 'y', 'p', 'q', 'z'], ['lonely']]);
  const ds2 = new DisjointSet();
  ds2.add(5).add(4).add(3).add(2);
  ds2.union(2, 3);
  ds2.union(3, 4);
  assert.deepEqual(ds2.groups(), [[5], [4, 3, 2]]);
});

test('keys compared like Map keys', () => {
  const ds = new DisjointSet();
  const o = {};
  ds.union(o, '1');
  ds.union(1, -0);
  assert.equal(ds.connected(o, '1'), true);
  assert.equal(ds.connected('1', 1), false);
  assert.equal(ds.connected(0, 1), true);
  assert.equal(ds.count, 2);
  assert.deepEqual(new DisjointSet().groups(), []);
});

test('large chains stay fast', () => {
  const ds = new DisjointSet();
  const n = 100_000;
  for (let i = 1; i < n; i++) ds.union(i - 1, i);
  assert.equal(ds.count, 1);
  assert.equal(ds.sizeOf(0), n);
  for (let i = 0; i < n; i += 997) assert.equal(ds.connected(0, i), true);
});
