import { test } from 'node:test';
import assert from 'node:assert/strict';
import { topWords, tokenize, wordCount } from '../text-stats.mjs';

test('counts and sorts by frequency', () => {
  assert.deepEqual(topWords('red blue red green red blue', 2), [['red', 3], ['blue', 2]]);
});

test('ties are sorted by word', () => {
  assert.deepEqual(topWords('pear fig apple fig pear apple kiwi', 3), [['apple', 2], ['fig', 2], ['pear', 2]]);
  assert.deepEqual(topWords('x b X B c', 5), [['b', 2], ['x', 2], ['c', 1]]);
});

test('stop words are skipped unless included', () => {
  const text = 'The cat and the hat. The end!';
  assert.deepEqual(topWords(text, 2), [['cat', 1], ['end', 1]]);
  assert.deepEqual(topWords(text, 2, { includeStopWords: true }), [['the', 3], ['and', 1]]);
});

test('n larger than the vocabulary, zero and invalid', () => {
  assert.deepEqual(topWords('one two', 10), [['one', 1], ['two', 1]]);
  assert.deepEqual(topWords('one two', 0), []);
  assert.deepEqual(topWords('', 3), []);
  assert.throws(() => topWords('x', -1), RangeError);
  assert.throws(() => topWords('x', 1.5), RangeError);
});

test('unicode words and apostrophes', () => {
  assert.deepEqual(topWords("Élan élan don't 'quoted' quoted", 3), [['quoted', 2], ['élan', 2], ["don't", 1]]);
});

test('helpers unchanged', () => {
  assert.deepEqual(tokenize("It's 2 o'clock"), ["it's", '2', "o'clock"]);
  assert.equal(wordCount('a b  c'), 3);
});
