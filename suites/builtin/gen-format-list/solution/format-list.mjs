/**
 * Format a list of items as human-readable text.
 * @param {unknown[]} items
 * @param {{ conjunction?: string, oxford?: boolean, limit?: number }} [options]
 * @returns {string}
 */
export function formatList(items, options = {}) {
  const { conjunction = 'and', oxford = true, limit } = options;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    throw new RangeError('limit must be a positive integer');
  }
  let entries = items.map((item) => String(item));
  if (limit !== undefined && entries.length > limit) {
    const hidden = entries.length - limit;
    entries = [...entries.slice(0, limit), `${hidden} more`];
  }
  if (entries.length === 0) return '';
  if (entries.length === 1) return entries[0];
  if (entries.length === 2) return `${entries[0]} ${conjunction} ${entries[1]}`;
  const head = entries.slice(0, -1).join(', ');
  const last = entries[entries.length - 1];
  return `${head}${oxford ? ',' : ''} ${conjunction} ${last}`;
}
