// URL helpers shared by the API client.

/**
 * Parse a query string ("a=1&b=x%20y", with or without a leading "?") into an
 * object. Repeated keys become arrays, in order of appearance. "+" is a space.
 * @param {string} query
 * @returns {Record<string, string | string[]>}
 */
export function parseQuery(query) {
  const out = {};
  const text = query.startsWith('?') ? query.slice(1) : query;
  if (text === '') return out;
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawKey = eq === -1 ? part : part.slice(0, eq);
    const rawValue = eq === -1 ? '' : part.slice(eq + 1);
    const key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
    const value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
    if (!Object.hasOwn(out, key)) out[key] = value;
    else if (Array.isArray(out[key])) out[key].push(value);
    else out[key] = [out[key], value];
  }
  return out;
}

/**
 * Build a query string (without the leading "?") from a plain object.
 *
 * - Keys appear in the object's own enumerable key order.
 * - `undefined` and `null` values are skipped entirely.
 * - Arrays produce one `key=value` pair per element, in order
 *   (`{ tag: ['a', 'b'] }` → `tag=a&tag=b`); `undefined`/`null` elements are
 *   skipped, and an empty array produces nothing.
 * - Every other value (numbers, booleans, strings, including `0`, `false` and
 *   the empty string) is converted with String() and always included:
 *   `{ page: 0, q: '' }` → `page=0&q=`.
 * - Keys and values are encoded with encodeURIComponent (a space is `%20`).
 * - Returns '' when there is nothing to encode.
 * @param {Record<string, unknown>} params
 * @returns {string}
 */
export function buildQuery(params) {
  const pairs = [];
  const add = (key, value) => {
    pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  };
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) {
        if (item !== undefined && item !== null) add(key, item);
      }
    } else {
      add(key, value);
    }
  }
  return pairs.join('&');
}

/**
 * Append params to a URL that may already have a query string and/or a hash.
 * withQuery('/items?x=1#top', { page: 2 }) → '/items?x=1&page=2#top'
 * @param {string} url
 * @param {Record<string, unknown>} params
 * @returns {string}
 */
export function withQuery(url, params) {
  const query = buildQuery(params);
  if (query === '') return url;
  const hashAt = url.indexOf('#');
  const base = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const sep = !base.includes('?') ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  return `${base}${sep}${query}${hash}`;
}
