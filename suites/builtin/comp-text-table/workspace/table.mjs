// Plain-text table rendering for CLI output.

/** null/undefined → '', numbers and booleans → String(v), strings as is, anything else → JSON. */
export function cellText(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Pad `text` to `width`: 'left' pads on the right, 'right' on the left, 'center' puts the extra space on the right. */
export function pad(text, width, align = 'left') {
  const gap = Math.max(0, width - text.length);
  if (align === 'right') return ' '.repeat(gap) + text;
  if (align === 'center') {
    const left = Math.floor(gap / 2);
    return ' '.repeat(left) + text + ' '.repeat(gap - left);
  }
  return text + ' '.repeat(gap);
}

/**
 * Render a table:
 *
 *   name   qty
 *   -----  ---
 *   apple    3
 *
 * @param {unknown[]} headers
 * @param {unknown[][]} rows  shorter rows are padded with empty cells; longer rows → RangeError
 * @param {{ align?: ('left'|'right'|'center')[] }} [options] per-column alignment (default 'left')
 * @returns {string} lines joined by '\n', trailing spaces trimmed from each line
 */
export function renderTable(headers, rows, options = {}) {
  // TODO: implement as documented above.
  throw new Error('not implemented');
}
