/** Replaces ${NAME} in every value with the value of NAME from `vars` (or ''), in file order. */
export function expand(parsed, base = {}) {
  const out = {};
  for (const [key, value] of Object.entries(parsed)) {
    out[key] = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name) => out[name] ?? base[name] ?? '');
  }
  return out;
}
