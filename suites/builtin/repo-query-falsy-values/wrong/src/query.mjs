const pair = (key, value) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`;

/** A query string for `params` (see README.md). */
export function buildQuery(params) {
  const parts = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      for (const item of value) {
        if (item === undefined || item === null) continue;
        parts.push(pair(key, item));
      }
    } else {
      parts.push(pair(key, value));
    }
  }
  return parts.join('&');
}
