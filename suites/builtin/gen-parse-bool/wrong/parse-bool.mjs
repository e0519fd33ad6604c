const TRUE = new Set(['1', 'true', 'yes', 'y', 'on']);
const FALSE = new Set(['0', 'false', 'no', 'n', 'off']);

/**
 * Parse a configuration value as a boolean.
 * @param {unknown} value
 * @param {{ default?: boolean }} [options]
 * @returns {boolean}
 */
export function parseBool(value, options = {}) {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (value === 1) return true;
    if (value === 0) return false;
    throw new TypeError(`invalid boolean: ${JSON.stringify(String(value))}`);
  }
  const missing = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  if (missing) {
    if (options.default) return options.default;
    throw new TypeError('missing boolean value');
  }
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (TRUE.has(v)) return true;
    if (FALSE.has(v)) return false;
  }
  throw new TypeError(`invalid boolean: ${JSON.stringify(String(value))}`);
}
