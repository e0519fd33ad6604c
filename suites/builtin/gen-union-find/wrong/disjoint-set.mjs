// Disjoint-set / union-find.

/** SameValueZero, the equality Map uses for keys. */
const same = (x, y) => x === y || (x !== x && y !== y);

export class DisjointSet {
  #parent = new Map();
  #sizes = new Map();
  #count = 0;

  add(x) {
    if (!this.#parent.has(x)) {
      this.#parent.set(x, x);
      this.#sizes.set(x, 1);
      this.#count++;
    }
    return this;
  }

  find(x) {
    if (!this.#parent.has(x)) throw new RangeError(`unknown element: ${String(x)}`);
    let root = x;
    while (!same(this.#parent.get(root), root)) root = this.#parent.get(root);
    let cur = x;
    while (!same(cur, root)) {
      const next = this.#parent.get(cur);
      this.#parent.set(cur, root);
      cur = next;
    }
    return root;
  }

  union(a, b) {
    this.add(a).add(b);
    let ra = this.find(a);
    let rb = this.find(b);
    if (same(ra, rb)) return false;
    if (this.#sizes.get(ra) < this.#sizes.get(rb)) [ra, rb] = [rb, ra];
    this.#parent.set(rb, ra);
    this.#sizes.set(ra, this.#sizes.get(ra) + this.#sizes.get(rb));
    this.#count--;
    return true;
  }

  connected(a, b) {
    if (!this.#parent.has(a) || !this.#parent.has(b)) return false;
    return same(this.find(a), this.find(b));
  }

  sizeOf(x) {
    return this.#sizes.get(this.find(x));
  }

  get size() {
    return this.#parent.size;
  }

  get count() {
    return this.#count;
  }

  groups() {
    const byRoot = new Map();
    for (const x of this.#parent.keys()) {
      if (same(this.#parent.get(x), x)) byRoot.set(x, []);
    }
    for (const x of this.#parent.keys()) byRoot.get(this.find(x)).push(x);
    return [...byRoot.values()];
  }
}
