const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/**
 * Human-readable byte counts using binary (IEC) units.
 * @param {number} bytes
 * @param {number} [decimals=1]
 * @returns {string}
 */
export function formatBytes(bytes, decimals = 1) {
  if (!Number.isSafeInteger(bytes) || bytes < 0) throw new RangeError('bytes must be a non-negative integer');
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 3) throw new RangeError('decimals must be 0..3');
  if (bytes < 1024) return `${bytes} B`;
  let unit = 1;
  while (unit < UNITS.length - 1 && bytes >= 1024 ** (unit + 1)) unit++;
  let text = (bytes / 1024 ** unit).toFixed(decimals);
  if (Number(text) >= 1024 && unit < UNITS.length - 1) {
    unit++;
    text = (bytes / 1024 ** unit).toFixed(decimals);
  }
  return `${text} ${UNITS[unit]}`;
}
