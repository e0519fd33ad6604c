/** Specificity rank of each segment kind (higher is more specific). */
export const RANK = { static: 2, param: 1, wildcard: 0 };

/** "/users/:id/*" -> [{ kind: 'static', value: 'users' }, { kind: 'param', name: 'id' }, { kind: 'wildcard' }] */
export function parsePattern(pattern) {
  const parts = splitPath(pattern);
  return parts.map((part, i) => {
    if (part === '*') {
      if (i !== parts.length - 1) throw new Error(`wildcard must be last in ${pattern}`);
      return { kind: 'wildcard' };
    }
    if (part.startsWith(':')) return { kind: 'param', name: part.slice(1) };
    return { kind: 'static', value: part };
  });
}

/** "/a/b/" -> ["a", "b"]; "/" -> [] */
export function splitPath(path) {
  return path.split('/').filter((p, i, all) => p !== '' || (i > 0 && i < all.length - 1));
}

/** The params if `segments` match the path parts, otherwise null. */
export function matchSegments(segments, parts) {
  const params = {};
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (seg.kind === 'wildcard') {
      params['*'] = parts.slice(i).map(decodeURIComponent).join('/');
      return params;
    }
    if (i >= parts.length) return null;
    if (seg.kind === 'static') {
      if (seg.value !== parts[i]) return null;
    } else {
      if (parts[i] === '') return null;
      params[seg.name] = decodeURIComponent(parts[i]);
    }
  }
  return segments.length === parts.length ? params : null;
}
