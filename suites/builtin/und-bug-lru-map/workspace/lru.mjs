/**
 * A least-recently-used cache holding at most `capacity` entries.
 *
 * - get(key) returns the value stored for key (and marks the key as most
 *   recently used), or undefined when the key is not stored.
 * - set(key, value) stores the value (marking the key as most recently used).
 *   If that would exceed the capacity, the least recently used key is evicted
 *   first. Returns the cache.
 * - size is the number of stored keys.
 *
 * capacity is a positive integer; values are never undefined.
 */
export class LruCache {
  constructor(capacity) {
    if (!Number.isInteger(capacity) || capacity <= 0) throw new RangeError(`bad capacity: ${capacity}`);
    this.capacity = capacity;
    this.map = new Map();
  }

  get(key) {
    if (!this.map.has(key)) return undefined;
    const value = this.map.get(key);
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key, value) {
    if (this.map.has(key)) {
      this.map.delete(key);
    } else if (this.map.size === this.capacity) {
      this.map.delete(this.map.keys().next().value);
    }
    this.map.set(key, value);
    return this;
  }

  get size() {
    return this.map.size;
  }
}
