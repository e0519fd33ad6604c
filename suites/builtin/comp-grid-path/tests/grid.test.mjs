import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGrid, shortestPath, neighbors } from '../grid.mjs';

test('straight corridor', () => {
  assert.deepEqual(shortestPath(parseGrid('S..G')), [[0, 0], [0, 1], [0, 2], [0, 3]]);
});

test('around a wall', () => {
  const g = parseGrid(`
    S#G
    .#.
    ...
  `);
  assert.deepEqual(shortestPath(g), [[0, 0], [1, 0], [2, 0], [2, 1], [2, 2], [1, 2], [0, 2]]);
});

test('tie-breaking follows up, right, down, left', () => {
  const g = parseGrid(`
    S..
    ...
    ..G
  `);
  assert.deepEqual(shortestPath(g), [[0, 0], [0, 1], [0, 2], [1, 2], [2, 2]]);
  const g2 = parseGrid(`
    G..
    ...
    ..S
  `);
  assert.deepEqual(shortestPath(g2), [[2, 2], [1, 2], [0, 2], [0, 1], [0, 0]]);
});

test('unreachable goal', () => {
  assert.equal(shortestPath(parseGrid('S#G')), null);
  assert.equal(shortestPath(parseGrid('S.\n##\n.G')), null);
});

test('adjacent start and goal; path length on a bigger map', () => {
  assert.deepEqual(shortestPath(parseGrid('SG')), [[0, 0], [0, 1]]);
  const big = parseGrid(['S' + '.'.repeat(49), ...Array.from({ length: 48 }, () => '.'.repeat(50)), '.'.repeat(49) + 'G'].join('\n'));
  const path = shortestPath(big);
  assert.equal(path.length, 99);
  assert.deepEqual(path[1], [0, 1]);
});

test('helpers unchanged', () => {
  const g = parseGrid('.S.\n.G.');
  assert.deepEqual(neighbors(g, [0, 1]), [[0, 2], [1, 1], [0, 0]]);
  assert.throws(() => parseGrid('S.\n.'), SyntaxError);
});
