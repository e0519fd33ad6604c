/**
 * A set of numbers stored as half-open ranges [start, end).
 * Invariant: #ranges is sorted by start; every range has start < end;
 * ranges never overlap or touch (add() merges [1,3) and [3,5) into [1,5)).
 */
export class IntervalSet {
  /** @type {[number, number][]} */
  #ranges = [];

  #check(start, end) {
    if (!Number.isFinite(start) || !Number.isFinite(end)) throw new TypeError('bounds must be finite numbers');
    if (start > end) throw new RangeError('start must be <= end');
  }

  add(start, end) {
    this.#check(start, end);
    if (start === end) return this;
    const out = [];
    let placed = false;
    for (const [s, e] of this.#ranges) {
      if (e < start) out.push([s, e]);
      else if (s > end) {
        if (!placed) { out.push([start, end]); placed = true; }
        out.push([s, e]);
      } else {
        start = Math.min(start, s);
        end = Math.max(end, e);
      }
    }
    if (!placed) out.push([start, end]);
    this.#ranges = out;
    return this;
  }

  /**
   * Remove [start, end) from the set, trimming or splitting ranges as needed.
   * @returns {this}
   */
  remove(start, end) {
    // TODO: implement as documented in instruction.md.
    throw new Error('not implemented');
  }

  has(x) {
    return this.#ranges.some(([s, e]) => s <= x && x < e);
  }

  /** Copies of the ranges, sorted. */
  toArray() {
    return this.#ranges.map(([s, e]) => [s, e]);
  }

  /** Total covered length. */
  get size() {
    return this.#ranges.reduce((n, [s, e]) => n + (e - s), 0);
  }
}
