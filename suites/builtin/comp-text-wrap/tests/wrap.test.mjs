import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wrapParagraph, wrap } from '../wrap.mjs';

test('greedy filling, lines may be exactly width', () => {
  assert.deepEqual(wrapParagraph(['the', 'quick', 'brown', 'fox'], 9), ['the quick', 'brown fox']);
  assert.deepEqual(wrapParagraph(['aaa', 'bbb', 'ccc'], 7), ['aaa bbb', 'ccc']);
  assert.deepEqual(wrapParagraph(['aaa', 'bbb', 'ccc'], 6), ['aaa', 'bbb', 'ccc']);
});

test('empty input', () => {
  assert.deepEqual(wrapParagraph([], 10), []);
});

test('long words are hard-broken and the tail continues the line', () => {
  assert.deepEqual(wrapParagraph(['ab', 'cdefghij', 'k'], 5), ['ab', 'cdefg', 'hij k']);
  assert.deepEqual(wrapParagraph(['abcdefghij'], 5), ['abcde', 'fghij']);
  assert.deepEqual(wrapParagraph(['abcdefghijk', 'lm'], 5), ['abcde', 'fghij', 'k lm']);
  assert.deepEqual(wrapParagraph(['x', 'y'], 1), ['x', 'y']);
});

test('code points, not UTF-16 units', () => {
  assert.deepEqual(wrapParagraph(['😀😀', '😀😀'], 5), ['😀😀 😀😀']);
  assert.deepEqual(wrapParagraph(['😀😀😀😀😀😀'], 4), ['😀😀😀😀', '😀😀']);
  assert.deepEqual(wrapParagraph(['héllo', 'wörld'], 11), ['héllo wörld']);
});

test('wrap keeps paragraphs', () => {
  const text = 'Lorem ipsum dolor sit amet,\nconsectetur.\n\n\n  Second   paragraph here.  ';
  assert.equal(wrap(text, 12), 'Lorem ipsum\ndolor sit\namet,\nconsectetur.\n\nSecond\nparagraph\nhere.');
  assert.equal(wrap('', 10), '');
  assert.throws(() => wrap('x', 0), RangeError);
});

test('no trailing spaces or empty lines', () => {
  const lines = wrapParagraph('a bb ccc dddd eeeee ffffff'.split(' '), 6);
  assert.deepEqual(lines, ['a bb', 'ccc', 'dddd', 'eeeee', 'ffffff']);
  for (const l of lines) assert.ok(l.length > 0 && !l.endsWith(' '));
});
