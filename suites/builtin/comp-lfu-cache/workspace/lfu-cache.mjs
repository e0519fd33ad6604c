/**
 * Least-frequently-used cache.
 *
 * Invariants:
 * - #entries: key → { value, freq }, freq >= 1
 * - #buckets: freq → Set of keys having that freq, in the order they reached it; no empty sets
 * - #minFreq: smallest freq present (meaningless when empty)
 */
export class LFUCache {
  #entries = new Map();
  #buckets = new Map();
  #minFreq = 0;

  constructor(capacity) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be a positive integer');
    this.capacity = capacity;
    /** Optional (key, value) callback for evicted entries. */
    this.onEvict = null;
  }

  get size() {
    return this.#entries.size;
  }

  has(key) {
    return this.#entries.has(key);
  }

  /** Value without counting a use. */
  peek(key) {
    return this.#entries.get(key)?.value;
  }

  get(key) {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#touch(key, entry);
    return entry.value;
  }

  /** Move key from bucket freq to freq + 1. */
  #touch(key, entry) {
    const bucket = this.#buckets.get(entry.freq);
    bucket.delete(key);
    if (bucket.size === 0) {
      this.#buckets.delete(entry.freq);
      if (this.#minFreq === entry.freq) this.#minFreq = entry.freq + 1;
    }
    entry.freq++;
    if (!this.#buckets.has(entry.freq)) this.#buckets.set(entry.freq, new Set());
    this.#buckets.get(entry.freq).add(key);
  }

  #evict() {
    // TODO: remove the LFU entry (oldest within #minFreq) and call onEvict.
    throw new Error('not implemented');
  }

  set(key, value) {
    // TODO: update (counts as a use) or insert with freq 1, evicting first when full.
    throw new Error('not implemented');
  }

  /** [key, freq] pairs, by freq ascending, then by time at that freq. */
  keysByFrequency() {
    const freqs = [...this.#buckets.keys()].sort((a, b) => a - b);
    return freqs.flatMap((f) => [...this.#buckets.get(f)].map((k) => [k, f]));
  }
}
