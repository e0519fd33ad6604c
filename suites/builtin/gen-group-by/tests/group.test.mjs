import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupBy, countBy, partition } from '../group.mjs';

test('groupBy with a function keeps first-seen key order and item order', () => {
  const words = ['apple', 'bob', 'avocado', 'cat', 'banana'];
  const g = groupBy(words, (w) => w[0]);
  assert.ok(g instanceof Map);
  assert.deepEqual([...g.keys()], ['a', 'b', 'c']);
  assert.deepEqual(g.get('a'), ['apple', 'avocado']);
  assert.deepEqual(g.get('b'), ['bob', 'banana']);
});

test('groupBy with a property name', () => {
  const people = [{ team: 'red', n: 1 }, { team: 'blue', n: 2 }, { team: 'red', n: 3 }];
  const g = groupBy(people, 'team');
  assert.deepEqual([...g.keys()], ['red', 'blue']);
  assert.deepEqual(g.get('red').map((p) => p.n), [1, 3]);
});

test('keys keep their type and first-seen order', () => {
  const g = groupBy([10, 2, 10, 1], (x) => x);
  assert.deepEqual([...g.keys()], [10, 2, 1]);
  const mixed = groupBy([1, '1', 1], (x) => x);
  assert.deepEqual([...mixed.entries()], [[1, [1, 1]], ['1', ['1']]]);
});

test('undefined and object keys', () => {
  const g = groupBy([{ a: 1 }, {}, { a: 1 }], 'a');
  assert.deepEqual([...g.keys()], [1, undefined]);
  const k = { id: 'k' };
  const byObj = groupBy(['x', 'y'], () => k);
  assert.equal(byObj.get(k).length, 2);
});

test('key function receives the index; any iterable works', () => {
  const g = groupBy(new Set(['a', 'b', 'c', 'd']), (_, i) => i % 2);
  assert.deepEqual([...g.entries()], [[0, ['a', 'c']], [1, ['b', 'd']]]);
  function* gen() { yield 3; yield 4; yield 5; }
  assert.deepEqual([...groupBy(gen(), (x) => x > 3).keys()], [false, true]);
});

test('countBy', () => {
  const c = countBy([3, 1, 3, 3, 2], (x) => x);
  assert.deepEqual([...c.entries()], [[3, 3], [1, 1], [2, 1]]);
  assert.equal(countBy([], 'x').size, 0);
});

test('partition', () => {
  assert.deepEqual(partition([1, 2, 3, 4, 5], (x) => x % 2), [[1, 3, 5], [2, 4]]);
  assert.deepEqual(partition(['a', 'b', 'c'], (_, i) => i === 1), [['b'], ['a', 'c']]);
  assert.deepEqual(partition([], () => true), [[], []]);
});
