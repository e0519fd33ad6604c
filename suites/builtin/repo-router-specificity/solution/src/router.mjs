import { parsePattern, splitPath, matchSegments, RANK } from './segments.mjs';

/** Compares two routes by specificity: negative when `a` is more specific than `b`. */
function bySpecificity(a, b) {
  const n = Math.max(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i++) {
    const ra = i < a.segments.length ? RANK[a.segments[i].kind] : -1;
    const rb = i < b.segments.length ? RANK[b.segments[i].kind] : -1;
    if (ra !== rb) return rb - ra;
  }
  return 0;
}

export class Router {
  #routes = [];

  /** Registers `handler` for `method` and `pattern`; returns the router. */
  add(method, pattern, handler) {
    this.#routes.push({ method, pattern, segments: parsePattern(pattern), handler });
    return this;
  }

  /** The best route for a request (see README.md): { handler, params, pattern } or null. */
  match(method, path) {
    const parts = splitPath(path);
    let best = null;
    for (const route of this.#routes) {
      if (route.method !== method) continue;
      const params = matchSegments(route.segments, parts);
      if (!params) continue;
      if (best === null || bySpecificity(route, best.route) < 0) best = { route, params };
    }
    return best && { handler: best.route.handler, params: best.params, pattern: best.route.pattern };
  }
}
