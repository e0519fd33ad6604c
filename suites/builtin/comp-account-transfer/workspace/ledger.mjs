// An in-memory ledger of accounts holding integer cents.
export class Ledger {
  #accounts = new Map();
  #history = [];

  #checkAmount(cents) {
    if (!Number.isSafeInteger(cents) || cents <= 0) throw new RangeError('amount must be a positive integer number of cents');
  }

  #account(id) {
    const acc = this.#accounts.get(id);
    if (!acc) throw new Error(`unknown account: ${id}`);
    return acc;
  }

  open(id) {
    if (this.#accounts.has(id)) throw new Error(`account exists: ${id}`);
    this.#accounts.set(id, { id, cents: 0 });
    return this;
  }

  balance(id) {
    return this.#account(id).cents;
  }

  deposit(id, cents) {
    this.#checkAmount(cents);
    const acc = this.#account(id);
    acc.cents += cents;
    this.#history.push({ type: 'deposit', to: id, cents });
    return acc.cents;
  }

  /**
   * Move `cents` from one account to another.
   * Validation (nothing changes when it fails), in this order:
   *   amount (RangeError) → from exists → to exists → from !== to → enough funds.
   * Records one { type: 'transfer', from, to, cents } history entry.
   * @returns {number} the new balance of `from`
   */
  transfer(from, to, cents) {
    // TODO: implement as documented above.
    throw new Error('not implemented');
  }

  /** A copy of all entries, oldest first. */
  history() {
    return this.#history.map((e) => ({ ...e }));
  }
}
