import { buildQuery } from './query.mjs';

/** `url` with the query for `params` appended. */
export function withQuery(url, params) {
  const query = buildQuery(params);
  if (query === '') return url;
  return url + (url.includes('?') ? '&' : '?') + query;
}
