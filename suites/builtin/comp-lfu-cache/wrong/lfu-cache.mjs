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
    const bucket = this.#buckets.get(this.#minFreq);
    const key = [...bucket].at(-1);
    bucket.delete(key);
    if (bucket.size === 0) this.#buckets.delete(this.#minFreq);
    const { value } = this.#entries.get(key);
    this.#entries.delete(key);
    this.onEvict?.(key, value);
  }

  set(key, value) {
    const entry = this.#entries.get(key);
    if (entry) {
      entry.value = value;
      this.#touch(key, entry);
      return this;
    }
    if (this.#entries.size >= this.capacity) this.#evict();
    this.#entries.set(key, { value, freq: 1 });
    if (!this.#buckets.has(1)) this.#buckets.set(1, new Set());
    this.#buckets.get(1).add(key);
    this.#minFreq = 1;
    return this;
  }

  /** [key, freq] pairs, by freq ascending, then by time at that freq. */
  keysByFrequency() {
    const freqs = [...this.#buckets.keys()].sort((a, b) => a - b);
    return freqs.flatMap((f) => [...this.#buckets.get(f)].map((k) => [k, f]));
  }
}
