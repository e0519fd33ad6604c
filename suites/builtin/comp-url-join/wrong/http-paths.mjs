// URL helpers for the HTTP client.

/** Percent-encode one path segment (everything except unreserved characters). */
export function encodeSegment(segment) {
  return encodeURIComponent(String(segment)).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/**
 * Join a base URL and path segments with single slashes.
 *
 * - `base` loses its trailing slashes.
 * - each segment is String()-ed and loses leading/trailing slashes; empty ones are skipped.
 * - inner slashes of a segment are kept; nothing is encoded.
 * - if the last argument ends with '/', so does the result (exactly one).
 *
 * joinUrl('https://api.test/', '/v1/', 'users', 42) → 'https://api.test/v1/users/42'
 * joinUrl('https://api.test', 'files/') → 'https://api.test/files/'
 *
 * @param {string} base
 * @param {...(string|number)} segments
 * @returns {string}
 */
export function joinUrl(base, ...segments) {
  const parts = [String(base).replace(/\/+$/, '')];
  for (const segment of segments) {
    const s = String(segment).replace(/^\/+|\/+$/g, '');
    if (s !== '') parts.push(s);
  }
  return parts.join('/');
}

/**
 * Append query parameters; undefined values are skipped, arrays repeat the key.
 * withQuery('https://x.test/a', { q: 'hi there', tag: ['a', 'b'], skip: undefined })
 *   → 'https://x.test/a?q=hi%20there&tag=a&tag=b'
 */
export function withQuery(url, params = {}) {
  const pairs = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) {
      pairs.push(`${encodeSegment(key)}=${encodeSegment(v)}`);
    }
  }
  if (pairs.length === 0) return url;
  return url + (url.includes('?') ? '&' : '?') + pairs.join('&');
}
