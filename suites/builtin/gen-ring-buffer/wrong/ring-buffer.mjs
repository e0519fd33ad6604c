// A fixed-capacity ring buffer.
export class RingBuffer {
  #items;
  #start = 0;
  #size = 0;

  constructor(capacity) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError('capacity must be a positive integer');
    }
    this.#items = new Array(capacity);
  }

  get capacity() { return this.#items.length; }
  get size() { return this.#size; }
  get isFull() { return this.#size === this.#items.length; }

  push(item) {
    const cap = this.#items.length;
    if (this.#size === cap) {
      const evicted = this.#items[this.#start];
      this.#items[this.#start] = item;
      this.#start = (this.#start + 1) % cap;
      return evicted;
    }
    this.#items[(this.#start + this.#size) % cap] = item;
    this.#size++;
    return undefined;
  }

  shift() {
    if (this.#size === 0) return undefined;
    const item = this.#items[this.#start];
    this.#items[this.#start] = undefined;
    this.#start = (this.#start + 1) % this.#items.length;
    this.#size--;
    return item;
  }

  peek() {
    return this.#size === 0 ? undefined : this.#items[this.#start];
  }

  at(index) {
    const i = index;
    if (i >= this.#size) return undefined;
    return this.#items[(this.#start + i) % this.#items.length];
  }

  toArray() {
    const out = [];
    for (let i = 0; i < this.#size; i++) out.push(this.#items[(this.#start + i) % this.#items.length]);
    return out;
  }

  clear() {
    this.#items.fill(undefined);
    this.#start = 0;
    this.#size = 0;
  }

  *[Symbol.iterator]() {
    yield* this.toArray();
  }
}
