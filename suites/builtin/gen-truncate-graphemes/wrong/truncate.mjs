const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const graphemes = (s) => Array.from(segmenter.segment(s), (x) => x.segment);

/**
 * Truncate text to a number of grapheme clusters.
 * @param {string} text
 * @param {number} maxLength
 * @param {{ ellipsis?: string, wordBoundary?: boolean }} [options]
 * @returns {string}
 */
export function truncate(text, maxLength, options = {}) {
  const { ellipsis = '…', wordBoundary = false } = options;
  if (!Number.isInteger(maxLength) || maxLength < 0) throw new RangeError('maxLength must be a non-negative integer');
  const g = graphemes(text);
  if (g.length <= maxLength) return text;
  const ellipsisLength = ellipsis.length;
  if (ellipsisLength > maxLength) throw new RangeError('ellipsis is longer than maxLength');
  const keep = maxLength - ellipsisLength;
  let prefix = g.slice(0, keep);
  const isSpace = (s) => /\s/.test(s);
  if (wordBoundary && !isSpace(g[keep])) {
    let k = prefix.length - 1;
    while (k >= 0 && !isSpace(prefix[k])) k--;
    if (k >= 0) prefix = prefix.slice(0, k);
  }
  while (prefix.length > 0 && isSpace(prefix[prefix.length - 1])) prefix.pop();
  return prefix.join('') + ellipsis;
}
