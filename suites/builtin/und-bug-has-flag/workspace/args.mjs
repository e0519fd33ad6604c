// Argument helpers for the `deploy` script. `argv` is the argument list after
// the program name (process.argv.slice(2)), an array of strings.

/**
 * The arguments that belong to us: everything before the first literal "--".
 * Arguments after "--" are passed through to the child process untouched.
 * @param {string[]} argv
 * @returns {string[]}
 */
export function ownArgs(argv) {
  const end = argv.indexOf('--');
  return end === -1 ? argv : argv.slice(0, end);
}

/**
 * True if the boolean flag `name` (for example "--dry-run") appears anywhere
 * among our own arguments (see ownArgs).
 * @param {string[]} argv
 * @param {string} name
 * @returns {boolean}
 */
export function hasFlag(argv, name) {
  return ownArgs(argv).indexOf(name) > 0;
}

/**
 * The value of option `name` written as "--name=value" among our own
 * arguments, or `fallback` when it is absent. The last occurrence wins.
 * @param {string[]} argv
 * @param {string} name  without the leading dashes, e.g. "env"
 * @param {string} fallback
 * @returns {string}
 */
export function optionValue(argv, name, fallback) {
  const prefix = `--${name}=`;
  let value = fallback;
  for (const arg of ownArgs(argv)) {
    if (arg.startsWith(prefix)) value = arg.slice(prefix.length);
  }
  return value;
}
