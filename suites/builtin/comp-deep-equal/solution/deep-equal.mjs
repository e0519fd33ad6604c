// Structural equality used by the snapshot differ.

const isObject = (v) => typeof v === 'object' && v !== null;

/**
 * deepEqual(a, b): structural equality.
 *
 * - Primitives and functions: SameValueZero (NaN equals NaN, 0 equals -0);
 *   functions only equal themselves.
 * - Two objects must have the same prototype (Object.getPrototypeOf), so []
 *   never equals {}, a Map never equals a plain object, and
 *   Object.create(null) objects only equal other null-prototype objects.
 * - Date: equal time values (two invalid dates are equal).
 * - RegExp: same source and flags.
 * - Array: same length, and elements equal index by index.
 * - Map: same size, and for every key of `a`, `b` has the very same key (as
 *   Map.prototype.has decides: objects by identity, NaN equals NaN) mapped to
 *   a deep-equal value.
 * - Set: same size, and every element of `a` is in `b` (Set.prototype.has).
 * - Any other object: the same set of own enumerable string keys (in any
 *   order) with deep-equal values. Symbol keys and non-enumerable properties
 *   are ignored. A property whose value is `undefined` is NOT the same as a
 *   missing property: { x: undefined } differs from {}.
 * - Cycles: must terminate. If the pair (a, b) is reached again while it is
 *   still being compared further up the recursion, treat that pair as equal.
 */
export function deepEqual(a, b) {
  return equal(a, b, new Map());
}

/**
 * @param {unknown} a
 * @param {unknown} b
 * @param {Map<object, Set<object>>} seen pairs currently being compared
 */
function equal(a, b, seen) {
  if (a === b || (a !== a && b !== b)) return true;
  if (!isObject(a) || !isObject(b)) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;

  if (a instanceof Date) {
    const x = a.getTime();
    const y = b.getTime();
    return x === y || (Number.isNaN(x) && Number.isNaN(y));
  }
  if (a instanceof RegExp) return a.source === b.source && a.flags === b.flags;

  let partners = seen.get(a);
  if (partners?.has(b)) return true;
  if (!partners) seen.set(a, (partners = new Set()));
  partners.add(b);
  try {
    if (Array.isArray(a)) {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) {
        if (!equal(a[i], b[i], seen)) return false;
      }
      return true;
    }
    if (a instanceof Map) {
      if (a.size !== b.size) return false;
      for (const [key, value] of a) {
        if (!b.has(key) || !equal(value, b.get(key), seen)) return false;
      }
      return true;
    }
    if (a instanceof Set) {
      if (a.size !== b.size) return false;
      for (const item of a) {
        if (!b.has(item)) return false;
      }
      return true;
    }
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (keysA.length !== keysB.length) return false;
    for (const key of keysA) {
      if (!Object.hasOwn(b, key) || !Object.prototype.propertyIsEnumerable.call(b, key)) return false;
      if (!equal(a[key], b[key], seen)) return false;
    }
    return true;
  } finally {
    partners.delete(b);
  }
}
