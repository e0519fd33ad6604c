/** True for null and undefined. */
export const isMissing = (v) => v === null || v === undefined;

/**
 * Compares two present (non-missing) cell values for an ascending sort.
 * See README.md for the rules.
 */
export function compareValues(a, b) {
  return String(a).localeCompare(String(b), 'en', { sensitivity: 'base' });
}
