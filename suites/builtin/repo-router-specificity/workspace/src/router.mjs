import { parsePattern, splitPath, matchSegments } from './segments.mjs';

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
    for (const route of this.#routes) {
      if (route.method !== method) continue;
      const params = matchSegments(route.segments, parts);
      if (params) return { handler: route.handler, params, pattern: route.pattern };
    }
    return null;
  }
}
