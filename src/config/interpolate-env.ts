import { usageError } from '../core/errors.js';
import { formatPath } from './format-path.js';

const PATTERN = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

/**
 * Replaces `${VAR}` and `${VAR:-default}` in every string of a parsed document with values from
 * `env`; `$$` stands for a literal `$`. Interpolating parsed values (not the raw text) means an
 * environment value can never change the document's structure. An unset variable without a default
 * is an error naming where it was used.
 */
export function interpolateEnv(value: unknown, env: Record<string, string | undefined>, source: string, path: (string | number)[] = []): unknown {
  if (typeof value === 'string') {
    return value.replace(PATTERN, (whole, name: string | undefined, fallback: string | undefined) => {
      if (whole === '$$') return '$';
      const v = env[name!];
      if (v !== undefined && v !== '') return v;
      if (fallback !== undefined) return fallback;
      throw usageError('CONFIG_INVALID', `${source}: ${formatPath(path)}: environment variable ${name} is not set (set it, or write \${${name}:-default})`);
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolateEnv(v, env, source, [...path, i]));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolateEnv(v, env, source, [...path, k])]));
  }
  return value;
}
