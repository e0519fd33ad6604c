/**
 * A small least-recently-used cache.
 *
 * Entries are kept in a Map, whose iteration order is insertion order: the
 * first key is the least recently used one and the last key the most recently
 * used one. Reading an entry with get() or writing it with set() makes it the
 * most recently used; has() and peek() do not change the order.
 */
export class LRUCache {
  /** @param {number} capacity maximum number of entries (a positive integer) */
  constructor(capacity) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError('capacity must be a positive integer');
    }
    this.capacity = capacity;
    /** @type {Map<unknown, unknown>} */
    this.map = new Map();
    /** Called with (key, value) for every entry evicted because of capacity. */
    this.onEvict = null;
  }

  get size() {
    return this.map.size;
  }

  has(key) {
    return this.map.has(key);
  }

  /** Returns the value without touching recency (undefined if missing). */
  peek(key) {
    return this.map.get(key);
  }

  get(key) {
    if (!this.map.has(key)) return undefined;
    const value = this.map.get(key);
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  /**
   * Insert or update an entry and make it the most recently used one.
   * If the cache then holds more than `capacity` entries, evict least recently
   * used entries (calling onEvict(key, value) for each, if set) until it fits.
   * Returns `this` so calls can be chained.
   */
  set(key, value) {
    // TODO: implement set() as documented above.
    throw new Error('not implemented');
  }

  delete(key) {
    return this.map.delete(key);
  }

  clear() {
    this.map.clear();
  }

  /** Keys from least to most recently used. */
  keys() {
    return [...this.map.keys()];
  }
}
