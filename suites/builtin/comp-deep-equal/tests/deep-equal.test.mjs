import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deepEqual } from '../deep-equal.mjs';

test('primitives (already supported)', () => {
  assert.equal(deepEqual(NaN, NaN), true);
  assert.equal(deepEqual(0, -0), true);
  assert.equal(deepEqual('1', 1), false);
});

test('arrays', () => {
  assert.equal(deepEqual([1, [2, 3]], [1, [2, 3]]), true);
  assert.equal(deepEqual([1, 2], [1, 2, 3]), false);
  assert.equal(deepEqual([[]], [[]]), true);
  assert.equal(deepEqual([NaN], [NaN]), true);
  assert.equal(deepEqual([1, 2], { 0: 1, 1: 2, length: 2 }), false);
});

test('plain objects: key order ignored, undefined is not missing', () => {
  assert.equal(deepEqual({ a: 1, b: { c: [1] } }, { b: { c: [1] }, a: 1 }), true);
  assert.equal(deepEqual({ a: 1 }, { a: 1, b: 2 }), false);
  assert.equal(deepEqual({ x: undefined }, {}), false);
  assert.equal(deepEqual({}, { x: undefined }), false);
  assert.equal(deepEqual({ a: undefined }, { b: undefined }), false);
  assert.equal(deepEqual({ a: undefined }, { a: undefined }), true);
});

test('symbols and non-enumerable properties are ignored', () => {
  const s = Symbol('s');
  assert.equal(deepEqual({ a: 1, [s]: 1 }, { a: 1, [s]: 2 }), true);
  const hidden = Object.defineProperty({ a: 1 }, 'h', { value: 5, enumerable: false });
  assert.equal(deepEqual(hidden, { a: 1 }), true);
  const hiddenB = Object.defineProperty({ a: 1 }, 'b', { value: 2, enumerable: false });
  assert.equal(deepEqual({ a: 1, b: 2 }, hiddenB), false);
});

test('prototypes matter', () => {
  class Point { constructor(x) { this.x = x; } }
  assert.equal(deepEqual(new Point(1), new Point(1)), true);
  assert.equal(deepEqual(new Point(1), { x: 1 }), false);
  const bare = Object.assign(Object.create(null), { x: 1 });
  assert.equal(deepEqual(bare, Object.assign(Object.create(null), { x: 1 })), true);
  assert.equal(deepEqual(bare, { x: 1 }), false);
});

test('maps', () => {
  const k = { id: 1 };
  assert.equal(deepEqual(new Map([[k, { v: [1] }], [NaN, 2]]), new Map([[NaN, 2], [k, { v: [1] }]])), true);
  assert.equal(deepEqual(new Map([[{ id: 1 }, 1]]), new Map([[{ id: 1 }, 1]])), false, 'object keys by identity');
  assert.equal(deepEqual(new Map([['a', 1]]), new Map([['a', 2]])), false);
  assert.equal(deepEqual(new Map([['a', undefined]]), new Map([['b', undefined]])), false);
  assert.equal(deepEqual(new Map([['a', 1]]), new Map([['a', 1], ['b', 2]])), false);
  assert.equal(deepEqual(new Map(), {}), false);
});

test('sets', () => {
  assert.equal(deepEqual(new Set([1, 2, NaN]), new Set([NaN, 2, 1])), true);
  assert.equal(deepEqual(new Set([1, 2]), new Set([1, 3])), false);
  assert.equal(deepEqual(new Set([1]), new Set([1, 2])), false);
  assert.equal(deepEqual(new Set([[1]]), new Set([[1]])), false, 'members by identity');
});

test('dates and regexps nested', () => {
  assert.equal(deepEqual({ d: new Date(5), r: /x/g }, { d: new Date(5), r: /x/g }), true);
  assert.equal(deepEqual([new Date(5)], [new Date(6)]), false);
});

test('cycles terminate', () => {
  const a = { name: 'n' }; a.self = a;
  const b = { name: 'n' }; b.self = b;
  assert.equal(deepEqual(a, b), true);
  const c = { name: 'n' }; c.self = { name: 'n', self: c };
  assert.equal(deepEqual(a, c), true);
  const d = { name: 'n' }; d.self = { name: 'other', self: d };
  assert.equal(deepEqual(a, d), false);
  const x = [1]; x.push(x);
  const y = [1]; y.push(y);
  assert.equal(deepEqual(x, y), true);
  const m1 = new Map(); m1.set('me', m1);
  const m2 = new Map(); m2.set('me', m2);
  assert.equal(deepEqual(m1, m2), true);
});

test('shared references are not mistaken for cycles', () => {
  const shared = { v: 1 };
  assert.equal(deepEqual({ p: shared, q: shared }, { p: { v: 1 }, q: { v: 2 } }), false);
  assert.equal(deepEqual({ p: shared, q: shared }, { p: { v: 1 }, q: { v: 1 } }), true);
});
