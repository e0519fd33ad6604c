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
  const unit = Math.min(UNITS.length - 1, Math.floor(Math.log(bytes) / Math.log(1024)));
  return `${(bytes / 1024 ** unit).toFixed(decimals)} ${UNITS[unit]}`;
}
