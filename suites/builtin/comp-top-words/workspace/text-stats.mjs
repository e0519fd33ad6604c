// Text statistics helpers.

export const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'to', 'in', 'is', 'it']);

/**
 * Lowercased words: runs of letters, digits and apostrophes (Unicode-aware).
 * Apostrophes at the start or end of a word are dropped ("'tis" → "tis").
 */
export function tokenize(text) {
  const words = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}']+/gu)) {
    const w = m[0].replace(/^'+|'+$/g, '');
    if (w !== '') words.push(w);
  }
  return words;
}

export function wordCount(text) {
  return tokenize(text).length;
}

/**
 * The `n` most frequent words.
 *
 * @param {string} text
 * @param {number} n non-negative integer (RangeError otherwise)
 * @param {{ includeStopWords?: boolean }} [options] stop words are skipped unless includeStopWords is true
 * @returns {[string, number][]} [word, count] pairs, count descending, then word ascending (code units)
 */
export function topWords(text, n, options = {}) {
  // TODO: implement as documented above.
  throw new Error('not implemented');
}
