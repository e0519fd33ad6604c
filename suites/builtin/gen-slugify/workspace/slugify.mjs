/**
 * Turn a human-readable title into a URL slug.
 * See instruction.md for the exact rules.
 * @param {string} title
 * @returns {string}
 */
export function slugify(title) {
  throw new Error('not implemented');
}
