const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * Parse strings such as "1h30m" or "250ms" into milliseconds.
 * @param {string} text
 * @returns {number}
 */
export function parseDuration(text) {
  if (typeof text !== 'string') throw new TypeError('duration must be a string');
  const trimmed = text.trim();
  if (!/^(?:\d+(?:\.\d+)?(?:d|h|m|s|ms)\s*)+$/.test(trimmed)) {
    throw new SyntaxError(`invalid duration: ${JSON.stringify(text)}`);
  }
  let total = 0;
  for (const [, num, unit] of trimmed.matchAll(/(\d+(?:\.\d+)?)(d|h|m|s|ms)/g)) {
    total += Number(num) * UNIT_MS[unit];
  }
  return total;
}
