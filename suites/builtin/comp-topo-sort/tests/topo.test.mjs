import { test } from 'node:test';
import assert from 'node:assert/strict';
import { topoSort, CycleError } from '../topo.mjs';

function assertValid(graph, order) {
  const pos = new Map(order.map((n, i) => [n, i]));
  const entries = graph instanceof Map ? [...graph] : Object.entries(graph);
  for (const [n, deps] of entries) {
    for (const d of deps) assert.ok(pos.get(d) < pos.get(n), `${d} must come before ${n}`);
  }
}

test('independent nodes keep discovery order', () => {
  assert.deepEqual(topoSort({ b: [], a: [], c: [] }), ['b', 'a', 'c']);
  assert.deepEqual(topoSort({}), []);
});

test('dependencies first; dependency-only nodes are included', () => {
  const g = { app: ['lib', 'config'], lib: ['util'] };
  const order = topoSort(g);
  assertValid(g, order);
  assert.deepEqual(order, ['config', 'util', 'lib', 'app']);
});

test('example from the doc comment', () => {
  assert.deepEqual(topoSort({ c: ['a'], a: [], b: [] }), ['a', 'c', 'b']);
});

test('smallest discovery index wins, not first ready', () => {
  assert.deepEqual(topoSort({ d: ['a'], c: ['a'], a: [], b: [] }), ['a', 'd', 'c', 'b']);
  const g = { z: ['x'], y: [], x: [], w: ['y'] };
  assert.deepEqual(topoSort(g), ['y', 'x', 'z', 'w']);
  const g2 = { d: ['b', 'c'], b: ['a'], c: ['a'], e: [], a: [] };
  assert.deepEqual(topoSort(g2), ['e', 'a', 'b', 'c', 'd']);
});

test('Map input and duplicate dependencies', () => {
  const g = new Map([['t', ['s', 's']], ['s', []], ['r', []]]);
  const order = topoSort(g);
  assertValid(g, order);
  assert.deepEqual(order, ['s', 't', 'r']);
});

test('cycles throw CycleError with the unplaced nodes', () => {
  assert.throws(() => topoSort({ a: ['b'], b: ['c'], c: ['a'], d: [] }),
    (e) => e instanceof CycleError && JSON.stringify(e.remaining) === '["a","b","c"]');
  assert.throws(() => topoSort({ x: [], self: ['self'], after: ['self', 'x'] }),
    (e) => e instanceof CycleError && JSON.stringify(e.remaining) === '["self","after"]');
});

test('larger graph stays deterministic and valid', () => {
  const g = {};
  for (let i = 0; i < 200; i++) g[`n${i}`] = i === 0 ? [] : [`n${Math.floor(i / 3)}`];
  const order = topoSort(g);
  assert.equal(order.length, 200);
  assertValid(g, order);
  assert.deepEqual(order.slice(0, 8), ['n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7']);
  assert.deepEqual(topoSort(g), order);
});
