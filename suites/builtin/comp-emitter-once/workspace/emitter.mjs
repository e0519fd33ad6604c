/**
 * Minimal synchronous event emitter used by the job scheduler.
 *
 * Listeners for an event run in registration order. emit() iterates over a
 * snapshot of the listener list, so listeners added or removed while an event
 * is being emitted only affect later emits.
 */
export class Emitter {
  constructor() {
    /** @type {Map<string, Function[]>} */
    this.listeners = new Map();
  }

  /** Register `listener` for `event`. Returns `this`. */
  on(event, listener) {
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    const list = this.listeners.get(event) ?? [];
    list.push(listener);
    this.listeners.set(event, list);
    return this;
  }

  /**
   * Remove one registration of `listener` for `event` (the most recent one).
   * Works both for listeners added with on() and for listeners added with
   * once(): a once() registration is stored as a wrapper function whose
   * `listener` property points at the original listener.
   */
  off(event, listener) {
    const list = this.listeners.get(event);
    if (!list) return this;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        list.splice(i, 1);
        break;
      }
    }
    if (list.length === 0) this.listeners.delete(event);
    return this;
  }

  /**
   * Register `listener` to run at most once, on the next emit of `event`.
   * It is removed *before* it is called, so an emit of the same event from
   * inside the listener does not call it again. `off(event, listener)` with
   * the original function cancels it. The listener receives the emitted
   * arguments and `this` set to the emitter, like on() listeners. Returns `this`.
   */
  once(event, listener) {
    // TODO: implement as documented above.
    throw new Error('not implemented');
  }

  /** Call every listener of `event` with `args`. Returns true if there were any. */
  emit(event, ...args) {
    const list = this.listeners.get(event);
    if (!list || list.length === 0) return false;
    for (const fn of [...list]) fn.apply(this, args);
    return true;
  }

  listenerCount(event) {
    return this.listeners.get(event)?.length ?? 0;
  }
}
