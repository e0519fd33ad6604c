// Plain-text re-wrapping for terminal output.

/** Array of code points (so astral characters count as one). */
export function codePoints(s) {
  return Array.from(s);
}

/** Paragraphs are separated by one or more blank (whitespace-only) lines; each becomes a list of words. */
export function splitParagraphs(text) {
  return text
    .split(/\n[ \t]*\n\s*/)
    .map((p) => p.split(/\s+/).filter((w) => w !== ''))
    .filter((words) => words.length > 0);
}

/**
 * Greedy-wrap one paragraph's words to `width` code points per line.
 * Long words are hard-broken into width-sized chunks; the last chunk continues the line.
 * @param {string[]} words
 * @param {number} width
 * @returns {string[]}
 */
export function wrapParagraph(words, width) {
  // TODO: implement as documented in instruction.md.
  throw new Error('not implemented');
}

/** Wrap text: paragraphs separated by one empty line in the output. */
export function wrap(text, width) {
  if (!Number.isInteger(width) || width < 1) throw new RangeError('width must be a positive integer');
  return splitParagraphs(text)
    .map((words) => wrapParagraph(words, width).join('\n'))
    .join('\n\n');
}
