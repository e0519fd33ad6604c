// Layered configuration loader.

export const DEFAULTS = {
  server: { host: 'localhost', port: 8080, tls: { enabled: false } },
  log: { level: 'info', targets: ['stdout'] },
  retries: 3,
};

/** True for `{}`-style objects (prototype Object.prototype or null), false for arrays, Dates, class instances, null. */
export function isPlainObject(value) {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Deep-merge `override` into `base`, returning a new object.
 *
 * - neither input is mutated; plain objects in the result are fresh copies
 * - key order: base keys first, then keys only in override
 * - undefined in override keeps the base value
 * - plain object + plain object → merged recursively; anything else → override wins
 *   (arrays are replaced, null replaces)
 */
export function mergeConfig(base, override) {
  const out = {};
  const keys = [...Object.keys(base), ...Object.keys(override).filter((k) => !Object.hasOwn(base, k))];
  for (const key of keys) {
    const b = base[key];
    const o = Object.hasOwn(override, key) ? override[key] : undefined;
    if (o === undefined) out[key] = b;
    else if (isPlainObject(b) && isPlainObject(o)) out[key] = mergeConfig(b, o);
    else out[key] = o;
  }
  return out;
}

/** Merge any number of layers over DEFAULTS, left to right. */
export function loadConfig(...layers) {
  return [{}, ...layers].reduce((acc, layer) => mergeConfig(acc, layer ?? {}), DEFAULTS);
}
