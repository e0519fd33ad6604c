// A stable priority queue backed by a binary heap.
export class PriorityQueue {
  #heap = [];
  #seq = 0;
  #compare;

  constructor({ compare = (a, b) => a - b } = {}) {
    this.#compare = compare;
  }

  #less(i, j) {
    const a = this.#heap[i];
    const b = this.#heap[j];
    const c = this.#compare(a.item, b.item);
    return c < 0;
  }

  #swap(i, j) {
    [this.#heap[i], this.#heap[j]] = [this.#heap[j], this.#heap[i]];
  }

  #up(i) {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.#less(i, p)) break;
      this.#swap(i, p);
      i = p;
    }
  }

  #down(i) {
    const n = this.#heap.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.#less(l, m)) m = l;
      if (r < n && this.#less(r, m)) m = r;
      if (m === i) break;
      this.#swap(i, m);
      i = m;
    }
  }

  push(...items) {
    for (const item of items) {
      this.#heap.push({ item, seq: this.#seq++ });
      this.#up(this.#heap.length - 1);
    }
    return this.#heap.length;
  }

  pop() {
    if (this.#heap.length === 0) return undefined;
    const top = this.#heap[0];
    const last = this.#heap.pop();
    if (this.#heap.length > 0) {
      this.#heap[0] = last;
      this.#down(0);
    }
    return top.item;
  }

  peek() {
    return this.#heap.length === 0 ? undefined : this.#heap[0].item;
  }

  get size() {
    return this.#heap.length;
  }

  clear() {
    this.#heap = [];
  }

  toSortedArray() {
    const copy = new PriorityQueue({ compare: this.#compare });
    copy.#heap = this.#heap.slice();
    copy.#seq = this.#seq;
    const out = [];
    while (copy.size > 0) out.push(copy.pop());
    return out;
  }
}
