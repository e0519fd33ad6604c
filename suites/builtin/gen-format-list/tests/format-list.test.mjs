import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatList } from '../format-list.mjs';

test('small lists', () => {
  assert.equal(formatList([]), '');
  assert.equal(formatList(['a']), 'a');
  assert.equal(formatList(['a', 'b']), 'a and b');
  assert.equal(formatList(['a', 'b'], { oxford: true }), 'a and b');
});

test('three or more with and without the oxford comma', () => {
  assert.equal(formatList(['red', 'green', 'blue']), 'red, green, and blue');
  assert.equal(formatList(['red', 'green', 'blue'], { oxford: false }), 'red, green and blue');
  assert.equal(formatList(['a', 'b', 'c', 'd']), 'a, b, c, and d');
});

test('custom conjunction', () => {
  assert.equal(formatList(['x', 'y'], { conjunction: 'or' }), 'x or y');
  assert.equal(formatList(['x', 'y', 'z'], { conjunction: 'or', oxford: false }), 'x, y or z');
});

test('items are converted with String', () => {
  assert.equal(formatList([1, null, true]), '1, null, and true');
  assert.equal(formatList([undefined]), 'undefined');
});

test('limit hides the tail', () => {
  assert.equal(formatList(['a', 'b', 'c', 'd'], { limit: 2 }), 'a, b, and 2 more');
  assert.equal(formatList(['a', 'b', 'c'], { limit: 1 }), 'a and 2 more');
  assert.equal(formatList(['a', 'b', 'c', 'd'], { limit: 3, oxford: false }), 'a, b, c and 1 more');
});

test('limit not reached formats normally', () => {
  assert.equal(formatList(['a', 'b'], { limit: 2 }), 'a and b');
  assert.equal(formatList(['a', 'b', 'c'], { limit: 3 }), 'a, b, and c');
  assert.equal(formatList([], { limit: 1 }), '');
});

test('invalid limit throws RangeError', () => {
  assert.throws(() => formatList(['a'], { limit: 0 }), RangeError);
  assert.throws(() => formatList(['a'], { limit: 1.5 }), RangeError);
  assert.throws(() => formatList(['a'], { limit: -2 }), RangeError);
});
