/**
 * Compare two Semantic Versioning 2.0.0 version strings by precedence.
 * See instruction.md for the exact rules.
 * @param {string} a
 * @param {string} b
 * @returns {-1 | 0 | 1}
 */
export function compareVersions(a, b) {
  throw new Error('not implemented');
}
