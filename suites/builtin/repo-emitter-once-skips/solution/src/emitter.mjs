/**
 * A small synchronous event emitter (see README.md for the exact semantics).
 */
export class Emitter {
  #listeners = new Map(); // event name -> array of { fn, once }

  #list(event) {
    if (!this.#listeners.has(event)) this.#listeners.set(event, []);
    return this.#listeners.get(event);
  }

  on(event, fn) {
    this.#list(event).push({ fn, once: false });
    return () => this.off(event, fn);
  }

  once(event, fn) {
    this.#list(event).push({ fn, once: true });
    return () => this.off(event, fn);
  }

  /** Removes the first registration of `fn` for `event`, if any. */
  off(event, fn) {
    const list = this.#listeners.get(event);
    if (!list) return;
    const i = list.findIndex((entry) => entry.fn === fn);
    if (i !== -1) list.splice(i, 1);
  }

  #removeEntry(event, entry) {
    const list = this.#listeners.get(event);
    const i = list ? list.indexOf(entry) : -1;
    if (i !== -1) list.splice(i, 1);
  }

  listenerCount(event) {
    return this.#listeners.get(event)?.length ?? 0;
  }

  /** Calls the listeners of `event`; true if it had listeners when the emit started. */
  emit(event, ...args) {
    const list = this.#listeners.get(event);
    if (!list || list.length === 0) return false;
    // Iterate over a snapshot: listeners added during this emit wait for the next one, and
    // removing a listener (a once listener, or off() from inside a listener) cannot shift the
    // positions of the listeners that still have to run.
    const snapshot = [...list];
    for (const entry of snapshot) {
      if (!list.includes(entry)) continue; // removed by an earlier listener of this emit
      if (entry.once) this.#removeEntry(event, entry);
      entry.fn.apply(this, args);
    }
    return true;
  }
}
