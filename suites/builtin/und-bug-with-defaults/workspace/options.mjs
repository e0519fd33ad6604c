export const DEFAULTS = Object.freeze({
  retries: 3,
  timeoutMs: 5000,
  verbose: false,
  headers: Object.freeze({ accept: 'application/json', 'user-agent': 'barometer' }),
});

/**
 * Combine user options with DEFAULTS into a new object.
 *
 * - `user` is either omitted (undefined) or a plain object whose properties
 *   are all optional: retries (number), timeoutMs (number), verbose
 *   (boolean), headers (plain object of strings).
 * - Every option the user sets to a value other than undefined wins, even
 *   falsy values: { retries: 0 } gives retries 0, { verbose: false } gives
 *   verbose false.
 * - Options the user leaves out, or sets to undefined, take the default.
 * - headers are merged key by key: user headers override default headers of
 *   the same name; the other default headers are kept.
 * - Neither DEFAULTS nor `user` (nor their headers objects) is ever modified,
 *   and the result shares no headers object with them.
 */
export function withDefaults(user = {}) {
  return {
    retries: user.retries ?? DEFAULTS.retries,
    timeoutMs: user.timeoutMs ?? DEFAULTS.timeoutMs,
    verbose: user.verbose ?? DEFAULTS.verbose,
    headers: { ...DEFAULTS.headers, ...user.headers },
  };
}
