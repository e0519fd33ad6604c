import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageItems, GAP } from '../pagination.mjs';

const G = GAP;

test('gaps on both sides', () => {
  assert.deepEqual(pageItems(5, 10), [1, G, 4, 5, 6, G, 10]);
  assert.deepEqual(pageItems(50, 100, 2), [1, G, 48, 49, 50, 51, 52, G, 100]);
});

test('a single missing page is shown instead of a gap', () => {
  assert.deepEqual(pageItems(4, 7), [1, 2, 3, 4, 5, 6, 7]);
  assert.deepEqual(pageItems(5, 7), [1, G, 4, 5, 6, 7]);
  assert.deepEqual(pageItems(4, 10), [1, 2, 3, 4, 5, G, 10]);
  assert.deepEqual(pageItems(7, 10), [1, G, 6, 7, 8, 9, 10]);
});

test('near the edges', () => {
  assert.deepEqual(pageItems(1, 10), [1, 2, G, 10]);
  assert.deepEqual(pageItems(10, 10), [1, G, 9, 10]);
  assert.deepEqual(pageItems(2, 10), [1, 2, 3, G, 10]);
  assert.deepEqual(pageItems(3, 10), [1, 2, 3, 4, G, 10]);
});

test('small page counts', () => {
  assert.deepEqual(pageItems(1, 1), [1]);
  assert.deepEqual(pageItems(1, 2), [1, 2]);
  assert.deepEqual(pageItems(2, 3), [1, 2, 3]);
  assert.deepEqual(pageItems(1, 3), [1, 2, 3]);
  assert.deepEqual(pageItems(1, 0), []);
});

test('siblings 0 and current clamping', () => {
  assert.deepEqual(pageItems(5, 9, 0), [1, G, 5, G, 9]);
  assert.deepEqual(pageItems(3, 9, 0), [1, 2, 3, G, 9]);
  assert.deepEqual(pageItems(99, 10), [1, G, 9, 10]);
  assert.deepEqual(pageItems(-4, 10), [1, 2, G, 10]);
  assert.deepEqual(pageItems(NaN, 4), [1, 2, 3, 4]);
});

test('invalid siblings', () => {
  assert.throws(() => pageItems(1, 10, -1), RangeError);
});
