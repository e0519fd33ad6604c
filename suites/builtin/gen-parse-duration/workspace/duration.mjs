/**
 * Parse strings such as "1h30m" or "250ms" into milliseconds.
 * See instruction.md for the grammar.
 * @param {string} text
 * @returns {number}
 */
export function parseDuration(text) {
  throw new Error('not implemented');
}
