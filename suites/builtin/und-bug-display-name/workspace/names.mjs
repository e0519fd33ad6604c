/**
 * A user record: { first, last, nickname }, where each property is a string,
 * null, or absent (undefined). null and absent both mean "not set"; an empty
 * string is a real value and is never treated as "not set".
 */

/**
 * The name to show for a user:
 * - the nickname if it is set (even if it is the empty string),
 * - otherwise "first last" when both are set,
 * - otherwise whichever of first / last is set,
 * - otherwise "anonymous".
 */
export function displayName(user) {
  if (user.nickname != null) return user.nickname;
  if (user.first != null && user.last != null) return `${user.first} ${user.last}`;
  if (user.first != null) return user.first;
  if (user.last != null) return user.last;
  return 'anonymous';
}

/**
 * A copy of `record` without the properties whose value is null or undefined.
 * Every other value (including 0, '', false and NaN) is kept.
 */
export function compact(record) {
  const out = {};
  for (const [key, value] of Object.entries(record)) {
    if (value == null) continue;
    out[key] = value;
  }
  return out;
}
