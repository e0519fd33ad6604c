/**
 * Human-readable byte counts using binary (IEC) units. See instruction.md.
 * @param {number} bytes
 * @param {number} [decimals=1]
 * @returns {string}
 */
export function formatBytes(bytes, decimals = 1) {
  throw new Error('not implemented');
}
