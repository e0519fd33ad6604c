import { test } from 'node:test';
import assert from 'node:assert/strict';
import { truncate } from '../truncate.mjs';

const FAMILY = '👨‍👩‍👧';
const E_ACUTE = 'e\u0301';

test('examples from the instruction', () => {
  assert.equal(truncate('Hello world', 8), 'Hello w…');
  assert.equal(truncate('Hello world', 8, { wordBoundary: true }), 'Hello…');
  assert.equal(truncate('Hello world', 7), 'Hello…');
  assert.equal(truncate(FAMILY + FAMILY + FAMILY, 2), FAMILY + '…');
  assert.equal(truncate('abc', 3, { ellipsis: '...' }), 'abc');
});

test('short text is returned unchanged', () => {
  assert.equal(truncate('', 0), '');
  assert.equal(truncate('hi  ', 4), 'hi  ');
  assert.equal(truncate(FAMILY + FAMILY, 2), FAMILY + FAMILY);
  assert.equal(truncate(`caf${E_ACUTE}`, 4), `caf${E_ACUTE}`);
});

test('grapheme clusters are never split', () => {
  assert.equal(truncate('🇫🇷🇩🇪🇮🇹', 2), '🇫🇷…');
  assert.equal(truncate('👍🏽👍🏽👍🏽', 3), '👍🏽👍🏽👍🏽');
  assert.equal(truncate('👍🏽👍🏽👍🏽', 2), '👍🏽…');
  assert.equal(truncate(`${E_ACUTE}${E_ACUTE}${E_ACUTE}x`, 3), `${E_ACUTE}${E_ACUTE}…`);
});

test('custom and empty ellipsis', () => {
  assert.equal(truncate('abcdef', 5, { ellipsis: '...' }), 'ab...');
  assert.equal(truncate('abcdef', 3, { ellipsis: '...' }), '...');
  assert.equal(truncate('abcdef', 2, { ellipsis: '' }), 'ab');
  assert.equal(truncate('abcdef', 0, { ellipsis: '' }), '');
  assert.equal(truncate('abcdef', 3, { ellipsis: ' ' + FAMILY }), 'a ' + FAMILY);
});

test('ellipsis longer than the limit or invalid limits throw RangeError', () => {
  assert.throws(() => truncate('abcdef', 2, { ellipsis: '...' }), RangeError);
  assert.throws(() => truncate('abcdef', 0), RangeError);
  assert.throws(() => truncate('abc', -1), RangeError);
  assert.throws(() => truncate('abc', 1.5), RangeError);
  assert.equal(truncate('ab', 2, { ellipsis: '.....' }), 'ab');
});

test('trailing whitespace before the ellipsis is removed', () => {
  assert.equal(truncate('one two three', 5), 'one…');
  assert.equal(truncate('a \t\n b', 5), 'a…');
  assert.equal(truncate('   abc', 3), '…');
});

test('wordBoundary', () => {
  assert.equal(truncate('The quick brown fox', 12, { wordBoundary: true }), 'The quick…');
  assert.equal(truncate('The quick brown fox', 11, { wordBoundary: true }), 'The quick…');
  assert.equal(truncate('The quick brown fox', 10, { wordBoundary: true }), 'The quick…');
  assert.equal(truncate('Supercalifragilistic', 6, { wordBoundary: true }), 'Super…');
  assert.equal(truncate('ab cd', 4, { wordBoundary: true }), 'ab…');
  assert.equal(truncate('naïve café au lait', 12, { wordBoundary: true }), 'naïve café…');
  assert.equal(truncate(`${FAMILY} ${FAMILY}${FAMILY}`, 3, { wordBoundary: true }), `${FAMILY}…`);
});
